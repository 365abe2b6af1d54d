import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
import { RouteErrorBoundary } from '~/components/errors';
import { SelectField } from '~/components/form';
import { Card, EmptyState, PageHeader } from '~/components/page';
import { graphql } from '~/gql';
import { query } from '~/lib/api.server';
import { requirePermission } from '~/lib/auth.server';
import { formatDateTime } from '~/lib/format';
import { defaultComparison, groupChanges, pathWithinGroup } from '~/lib/program-history';
import { plainDiffText, plainWords } from '~/lib/plain-words';
import '~/styles/routes/program.css';

export const meta: MetaFunction = () => [{ title: 'Program history · Tierwise' }];

const History = graphql(`
  query ProgramHistory {
    programVersions {
      version
      name
      publishedAt
    }
    programDraft {
      version
      tracks {
        key
        name
      }
    }
    program {
      version
      currency
      tracks {
        key
        name
      }
    }
  }
`);

const Diff = graphql(`
  query ProgramDiff($from: Int!, $to: Int!) {
    programDiff(from: $from, to: $to) {
      kind
      path
      description
    }
  }
`);

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, 'program:read-draft');
  const params = new URL(request.url).searchParams;
  const history = await query(request, History);
  const published = history.programVersions.map((v) => v.version);
  const draft = history.programDraft && !published.includes(history.programDraft.version) ? history.programDraft.version : null;
  const known = new Set([...published, ...(draft != null ? [draft] : [])]);
  const pick = (name: string, fallback: number | null) => {
    const raw = params.get(name);
    const n = raw && /^\d+$/.test(raw) ? Number(raw) : null;
    return n != null && known.has(n) ? n : fallback;
  };
  const defaults = defaultComparison(published, draft);
  const from = pick('from', defaults.from);
  const to = pick('to', defaults.to);
  const changes = from != null && to != null && from !== to ? (await query(request, Diff, { from, to })).programDiff : [];
  const trackNames: Record<string, string> = {};
  for (const t of [...(history.program?.tracks ?? []), ...(history.programDraft?.tracks ?? [])]) trackNames[t.key] = t.name;
  return { versions: history.programVersions, draft, from, to, changes, trackNames, currency: history.program?.currency ?? 'USD' };
}

const KIND_LABEL: Record<string, string> = { ADDED: 'Added', REMOVED: 'Removed', CHANGED: 'Changed' };

export default function ProgramHistoryPage() {
  const { versions, draft, from, to, changes, trackNames, currency } = useLoaderData<typeof loader>();
  const groups = groupChanges(changes, trackNames);
  const label = (v: number) => (v === draft ? `Draft (version ${v})` : `Version ${v}`);
  const options = [...(draft != null ? [draft] : []), ...versions.map((v) => v.version)];
  return (
    <>
      <PageHeader eyebrow={<Link to="/console/program">Program</Link>} title="Version history">
        <p className="muted">Every published version is kept. Compare two to see what changed in the rulebook.</p>
      </PageHeader>

      <div className="grid grid--2 prog-history-grid">
        <Card title="Versions" id="versions">
          {versions.length ? (
            <ol className="prog-versions">
              {draft != null ? (
                <li className="prog-version prog-version--draft">
                  <span className="text-strong">Draft (version {draft})</span>
                  <span className="fine-print">Not published</span>
                  <a href={`/console/program.yaml?version=${draft}`} download>
                    YAML
                  </a>
                </li>
              ) : null}
              {versions.map((v) => (
                <li key={v.version} className="prog-version">
                  <span className="text-strong">Version {v.version}</span>
                  <span className="fine-print">
                    {v.name} · {formatDateTime(v.publishedAt)}
                  </span>
                  <a href={`/console/program.yaml?version=${v.version}`} download aria-label={`Download version ${v.version} as YAML`}>
                    YAML
                  </a>
                </li>
              ))}
            </ol>
          ) : (
            <EmptyState title="Nothing published yet" />
          )}
        </Card>

        <Card title="Compare" id="compare">
          {options.length >= 2 ? (
            <Form method="get" className="form-grid prog-compare-form">
              <SelectField label="From" name="from" defaultValue={from ?? undefined}>
                {options.map((v) => (
                  <option key={v} value={v}>
                    {label(v)}
                  </option>
                ))}
              </SelectField>
              <SelectField label="To" name="to" defaultValue={to ?? undefined}>
                {options.map((v) => (
                  <option key={v} value={v}>
                    {label(v)}
                  </option>
                ))}
              </SelectField>
              <div className="form-actions">
                <button type="submit" className="button button--primary">
                  Compare
                </button>
              </div>
            </Form>
          ) : (
            <p className="muted">There is only one version so far; publish a change to compare.</p>
          )}
        </Card>
      </div>

      {from != null && to != null && options.length >= 2 ? (
        <Card title={`Changes from ${label(from)} to ${label(to)}`} id="diff">
          {from === to ? (
            <p className="muted">Pick two different versions.</p>
          ) : groups.length ? (
            <div className="prog-diff" data-testid="program-diff">
              <p className="prog-diff-legend fine-print">
                <span className="prog-kind prog-kind--added">Added</span> <span className="prog-kind prog-kind--removed">Removed</span>{' '}
                <span className="prog-kind prog-kind--changed">Changed</span>
              </p>
              {groups.map((g) => (
                <section key={g.key} className="prog-diff-group" aria-labelledby={`diff-${g.key}`}>
                  <h3 id={`diff-${g.key}`}>
                    {g.title}{' '}
                    <span className="prog-diff-counts">
                      {g.counts.ADDED ? `+${g.counts.ADDED} ` : ''}
                      {g.counts.REMOVED ? `−${g.counts.REMOVED} ` : ''}
                      {g.counts.CHANGED ? `~${g.counts.CHANGED}` : ''}
                    </span>
                  </h3>
                  <ul>
                    {g.changes.map((c, i) => (
                      <li key={`${c.path}-${i}`} className={`prog-change prog-change--${c.kind.toLowerCase()}`} data-kind={c.kind}>
                        <span className={`prog-kind prog-kind--${c.kind.toLowerCase()}`}>{KIND_LABEL[c.kind] ?? c.kind}</span>
                        <span className="prog-change-path mono">{plainWords(pathWithinGroup(c.path))}</span>
                        <span className="prog-change-text">{plainDiffText(c.description, currency)}</span>
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
            </div>
          ) : (
            <p className="ok-text">No differences: the two versions have the same rules.</p>
          )}
        </Card>
      ) : null}
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary };
