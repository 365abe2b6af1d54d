import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, useActionData, useLoaderData, useNavigation, useSearchParams } from '@remix-run/react';
import { checkInput, DIRECT_ACCOUNT_CSV_TOO_LARGE, fieldMessages, importDirectAccountsInput, MAX_DIRECT_ACCOUNT_CSV_BYTES } from '@tierwise/shared';
import { ImportPreview, type ImportPreviewData } from '~/components/deals-direct-accounts';
import { RouteErrorBoundary } from '~/components/errors';
import { Alert, TextareaField } from '~/components/form';
import { Card, EmptyState, PageHeader, Pagination } from '~/components/page';
import { DataTable } from '~/components/data-table';
import { graphql } from '~/gql';
import { mutate, query } from '~/lib/api.server';
import { requirePermission } from '~/lib/auth.server';
import { fieldErrorMap, messageForError } from '~/lib/errors';
import { formatDate } from '~/lib/format';
import { intentOf, submittingIntent, type Intents } from '~/lib/intents';
import '~/styles/routes/deals.css';

export const meta: MetaFunction = () => [{ title: 'Direct accounts · Tierwise' }];

const PAGE_SIZE = 50;
const PREVIEW_ROWS = 200;

const DirectAccounts = graphql(`
  query DirectAccounts($first: Int, $after: String) {
    directAccounts(first: $first, after: $after) {
      totalCount
      pageInfo { ...PageInfoFields }
      edges {
        node {
          id
          domain
          name
          owner
          importedAt
        }
      }
    }
  }
`);

const ImportDirectAccounts = graphql(`
  mutation ImportDirectAccounts($csv: String!, $dryRun: Boolean) {
    importDirectAccounts(csv: $csv, dryRun: $dryRun) {
      dryRun
      created
      updated
      errors {
        line
        message
      }
      accounts {
        domain
        name
        owner
      }
    }
  }
`);

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, 'direct-account:import');
  const after = new URL(request.url).searchParams.get('after') || null;
  const result = await query(request, DirectAccounts, { first: PAGE_SIZE, after });
  return { accounts: result.directAccounts };
}

type ActionData =
  | ({ step: 'preview' } & ImportPreviewData)
  | { step: 'imported'; created: number; updated: number }
  | { step: 'error'; csv: string; csvError?: string; formError?: string };

/** The CSV from the uploaded file when one was chosen, else from the text box. */
async function readCsv(form: FormData): Promise<{ csv: string; fromFile: string | null } | { error: string; csv: string }> {
  const text = String(form.get('csv') ?? '');
  const file = form.get('file');
  if (file && typeof file !== 'string' && file.size > 0) {
    // The size first, before reading a file that is too large.
    if (file.size > MAX_DIRECT_ACCOUNT_CSV_BYTES) return { error: DIRECT_ACCOUNT_CSV_TOO_LARGE, csv: text };
    return { csv: await file.text(), fromFile: file.name || 'the file' };
  }
  const check = checkInput(importDirectAccountsInput, { csv: text });
  return check.ok ? { csv: text, fromFile: null } : { error: fieldMessages(check.fields).csv, csv: text };
}

type ImportArgs = { request: Request; csv: string; fromFile: string | null };

/** One function per intent: "preview" asks for a dry run, "import" writes. */
const intents = {
  preview: (args: ImportArgs) => runImport(args, true),
  import: (args: ImportArgs) => runImport(args, false),
} satisfies Intents<ImportArgs>;

export async function action({ request }: ActionFunctionArgs) {
  await requirePermission(request, 'direct-account:import');
  const form = await request.formData();
  const intent = intentOf(intents, form, 'preview');
  const read = await readCsv(form);
  if ('error' in read) return data<ActionData>({ step: 'error', csv: read.csv, csvError: read.error }, { status: 400 });
  if (!read.csv.trim()) return data<ActionData>({ step: 'error', csv: read.csv, csvError: 'Paste the CSV or choose a file.' }, { status: 400 });
  return intents[intent]({ request, ...read });
}

