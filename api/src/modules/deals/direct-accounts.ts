import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { importDirectAccountsInput, parseCsv } from '@tierwise/shared';
import type { Page } from '../../db/keyset.js';
import { validInput } from '../../errors/valid-input.js';
import { requireUser, type Scope } from '../scope.js';
import { audit } from '../audit/audit.service.js';
import { directAccountPage, directAccountsOf } from './deal.repository.js';
import { registrableDomain } from './deal.rules.js';
import { DirectAccount } from './direct-account.entity.js';

const MAX_ROWS = 20_000;

/** A line of a direct-account CSV that cannot be imported (1-based; the header is line 1). */
export interface CsvRowError {
  line: number;
  message: string;
}

/** What an import did, or would do (dryRun: nothing was written). */
export interface DirectAccountImport {
  dryRun: boolean;
  created: number;
  updated: number;
  /** The valid rows, as they would be (or were) stored. */
  accounts: DirectAccount[];
  errors: CsvRowError[];
}

interface Row {
  line: number;
  domain: string;
  name: string;
  owner: string | null;
}

/** Read a direct-account CSV: a header naming `domain` and `name` (and optionally `owner`), then one account per line. */
export function readDirectAccountCsv(csv: string): { rows: Row[]; errors: CsvRowError[] } {
  const lines = parseCsv(csv);
  if (!lines.length) return { rows: [], errors: [{ line: 1, message: 'The file is empty.' }] };
  const header = lines[0].fields.map((h) => h.trim().toLowerCase());
  const col = (name: string) => header.indexOf(name);
  if (col('domain') < 0 || col('name') < 0)
    return { rows: [], errors: [{ line: lines[0].line, message: 'The first line must name the columns, with at least "domain" and "name".' }] };
  if (lines.length - 1 > MAX_ROWS) return { rows: [], errors: [{ line: 1, message: `At most ${MAX_ROWS} accounts per file.` }] };

  const rows: Row[] = [];
  const errors: CsvRowError[] = [];
  const firstLineOf = new Map<string, number>();
  for (const { line, fields } of lines.slice(1)) {
    const get = (name: string) => (col(name) >= 0 ? (fields[col(name)] ?? '').trim() : '');
    const rawDomain = get('domain');
    const domain = registrableDomain(rawDomain);
    const name = get('name');
    const owner = get('owner') || null;
    if (!domain) errors.push({ line, message: rawDomain ? `"${rawDomain}" is not a web domain.` : 'The domain is missing.' });
    else if (!name) errors.push({ line, message: 'The name is missing.' });
    else if (name.length > 200 || (owner?.length ?? 0) > 200) errors.push({ line, message: 'Name and owner are limited to 200 characters.' });
    else if (firstLineOf.has(domain)) errors.push({ line, message: `${domain} is already on line ${firstLineOf.get(domain)}.` });
    else {
      firstLineOf.set(domain, line);
      rows.push({ line, domain, name, owner });
    }
  }
  return { rows, errors };
}

/**
 * Vendor staff preview (dryRun) or import a CSV of direct accounts. A file
 * with any bad line imports nothing and reports every bad line, so a fixed
 * file can be sent again whole.
 */
export async function importDirectAccounts(scope: Scope, csv: string, dryRun: boolean): Promise<DirectAccountImport> {
  const actor = requireUser(scope);
  validInput(importDirectAccountsInput, { csv }, '');
  const { rows, errors } = readDirectAccountCsv(csv);
  const existing = new Map((await directAccountsOf(scope.em, rows.map((r) => r.domain))).map((a) => [a.domain, a]));
  const created = rows.filter((r) => !existing.has(r.domain)).length;
  const updated = rows.filter((r) => {
    const a = existing.get(r.domain);
    return a && (a.name !== r.name || (a.owner ?? null) !== r.owner);
  }).length;
  const preview = rows.map((r) => Object.assign(existing.get(r.domain) ?? new DirectAccount(), { domain: r.domain, name: r.name, owner: r.owner }));
  if (dryRun || errors.length) return { dryRun: true, created, updated, accounts: preview, errors };

  const write = () => scope.em.fork().transactional(async (em) => {
    const stored: DirectAccount[] = [];
    for (const r of rows) {
      const account = (await em.findOne(DirectAccount, { domain: r.domain })) ?? em.create(DirectAccount, { domain: r.domain, name: r.name, importedAt: scope.clock() });
      account.name = r.name;
      account.owner = r.owner;
      account.importedAt = scope.clock();
      stored.push(account);
    }
    audit(em, { actorId: actor.id, action: 'direct_accounts.imported', entityType: 'DirectAccount', entityId: 'import', after: { created, updated, rows: rows.length } });
    return stored;
  });
  // Two imports of one new domain at once: the second attempt finds the first's row and updates it.
  const accounts = await write().catch((e) => {
    if (e instanceof UniqueConstraintViolationException) return write();
    throw e;
  });
  return { dryRun: false, created, updated, accounts, errors: [] };
}

/** The direct accounts, by domain. */
export function listDirectAccounts(scope: Scope, first: number, after: string | null | undefined): Promise<Page<DirectAccount>> {
  return directAccountPage(scope.em, first, after);
}
