import type { ProgramDoc, TrackDoc } from './program.js';

export type LintSeverity = 'ERROR' | 'WARNING';

export interface LintFinding {
  severity: LintSeverity;
  rule: string;
  /** Track key, or "track/tier", or null for the whole program. */
  path: string | null;
  message: string;
}

type Rule = (program: ProgramDoc) => LintFinding[];

function duplicates(keys: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const key of keys) (seen.has(key) ? dup : seen).add(key);
  return [...dup];
}

const error = (rule: string, path: string | null, message: string): LintFinding => ({
  severity: 'ERROR',
  rule,
  path,
  message,
});

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
        if (c.metric === 'ONBOARDING_COMPLETE' && c.threshold > 1)
          found.push(error('UNMEASURABLE_CRITERION', path, `ONBOARDING_COMPLETE is 0 or 1; a threshold of ${c.threshold} can never be met.`));
      }
      for (const metric of duplicates(tier.criteria.map((c) => c.metric)))
        found.push(error('UNMEASURABLE_CRITERION', path, `Tier "${tier.key}" has ${metric} twice; keep one criterion per metric.`));
      for (const kind of duplicates(tier.benefits.map((b) => b.kind)))
        found.push(error('DUPLICATE_BENEFIT', path, `Tier "${tier.key}" lists the benefit ${kind} twice.`));
      return found;
    }),
  );

/** The rules that block publish. The design WARNINGs join them with the tier engine. */
export const ERROR_RULES: Rule[] = [noTracks, duplicateKeys, trackWithoutTiers, negativeThreshold, unmeasurableCriterion];

export function lintProgram(program: ProgramDoc): LintFinding[] {
  return ERROR_RULES.flatMap((rule) => rule(program));
}

export function hasBlockingFindings(findings: LintFinding[]): boolean {
  return findings.some((f) => f.severity === 'ERROR');
}
