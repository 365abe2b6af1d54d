import type { ProgramDoc, TierDoc, TrackDoc } from './program.js';

export type ChangeKind = 'ADDED' | 'REMOVED' | 'CHANGED';

export interface ProgramChange {
  kind: ChangeKind;
  /** Where: "program", a track key, "track/tier", or "track/tier/criterion:METRIC" and the like. */
  path: string;
  /** A readable sentence, e.g. "DEALS_WON threshold 3 → 5". */
  description: string;
}

const show = (v: unknown) => (v === null || v === undefined || v === '' ? '(none)' : String(v));

function byKey<T>(items: T[], key: (t: T) => string): Map<string, T> {
  return new Map(items.map((i) => [key(i), i]));
}

function diffKeyed<T>(
  before: T[],
  after: T[],
  key: (t: T) => string,
  onAdded: (t: T) => ProgramChange[],
  onRemoved: (t: T) => ProgramChange[],
  onBoth: (a: T, b: T) => ProgramChange[],
): ProgramChange[] {
  const a = byKey(before, key);
  const b = byKey(after, key);
  const out: ProgramChange[] = [];
  for (const [k, item] of a) out.push(...(b.has(k) ? onBoth(item, b.get(k)!) : onRemoved(item)));
  for (const [k, item] of b) if (!a.has(k)) out.push(...onAdded(item));
  return out;
}

function fieldChanges<T extends object>(path: string, before: T, after: T, fields: (keyof T)[]): ProgramChange[] {
  return fields
    .filter((f) => JSON.stringify(before[f] ?? null) !== JSON.stringify(after[f] ?? null))
    .map((f) => ({ kind: 'CHANGED' as const, path, description: `${String(f)}: ${show(before[f])} → ${show(after[f])}` }));
}

function diffTier(track: TrackDoc, a: TierDoc, b: TierDoc, rankA: number, rankB: number): ProgramChange[] {
  const path = `${track.key}/${b.key}`;
  const out = fieldChanges(path, a, b, ['name']);
  if (rankA !== rankB) out.push({ kind: 'CHANGED', path, description: `rank: ${rankA} → ${rankB}` });
  out.push(
    ...diffKeyed(
      a.criteria,
      b.criteria,
      (c) => c.metric,
      (c) => [{ kind: 'ADDED', path: `${path}/criterion:${c.metric}`, description: `criterion ${c.metric} ≥ ${c.threshold}${c.windowDays ? ` over ${c.windowDays} days` : ''}` }],
      (c) => [{ kind: 'REMOVED', path: `${path}/criterion:${c.metric}`, description: `criterion ${c.metric} ≥ ${c.threshold}` }],
      (x, y) => [
        ...(x.threshold !== y.threshold ? [{ kind: 'CHANGED' as const, path: `${path}/criterion:${y.metric}`, description: `${y.metric} threshold ${x.threshold} → ${y.threshold}` }] : []),
        ...((x.windowDays ?? null) !== (y.windowDays ?? null)
          ? [{ kind: 'CHANGED' as const, path: `${path}/criterion:${y.metric}`, description: `${y.metric} window ${show(x.windowDays ?? 'default')} → ${show(y.windowDays ?? 'default')} days` }]
          : []),
      ],
    ),
    ...diffKeyed(
      a.benefits,
      b.benefits,
      (x) => x.kind,
      (x) => [{ kind: 'ADDED', path: `${path}/benefit:${x.kind}`, description: `benefit ${x.kind} = ${x.value}` }],
      (x) => [{ kind: 'REMOVED', path: `${path}/benefit:${x.kind}`, description: `benefit ${x.kind} = ${x.value}` }],
      (x, y) => (x.value !== y.value ? [{ kind: 'CHANGED', path: `${path}/benefit:${y.kind}`, description: `${y.kind} ${x.value} → ${y.value}` }] : []),
    ),
  );
  return out;
}

/** A readable diff between two versions of the program: what was added, removed or changed, and where. */
export function diffPrograms(before: ProgramDoc, after: ProgramDoc): ProgramChange[] {
  const out = fieldChanges('program', before, after, ['name', 'currency', 'targetMetric', 'reviewCadenceMonths', 'dealProtectionDays', 'dealReviewSlaHours']);
  out.push(
    ...diffKeyed(
      before.tracks,
      after.tracks,
      (t) => t.key,
      (t) => [{ kind: 'ADDED', path: t.key, description: `track "${t.name}" (${t.incentiveModel}, ${t.tiers.length} tiers)` }],
      (t) => [{ kind: 'REMOVED', path: t.key, description: `track "${t.name}"` }],
      (a, b) => [
        ...fieldChanges(b.key, a, b, ['name', 'motion', 'incentiveModel']),
        ...diffKeyed(
          a.tiers,
          b.tiers,
          (t) => t.key,
          (t) => [{ kind: 'ADDED', path: `${b.key}/${t.key}`, description: `tier "${t.name}" at rank ${b.tiers.indexOf(t)}` }],
          (t) => [{ kind: 'REMOVED', path: `${a.key}/${t.key}`, description: `tier "${t.name}"` }],
          (x, y) => diffTier(b, x, y, a.tiers.indexOf(x), b.tiers.indexOf(y)),
        ),
        ...diffKeyed(
          a.onboardingSteps,
          b.onboardingSteps,
          (s) => s.key,
          (s) => [{ kind: 'ADDED', path: `${b.key}/step:${s.key}`, description: `onboarding step "${s.title}" (${s.completion})` }],
          (s) => [{ kind: 'REMOVED', path: `${a.key}/step:${s.key}`, description: `onboarding step "${s.title}"` }],
          (x, y) => fieldChanges(`${b.key}/step:${y.key}`, x, y, ['title', 'description', 'completion']),
        ),
      ],
    ),
  );
  return out;
}
