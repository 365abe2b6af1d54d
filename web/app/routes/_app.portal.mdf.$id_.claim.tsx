import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { formatMoney, MAX_AMOUNT, MDF_RESULTS_MAX } from '@tierwise/shared';
import { RouteErrorBoundary } from '~/components/errors';
import { Alert, Field, TextareaField } from '~/components/form';
import { SubmitOrCancel } from '~/components/form-actions';
import { MdfStatusBadge } from '~/components/mdf-badges';
import { Card, PageHeader } from '~/components/page';
import { graphql } from '~/gql';
import { mutate, query } from '~/lib/api.server';
import { requirePartner, requirePermission } from '~/lib/auth.server';
import { formatDate } from '~/lib/format';
import { apiFormErrors, checkClaimForm, formText } from '~/lib/mdf-forms';
import { MdfRequestDetail } from '~/lib/mdf.server';
import { minorToInput } from '~/lib/money';
import { keptValue, type KeptUpload } from '~/lib/kept-uploads';
import { fileSha256, readKeptUploads, readUploadForm, uploadFile } from '~/lib/uploads.server';
import '~/styles/routes/mdf.css';

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Claim ${data?.request.activity ?? 'MDF'} · Tierwise` }];

const ClaimMdf = graphql(`
  mutation ClaimMdf($id: ID!, $input: MdfClaimInput!) {
    claimMdf(id: $id, input: $input) {
      id
      status
    }
  }
