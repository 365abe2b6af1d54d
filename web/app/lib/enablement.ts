export type CertStatus = 'CERTIFIED' | 'IN_PROGRESS' | 'EXPIRED' | 'NOT_STARTED';

export interface CertLike {
  status: 'CERTIFIED' | 'IN_PROGRESS' | 'EXPIRED';
  completedModuleIds: readonly string[];
  certifiedAt?: string | null;
  expiresAt?: string | null;
}

export interface PathLike {
  modules: ReadonlyArray<{ id: string }>;
}

export interface PathProgress {
  status: CertStatus;
  done: number;
  total: number;
  /** The first module not done yet (where "Continue" goes). */
  nextModuleId: string | null;
}

/** Where a user stands on a path: not started, in progress (n of m modules), certified or expired. */
export function pathProgress(path: PathLike, cert: CertLike | null | undefined): PathProgress {
  const total = path.modules.length;
  if (!cert) return { status: 'NOT_STARTED', done: 0, total, nextModuleId: path.modules[0]?.id ?? null };
  const doneIds = new Set(cert.completedModuleIds);
  const done = path.modules.filter((m) => doneIds.has(m.id)).length;
  const next = path.modules.find((m) => !doneIds.has(m.id))?.id ?? null;
  return { status: cert.status, done: cert.status === 'CERTIFIED' ? total : done, total, nextModuleId: next };
}

/** Users holding at least one certification that is CERTIFIED (not expired) as of `now`. */
export function certifiedCount(
  users: ReadonlyArray<{ certifications: ReadonlyArray<{ status: string; expiresAt?: string | null }> }>,
  now: number,
): number {
  return users.filter((u) =>
    u.certifications.some((c) => c.status === 'CERTIFIED' && (!c.expiresAt || new Date(c.expiresAt).getTime() > now)),
  ).length;
}

/** Days until an expiry, for "expires in 12 days" warnings; null without a date. */
export function daysUntil(iso: string | null | undefined, now: number): number | null {
  if (!iso) return null;
  const t = new Date(iso).getTime();
  if (Number.isNaN(t)) return null;
  return Math.ceil((t - now) / (24 * 3600 * 1000));
}
