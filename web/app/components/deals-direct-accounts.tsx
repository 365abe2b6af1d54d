import { Form } from '@remix-run/react';
import type { ReactNode } from 'react';
import type { ImportDirectAccountsMutation } from '~/gql/graphql';
import { DataTable } from './data-table';
import { Card } from './page';

type ImportResult = ImportDirectAccountsMutation['importDirectAccounts'];

/** A checked direct-account file: what importing it would do (the first rows of it), and the CSV to import. */
export interface ImportPreviewData {
  csv: string;
  fromFile: string | null;
  result: ImportResult & { total: number };
}

/** The preview of a direct-account import: counts, every bad line, the first accounts, and the import button when nothing is bad. */
export function ImportPreview({ preview, busy }: { preview: ImportPreviewData; busy: string | null }) {
  const { result } = preview;
  const bad = result.errors.length;
  const canImport = bad === 0 && result.total > 0;
  return (
    <Card title="Preview" id="preview">
      <p>
        <strong>{result.total}</strong> valid {result.total === 1 ? 'line' : 'lines'}: {result.created} new, {result.updated} changed,{' '}
        {result.total - result.created - result.updated} unchanged.
        {bad ? (
          <>
            {' '}
            <strong className="de-danger-text">{bad} {bad === 1 ? 'line has a problem' : 'lines have problems'}</strong>: fix{' '}
            {bad === 1 ? 'it' : 'them'} above and preview again; nothing is imported while a line is bad.
          </>
        ) : null}
      </p>
      {bad ? (
        <NarrowTable title="Lines with problems" testId="import-errors" columns={['Line', 'Problem']}>
          {result.errors.map((e) => (
            <tr key={`${e.line}-${e.message}`} className="de-row--error">
              <td className="de-num">{e.line}</td>
              <td>{e.message}</td>
            </tr>
          ))}
        </NarrowTable>
      ) : null}
      {result.accounts.length ? (
        <NarrowTable title="Accounts in the file" label="Accounts to import" testId="import-preview" columns={['Domain', 'Name', 'Owner']}>
          {result.accounts.map((a) => (
            <tr key={a.domain}>
              <td>{a.domain}</td>
              <td>{a.name}</td>
              <td>{a.owner ?? <span className="muted">—</span>}</td>
            </tr>
          ))}
        </NarrowTable>
      ) : null}
      {result.total > result.accounts.length ? <p className="fine-print">And {result.total - result.accounts.length} more.</p> : null}
      {canImport ? (
        <Form method="post" encType="multipart/form-data" className="form-actions">
          <input type="hidden" name="csv" value={preview.csv} />
          <button type="submit" name="intent" value="import" className="button button--primary" disabled={Boolean(busy)}>
            {busy === 'import' ? 'Importing…' : `Import ${result.total} ${result.total === 1 ? 'account' : 'accounts'}`}
          </button>
        </Form>
      ) : null}
    </Card>
  );
}

/** A titled, scrollable table of the preview. */
function NarrowTable({ title, label = title, testId, columns, children }: { title: string; label?: string; testId: string; columns: string[]; children: ReactNode }) {
  return (
    <>
      <h3>{title}</h3>
      <DataTable label={label} className="table de-table--narrow" testId={testId} caption={label} columns={columns}>
        {children}
      </DataTable>
    </>
  );
}
