export interface ChangeLike {
  kind: string;
  path: string;
  description: string;
}

export interface ChangeGroup {
  key: string;
  title: string;
  changes: ChangeLike[];
  counts: { ADDED: number; REMOVED: number; CHANGED: number };
}

/** Changes grouped by what they touch: the program's rules, then each track (tiers and steps inside). */
export function groupChanges(changes: readonly ChangeLike[], trackNames: Record<string, string> = {}): ChangeGroup[] {
  const groups = new Map<string, ChangeGroup>();
  for (const change of changes) {
    const key = change.path.split('/')[0] || 'program';
    let group = groups.get(key);
    if (!group) {
      const title = key === 'program' ? 'Program rules' : trackNames[key] ? `Track: ${trackNames[key]}` : `Track: ${key}`;
      group = { key, title, changes: [], counts: { ADDED: 0, REMOVED: 0, CHANGED: 0 } };
      groups.set(key, group);
    }
    group.changes.push(change);
    if (change.kind === 'ADDED' || change.kind === 'REMOVED' || change.kind === 'CHANGED') group.counts[change.kind] += 1;
  }
  const list = [...groups.values()];
  for (const g of list) g.changes.sort((a, b) => (a.path === b.path ? 0 : a.path.split('/').length - b.path.split('/').length || a.path.localeCompare(b.path)));
  return list.sort((a, b) => (a.key === 'program' ? -1 : b.key === 'program' ? 1 : a.key.localeCompare(b.key)));
}

/** "track/tier/criterion:METRIC" → "tier › criterion METRIC" (the track is the group's title). */
export function pathWithinGroup(path: string): string {
  const parts = path.split('/').slice(1);
  if (!parts.length) return path === 'program' ? 'rules' : 'track';
  return parts.map((p) => p.replace(':', ' ')).join(' › ');
}

/** Which two versions to compare by default: the previous one against the newest (or the draft). */
export function defaultComparison(published: readonly number[], draft: number | null): { from: number | null; to: number | null } {
  const sorted = [...published].sort((a, b) => b - a);
  if (draft != null && sorted.length) return { from: sorted[0], to: draft };
  if (sorted.length >= 2) return { from: sorted[1], to: sorted[0] };
  return { from: sorted[0] ?? null, to: sorted[0] ?? null };
}