`);

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePartner(request);
  const result = await query(request, MdfRequestDetail, { id: params.id ?? '' });
  if (!result.mdfRequest) throw data({ message: 'There is no such request.' }, { status: 404 });
  return { request: result.mdfRequest, currency: result.program?.currency ?? 'USD' };
}

type Values = { amount: string; results: string };
type ActionData = {
  values: Values;
  formError?: string;
  fieldErrors: { amount?: string; results?: string; files?: string[] };
  /** Files already uploaded by this attempt or an earlier one: not asked for again. */
  kept: KeptUpload[];
  /** Files attached again that were already kept: one copy is enough. */
  skipped?: string[];
};

export async function action({ request, params }: ActionFunctionArgs) {
  await requirePermission(request, 'mdf:request');
  const id = params.id ?? '';
  const current = await query(request, MdfRequestDetail, { id });
  if (!current.mdfRequest) throw data({ message: 'There is no such request.' }, { status: 404 });
  const currency = current.program?.currency ?? 'USD';

  const contentType = request.headers.get('Content-Type') ?? '';
  const { form, problems } = contentType.startsWith('multipart/form-data') ? await readUploadForm(request) : { form: await request.formData(), problems: [] };
  const values: Values = { amount: formText(form, 'amount'), results: formText(form, 'results') };
  const kept = readKeptUploads(form);
  const fileErrors = problems.map((p) => p.message);

  // Forward each new file to the API; what uploads is kept even when something else fails.
  // A file already kept (same bytes), e.g. attached again after a failed attempt, is not uploaded twice.
  const files = form.getAll('files').filter((f): f is File => f instanceof File && f.size > 0);
  const hashes = new Set(kept.map((k) => k.sha256).filter(Boolean));
  const skipped: string[] = [];
  for (const file of files) {
    const sha256 = await fileSha256(file);
    if (hashes.has(sha256)) {
      skipped.push(file.name || 'file');
      continue;
    }
    const uploaded = await uploadFile(request, file);
    if (uploaded.ok) {
      kept.push({ id: uploaded.id, fileName: uploaded.fileName, sha256 });
      hashes.add(sha256);
    } else fileErrors.push(uploaded.message);
  }

  // The claim's own rules, as the API checks them: every error at once (a request not approved is the API's to refuse).
  const checked = checkClaimForm(values, kept.map((k) => k.id), current.mdfRequest.approvedAmount ?? MAX_AMOUNT, currency);
  const errors = checked.ok ? {} : checked.errors;
  // "Attach at least one" only when no file failed to upload (those say why already).
  const fileMessages = fileErrors.length ? fileErrors : errors.attachmentIds ? [errors.attachmentIds] : [];
  if (!checked.ok || fileErrors.length) {
    const fieldErrors: ActionData['fieldErrors'] = { amount: errors.amount, results: errors.results, files: fileMessages.length ? fileMessages : undefined };
    return data<ActionData>({ values, fieldErrors, kept, skipped }, { status: 400 });
  }

  const result = await mutate(request, ClaimMdf, { id, input: checked.value });
  if (!result.ok) {
    const { fieldErrors, formError } = apiFormErrors(result.error, ['amount', 'results', 'attachmentIds'] as const, 'input');
    const { attachmentIds, ...rest } = fieldErrors;
    return data<ActionData>(
      { values, fieldErrors: { ...rest, files: attachmentIds ? [attachmentIds] : undefined }, kept: attachmentIds ? [] : kept, skipped, formError },
      { status: 400 },
    );
  }
  return redirect(`/portal/mdf/${id}?claimed=1`);
}

export default function ClaimPage() {
  const { request, currency } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const busy = navigation.state === 'submitting';
  const errors = actionData?.fieldErrors;
  const fileErrors = errors?.files ?? [];
  const kept = actionData?.kept ?? [];
  const canClaim = request.status === 'APPROVED';

  return (
    <>
      <PageHeader
        eyebrow={<Link to={`/portal/mdf/${request.id}`}>{request.activity}</Link>}
        title="Claim funds"
        actions={<MdfStatusBadge status={request.status} />}
      >
        <p className="muted">
          {request.approvedAmount != null ? `${formatMoney(request.approvedAmount, currency)} approved` : 'Not approved'}
          {request.claimDueAt ? ` · claim by ${formatDate(request.claimDueAt)}` : ''}
        </p>
      </PageHeader>

      {!canClaim ? (
        <Alert tone="info" title="Nothing to claim">
          This request is not waiting for a claim. <Link to={`/portal/mdf/${request.id}`}>Back to the request</Link>
        </Alert>
      ) : (
        <Card title="Your claim" id="claim">
          {actionData?.formError ? <Alert tone="error">{actionData.formError}</Alert> : null}
          <Form method="post" encType="multipart/form-data" className="form-grid mdf-claim-form" noValidate>
            <Field
              label={`Amount to claim (${currency})`}
              name="amount"
              id="claim-amount"
              inputMode="decimal"
              required
              defaultValue={actionData?.values.amount ?? (request.approvedAmount != null ? minorToInput(request.approvedAmount, currency) : '')}
              hint={request.approvedAmount != null ? `At most the ${formatMoney(request.approvedAmount, currency)} approved.` : undefined}
              error={errors?.amount}
            />
            <div className={`field mdf-file-field${fileErrors.length ? ' field--invalid' : ''}`}>
              <label htmlFor="claim-files">Proof of performance</label>
              <input
                id="claim-files"
                name="files"
                type="file"
                multiple
                accept="application/pdf,image/png,image/jpeg,.pdf,.png,.jpg,.jpeg"
                aria-invalid={fileErrors.length ? true : undefined}
                aria-describedby={`claim-files-hint${fileErrors.length ? ' claim-files-error' : ''}`}
              />
              <p className="field-hint" id="claim-files-hint">
                PDF, PNG or JPEG, up to 10 MB each: invoices, photos, attendee lists.
              </p>
              {kept.length ? (
                <div className="mdf-kept">
                  <p className="fine-print">Already uploaded (kept with this claim):</p>
                  <ul>
                    {kept.map((k) => (
                      <li key={k.id}>
                        <input type="hidden" name="kept" value={keptValue(k)} />
                        <a href={`/files/${k.id}`} target="_blank" rel="noreferrer">
                          {k.fileName}
                        </a>
                      </li>
                    ))}
                  </ul>
                  {actionData?.skipped?.length ? (
                    <p className="fine-print" data-testid="claim-files-skipped">
                      Already attached, kept once: {actionData.skipped.join(', ')}.
                    </p>
                  ) : null}
                </div>
              ) : null}
              {fileErrors.length ? (
                <div className="field-error" id="claim-files-error" role="alert">
                  {fileErrors.length === 1 ? (
                    fileErrors[0]
                  ) : (
                    <ul className="mdf-file-errors">
                      {fileErrors.map((m) => (
                        <li key={m}>{m}</li>
                      ))}
                    </ul>
                  )}
                </div>
              ) : null}
            </div>
            <TextareaField
              label="Results (optional)"
              name="results"
              id="claim-results"
              rows={4}
              maxLength={MDF_RESULTS_MAX}
              defaultValue={actionData?.values.results ?? ''}
              hint="What the activity achieved: attendees, leads, opportunities."
              error={errors?.results}
            />
            <SubmitOrCancel busy={busy} label="Send claim" busyLabel="Sending claim…" cancelTo={`/portal/mdf/${request.id}`} cancelKind="ghost" />
          </Form>
        </Card>
      )}
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary };
