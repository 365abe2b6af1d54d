import { formatMoney } from '@tierwise/shared';
import { formatDate, formatDateTime } from '~/lib/format';
import { mdfTimeline, type MdfRequestLike } from '~/lib/mdf';
import './mdf-request.css';

/** The history of a request as a timeline, oldest first. */
export function MdfTimeline({ request, currency }: { request: MdfRequestLike; currency: string }) {
  const events = mdfTimeline(request, currency);
  return (
    <ol className="mdf-timeline" data-testid="mdf-timeline">
      {events.map((e) => (
        <li key={e.key} className={`mdf-timeline-item mdf-timeline-item--${e.tone}`} data-event={e.key}>
          <span className="mdf-timeline-dot" aria-hidden="true" />
          <div>
            <p className="mdf-timeline-title">
              {e.title}
              {e.at ? <span className="fine-print"> · {formatDateTime(e.at)}</span> : null}
            </p>
            {e.detail ? <p className="mdf-timeline-detail">{e.detail}</p> : null}
          </div>
        </li>
      ))}
    </ol>
  );
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 102.4) / 10} KB`;
  return `${Math.round(bytes / (1024 * 104.8576)) / 10} MB`;
}

type Attachment = { id: string; fileName: string; mimeType: string; size: number; createdAt: string };

/** Proof files, each opened through the web's /files/:id proxy. */
export function AttachmentList({ attachments }: { attachments: readonly Attachment[] }) {
  if (!attachments.length) return <p className="muted">No files attached.</p>;
  return (
    <ul className="mdf-files" data-testid="mdf-attachments">
      {attachments.map((a) => (
        <li key={a.id}>
          <span className="mdf-file-kind" aria-hidden="true">
            {a.mimeType === 'application/pdf' ? 'PDF' : a.mimeType === 'image/png' ? 'PNG' : a.mimeType === 'image/jpeg' ? 'JPG' : 'FILE'}
          </span>
          <a href={`/files/${a.id}`} target="_blank" rel="noreferrer">
            {a.fileName}
          </a>
          <span className="fine-print">
            {formatSize(a.size)} · {formatDate(a.createdAt)}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The amounts of a request side by side. */
export function MdfAmounts({ request, currency }: { request: MdfRequestLike; currency: string }) {
  const money = (v: number | null) => (v == null ? '—' : formatMoney(v, currency));
  return (
    <dl className="mdf-amounts">
      <div>
        <dt>Requested</dt>
        <dd>{money(request.requestedAmount)}</dd>
      </div>
      <div>
        <dt>Approved</dt>
        <dd>{money(request.approvedAmount)}</dd>
      </div>
      <div>
        <dt>Claimed</dt>
        <dd>{money(request.claimedAmount)}</dd>
      </div>
      <div>
        <dt>Paid</dt>
        <dd data-testid="mdf-paid-amount">{money(request.paidAmount)}</dd>
      </div>
    </dl>
  );
}


/** A request's amounts, description and the reason of its decision, as both roles see them. */
export function MdfRequestSummary({ request, currency, reasonLabel }: { request: MdfRequestLike & { description: string | null }; currency: string; reasonLabel: string }) {
  return (
    <>
      <MdfAmounts request={request} currency={currency} />
      {request.description ? <p>{request.description}</p> : <p className="muted">No description.</p>}
      {request.decisionReason ? (
        <p className="mdf-reason">
          <strong>{reasonLabel}</strong> {request.decisionReason}
        </p>
      ) : null}
    </>
  );
}

/** What a claim says it achieved, and its proof of performance. */
export function MdfClaimProof({ request, heading }: { request: { claimResults: string | null; attachments: readonly Attachment[] }; heading?: string }) {
  return (
    <>
      {request.claimResults ? (
        <p>
          <strong>Results:</strong> {request.claimResults}
        </p>
      ) : null}
      {heading ? <h3>{heading}</h3> : null}
      <AttachmentList attachments={request.attachments} />
    </>
  );
}