async function runImport({ request, csv, fromFile }: ImportArgs, dryRun: boolean) {
  const result = await mutate(request, ImportDirectAccounts, { csv, dryRun });
  if (!result.ok) {
    const fields = fieldErrorMap(result.error.fields);
    return data<ActionData>(
      { step: 'error', csv, csvError: fields.csv, formError: fields.csv ? undefined : messageForError(result.error) },
      { status: 400 },
    );
  }
  const r = result.data.importDirectAccounts;
  if (!dryRun && !r.dryRun) return { step: 'imported', created: r.created, updated: r.updated } satisfies ActionData;
  return {
    step: 'preview',
    csv,
    fromFile,
    result: { ...r, accounts: r.accounts.slice(0, PREVIEW_ROWS), total: r.accounts.length },
  } satisfies ActionData;
}

const EXAMPLE = 'domain,name,owner\nacme.com,Acme Corporation,Jordan Sales\nglobex.example,Globex,';

export default function DirectAccountsPage() {
  const { accounts } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const [params] = useSearchParams();
  const busy = submittingIntent(navigation);
  const preview = actionData?.step === 'preview' ? actionData : null;
  const failed = actionData?.step === 'error' ? actionData : null;
  const csvValue = preview?.csv ?? failed?.csv ?? '';

  return (
    <>
      <PageHeader title="Direct accounts">
        <p className="muted">
          Customers our own sales team owns. A partner registration for one of these domains is flagged to the reviewer as a conflict.
        </p>
      </PageHeader>

      {actionData?.step === 'imported' ? (
        <Alert tone="success" title="Import done">
          {actionData.created} new {actionData.created === 1 ? 'account' : 'accounts'}, {actionData.updated} updated.
        </Alert>
      ) : null}

      <Card title="Import from CSV" id="import">
        <p className="muted">
          The first line names the columns: <code>domain</code> and <code>name</code>, optionally <code>owner</code>. Existing domains are
          updated. First you see a preview; nothing is saved until you confirm. A file with any bad line imports nothing.
        </p>
        {failed?.formError ? <Alert tone="error">{failed.formError}</Alert> : null}
        <Form method="post" encType="multipart/form-data" className="stack" key={preview ? `p-${preview.csv.length}` : failed ? 'error' : 'fresh'}>
          <div className="field">
            <label htmlFor="csv-file">CSV file</label>
            <input id="csv-file" name="file" type="file" accept=".csv,text/csv,text/plain" aria-describedby="csv-file-hint" />
            <p className="field-hint" id="csv-file-hint">
              Up to 2 MB. Or paste the lines below.
            </p>
          </div>
          <TextareaField
            label="Or paste CSV"
            name="csv"
            rows={6}
            spellCheck={false}
            className="code-input"
            placeholder={EXAMPLE}
            defaultValue={csvValue}
            error={failed?.csvError}
            hint={preview?.fromFile ? `Loaded from ${preview.fromFile}; you can edit it here and preview again.` : undefined}
          />
          <div className="form-actions">
            <button type="submit" name="intent" value="preview" className="button button--secondary" disabled={Boolean(busy)}>
              {busy === 'preview' ? 'Checking…' : 'Preview import'}
            </button>
          </div>
        </Form>
      </Card>

      {preview ? <ImportPreview preview={preview} busy={busy} /> : null}

      <Card title={`Accounts (${accounts.totalCount})`} id="accounts">
        {accounts.edges.length ? (
          <DataTable label="Direct accounts" className="table" testId="direct-accounts" columns={['Domain', 'Name', 'Owner', 'Imported']}>
            {accounts.edges.map(({ node }) => (
              <tr key={node.id}>
                <td>{node.domain}</td>
                <td>{node.name}</td>
                <td>{node.owner ?? <span className="muted">—</span>}</td>
                <td className="nowrap">{formatDate(node.importedAt)}</td>
              </tr>
            ))}
          </DataTable>
        ) : (
          <EmptyState title="No direct accounts yet">Import a CSV above to list the customers your sales team owns.</EmptyState>
        )}
        <Pagination hasNextPage={accounts.pageInfo.hasNextPage} endCursor={accounts.pageInfo.endCursor ?? null} paged={params.has('after')} />
      </Card>
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary };
