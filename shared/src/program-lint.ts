import { benefitsGained, type ProgramDoc, type TrackDoc } from './program.js';
import { METRIC_TABLE } from './vocabulary-tables.js';

export const LINT_SEVERITIES = ['ERROR', 'WARNING'] as const;
export type LintSeverity = (typeof LINT_SEVERITIES)[number];

export interface LintFinding {
  severity: LintSeverity;
  rule: string;
  /** Track key, or "track/tier", or null for the whole program. */
  path: string | null;
  message: string;
}

/** What the design check needs to know beyond the document. */
export interface LintContext {
  /** Track keys of the certification paths (null: open to every track). */
  certificationTrackKeys: (string | null)[];
}

type Rule = (program: ProgramDoc, context?: LintContext) => LintFinding[];

function duplicates(keys: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const key of keys) (seen.has(key) ? dup : seen).add(key);
  return [...dup];
}

const error = (rule: string, path: string | null, message: string): LintFinding => ({ severity: 'ERROR', rule, path, message });
const warning = (rule: string, path: string | null, message: string): LintFinding => ({ severity: 'WARNING', rule, path, message });

export const noTracks: Rule = (p) =>
  p.tracks.length === 0 ? [error('NO_TRACKS', null, 'The program has no tracks: partners need a track to join.')] : [];

export const duplicateKeys: Rule = (p) => {
  const found: LintFinding[] = duplicates(p.tracks.map((t) => t.key)).map((key) =>
    error('DUPLICATE_KEY', key, `Track key "${key}" is used more than once.`),
  );
  for (const track of p.tracks) {
    for (const key of duplicates(track.tiers.map((t) => t.key)))
      found.push(error('DUPLICATE_KEY', `${track.key}/${key}`, `Tier key "${key}" is used more than once in track "${track.key}".`));
    for (const key of duplicates(track.onboardingSteps.map((s) => s.key)))
      found.push(error('DUPLICATE_KEY', track.key, `Onboarding step key "${key}" is used more than once in track "${track.key}".`));
  }
  return found;
};

export const trackWithoutTiers: Rule = (p) =>
  p.tracks
    .filter((t: TrackDoc) => t.tiers.length === 0)
    .map((t) => error('TRACK_WITHOUT_TIERS', t.key, `Track "${t.key}" has no tiers: its partners could not be placed.`));

export const negativeThreshold: Rule = (p) =>
  p.tracks.flatMap((track) =>
    track.tiers.flatMap((tier) =>
      tier.criteria
        .filter((c) => c.threshold < 0)
        .map((c) =>
          error('NEGATIVE_THRESHOLD', `${track.key}/${tier.key}`, `The ${c.metric} threshold of tier "${tier.key}" is below zero.`),
        ),
    ),
  );

export const unmeasurableCriterion: Rule = (p) =>
  p.tracks.flatMap((track) =>
    track.tiers.flatMap((tier) => {
      const path = `${track.key}/${tier.key}`;
      const found: LintFinding[] = [];
      for (const c of tier.criteria) {
        if (c.windowDays != null && c.windowDays < 1)
          found.push(error('UNMEASURABLE_CRITERION', path, `The ${c.metric} window of tier "${tier.key}" must be at least one day.`));
        // A yes/no metric (the metric table says which) measures 0 or 1.
        if (METRIC_TABLE[c.metric].unit === 'YES_NO' && c.threshold > 1)
          found.push(error('UNMEASURABLE_CRITERION', path, `${c.metric} is 0 or 1; a threshold of ${c.threshold} can never be met.`));
      }
      for (const metric of duplicates(tier.criteria.map((c) => c.metric)))
        found.push(error('UNMEASURABLE_CRITERION', path, `Tier "${tier.key}" has ${metric} twice; keep one criterion per metric.`));
      for (const kind of duplicates(tier.benefits.map((b) => b.kind)))
        found.push(error('DUPLICATE_BENEFIT', path, `Tier "${tier.key}" lists the benefit ${kind} twice.`));
      return found;
    }),
  );

/** The rules that block publish. */
export const ERROR_RULES: Rule[] = [noTracks, duplicateKeys, trackWithoutTiers, negativeThreshold, unmeasurableCriterion];

// ------------------------------------------------------------------ WARNINGs: the known design pitfalls

/** A tier that changes a partner's status but not what it receives is decoration. */
export const tierWithoutBenefitGain: Rule = (p) =>
  p.tracks.flatMap((track) =>
    track.tiers.slice(1).flatMap((tier, i) =>
      benefitsGained(track.tiers[i], tier).length === 0
        ? [warning('TIER_WITHOUT_BENEFIT_GAIN', `${track.key}/${tier.key}`, `Tier "${tier.name}" gives nothing better than "${track.tiers[i].name}": partners have no reason to climb.`)]
        : [],
    ),
  );

export const tierCount: Rule = (p) =>
  p.tracks.flatMap((track) => {
    if (track.tiers.length > 3)
      return [warning('TOO_MANY_TIERS', track.key, `Track "${track.name}" has ${track.tiers.length} tiers; more than three blur the difference between them.`)];
    if (track.tiers.length > 0 && track.tiers.length < 2)
      return [warning('TOO_FEW_TIERS', track.key, `Track "${track.name}" has one tier: there is nothing to climb to.`)];
    return [];
  });

export const tooManyTracks: Rule = (p) =>
  p.tracks.length > 3 ? [warning('TOO_MANY_TRACKS', null, `${p.tracks.length} tracks: more than three partner types are hard to run well.`)] : [];

/** Different partner types monetise differently: the same model and ladder for several is one model forced on all. */
export const oneModelForAll: Rule = (p) => {
  const groups = new Map<string, TrackDoc[]>();
  for (const track of p.tracks) {
    const ladder = track.tiers.map((t) => ({
      criteria: [...t.criteria].map((c) => [c.metric, c.threshold, c.windowDays ?? null]).sort(),
      benefits: [...t.benefits].map((b) => [b.kind, b.value]).sort(),
    }));
    const key = JSON.stringify([track.incentiveModel, ladder]);
    groups.set(key, [...(groups.get(key) ?? []), track]);
  }
  return [...groups.values()]
    .filter((tracks) => tracks.length > 1)
    .map((tracks) =>
      warning('ONE_MODEL_FOR_ALL', tracks.map((t) => t.key).join(','), `Tracks ${tracks.map((t) => `"${t.name}"`).join(', ')} share one incentive model and one tier ladder; give each partner type its own motion.`),
    );
};

export const rewardsActivity: Rule = (p) =>
  p.tracks.flatMap((track) =>
    track.tiers
      .filter((tier) => tier.criteria.some((c) => c.metric === 'REGISTERED_DEALS'))
      .map((tier) => warning('REWARDS_ACTIVITY', `${track.key}/${tier.key}`, `Tier "${tier.name}" counts registered deals: it pays for registering, not for closing. Prefer deals won or sourced revenue.`)),
  );

export const vagueCriteria: Rule = (p) =>
  p.tracks.flatMap((track) =>
    track.tiers
      .slice(1)
      .filter((tier) => tier.criteria.length === 0)
      .map((tier) => warning('VAGUE_CRITERIA', `${track.key}/${tier.key}`, `Tier "${tier.name}" has no criteria: every partner qualifies, so it means nothing.`)),
  );

export const targetMetricUnused: Rule = (p) =>
  p.tracks.some((t) => t.tiers.some((tier) => tier.criteria.some((c) => c.metric === p.targetMetric)))
    ? []
    : [warning('TARGET_METRIC_UNUSED', null, `No tier measures the program's target metric (${p.targetMetric}): the design does not serve its goal.`)];

export const noOnboardingPath: Rule = (p) =>
  p.tracks
    .filter((t) => t.onboardingSteps.length === 0)
    .map((t) => warning('NO_ONBOARDING_PATH', t.key, `Track "${t.name}" has no onboarding steps: signed partners have no path to become productive.`));

export const noDemotionCadence: Rule = (p) =>
  p.reviewCadenceMonths === 0 ? [warning('NO_DEMOTION_CADENCE', null, 'Tier reviews never run (cadence 0): partners are never promoted or demoted by the rules.')] : [];

export const certificationUnavailable: Rule = (p, context) => {
  if (!context) return [];
  return p.tracks
    .filter((t) => t.tiers.some((tier) => tier.criteria.some((c) => c.metric === 'CERTIFIED_REPS')))
    .filter((t) => !context.certificationTrackKeys.some((k) => k === null || k === t.key))
    .map((t) => warning('CERTIFICATION_UNAVAILABLE', t.key, `Track "${t.name}" requires certified reps, but no certification path is open to it.`));
};

export const WARNING_RULES: Rule[] = [
  tierWithoutBenefitGain,
  tierCount,
  tooManyTracks,
  oneModelForAll,
  rewardsActivity,
  vagueCriteria,
  targetMetricUnused,
  noOnboardingPath,
  noDemotionCadence,
  certificationUnavailable,
];

/** The design check: ERRORs (block publish) first, then WARNINGs. */
export function lintProgram(program: ProgramDoc, context?: LintContext): LintFinding[] {
  return [...ERROR_RULES, ...WARNING_RULES].flatMap((rule) => rule(program, context));
}

export function hasBlockingFindings(findings: LintFinding[]): boolean {
  return findings.some((f) => f.severity === 'ERROR');
}
