import { assertUnreachable, checkInput, overrideTierInput, type StepCompletion, type TierMetric, type TierMove } from '@tierwise/shared';

export interface CriterionLike {
  metric: TierMetric;
  threshold: number;
  windowDays?: number | null;
}

export interface ProgressLike {
  metric: TierMetric;
  current: number;
}

export interface CriterionCheck {
  criterion: CriterionLike;
  /** The measured value when the API reported it (through the next tier's progress); else null. */
  current: number | null;
  /** null when the value is not known here. */
  met: boolean | null;
}

/**
 * How the partner stands against its CURRENT tier's criteria. The API
 * measures the next tier's criteria (toNextTier); a current-tier criterion on
 * the same metric reuses that value, others are reported as unknown.
 */
export function checkCurrentTier(criteria: readonly CriterionLike[], measured: readonly ProgressLike[]): CriterionCheck[] {
  return criteria.map((criterion) => {
    const value = measured.find((m) => m.metric === criterion.metric);
    if (!value) return { criterion, current: null, met: null };
    return { criterion, current: value.current, met: value.current >= criterion.threshold };
  });
}

/** The criteria an at-risk partner misses (unknown ones count as missing: the API says it is at risk). */
export function missingCriteria(checks: readonly CriterionCheck[]): CriterionCheck[] {
  const known = checks.filter((c) => c.met === false);
  return known.length ? known : checks.filter((c) => c.met !== true);
}

export type Move = TierMove;

export const MOVE_LABELS: Record<Move, string> = { PROMOTE: 'Promote', DEMOTE: 'Demote', HOLD: 'Hold' };

/** How many partners each move concerns. */
export function countMoves(changes: ReadonlyArray<{ move: Move; pinned?: boolean }>): Record<Move, number> & { pinned: number } {
  const counts = { PROMOTE: 0, DEMOTE: 0, HOLD: 0, pinned: 0 };
  for (const c of changes) {
    counts[c.move] += 1;
    if (c.pinned) counts.pinned += 1;
  }
  return counts;
}

/** Where a partner completes an onboarding step that completes itself; null for MANUAL steps. */
export function onboardingStepLink(completion: StepCompletion): { to: string; label: string } | null {
  switch (completion) {
    case 'PROFILE_COMPLETED':
      return { to: '/portal/profile', label: 'Complete your profile' };
    case 'FIRST_CERTIFICATION':
      return { to: '/portal/certifications', label: 'Go to certifications' };
    case 'FIRST_DEAL_REGISTERED':
    case 'FIRST_DEAL_APPROVED':
    case 'FIRST_DEAL_WON':
      return { to: '/portal/deals/new', label: 'Register a deal' };
    case 'MANUAL':
      return null;
    default:
      return assertUnreachable(completion, 'step completion');
  }
}

/** "Every 3 months", "Every month", "Never". */
export function cadenceText(months: number): string {
  if (months <= 0) return 'Never (no review cadence)';
  return months === 1 ? 'Every month' : `Every ${months} months`;
}

export interface OverrideFormValues {
  tierKey: string;
  reason: string;
  /** A day, YYYY-MM-DD, or blank: the pin holds through the end of that day (UTC). */
  pinnedUntil: string;
}

export type OverrideFormCheck =
  | { ok: true; input: { tierKey: string; reason: string; pinnedUntil: string | null } }
  | { ok: false; fieldErrors: Partial<Record<keyof OverrideFormValues, string>> };

/**
 * The tier override form checked in one pass by the API's own rules
 * (overrideTierInput in shared): the pin's day becomes the end of that day,
 * then the shared schema checks the reason and that the pin is in the future.
 */
export function checkOverrideForm(values: OverrideFormValues, now = new Date()): OverrideFormCheck {
  const fieldErrors: Partial<Record<keyof OverrideFormValues, string>> = {};
  if (!values.tierKey) fieldErrors.tierKey = 'Choose the tier.';
  let pinnedUntil: Date | null = null;
  if (values.pinnedUntil.trim()) {
    const day = /^\d{4}-\d{2}-\d{2}$/.test(values.pinnedUntil.trim()) ? new Date(`${values.pinnedUntil.trim()}T23:59:59Z`) : null;
    if (!day || Number.isNaN(day.getTime())) fieldErrors.pinnedUntil = 'Enter a date like 2027-03-31.';
    else pinnedUntil = day;
  }
  const checked = checkInput(overrideTierInput(now), { reason: values.reason, pinnedUntil });
  if (!checked.ok) for (const f of checked.fields) fieldErrors[f.path as keyof OverrideFormValues] ??= f.message;
  if (Object.keys(fieldErrors).length || !checked.ok) return { ok: false, fieldErrors };
  return { ok: true, input: { tierKey: values.tierKey, reason: checked.value.reason, pinnedUntil: checked.value.pinnedUntil?.toISOString() ?? null } };
}
