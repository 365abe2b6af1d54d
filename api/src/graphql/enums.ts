import {
  ATTRIBUTIONS,
  BENEFIT_KINDS,
  CERTIFICATION_STATUSES,
  CONFLICT_KINDS,
  DEAL_STATUSES,
  INCENTIVE_MODELS,
  LINT_SEVERITIES,
  MDF_STATUSES,
  MODULE_KINDS,
  PARTNER_STATUSES,
  ROLES,
  STEP_COMPLETIONS,
  TIER_METRICS,
  TIER_MOVES,
} from '@tierwise/shared';
import { registerEnumType } from 'type-graphql';

/**
 * Every GraphQL enum is built from its list in shared/ (the vocabulary lives
 * there once); enums.test.ts fails on a list typed here by hand.
 */

/** Turn a list of names into the `{ NAME: 'NAME' }` object type-graphql registers as an enum. */
function enumOf<const T extends readonly string[]>(values: T): { [K in T[number]]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T[number]]: K };
}

export const RoleEnum = enumOf(ROLES);
export const IncentiveModelEnum = enumOf(INCENTIVE_MODELS);
export const TierMetricEnum = enumOf(TIER_METRICS);
export const BenefitKindEnum = enumOf(BENEFIT_KINDS);
export const StepCompletionEnum = enumOf(STEP_COMPLETIONS);
export const LintSeverityEnum = enumOf(LINT_SEVERITIES);
export const PartnerStatusEnum = enumOf(PARTNER_STATUSES);
export const AttributionEnum = enumOf(ATTRIBUTIONS);
export const DealStatusEnum = enumOf(DEAL_STATUSES);
export const ConflictKindEnum = enumOf(CONFLICT_KINDS);
export const ModuleKindEnum = enumOf(MODULE_KINDS);
export const CertificationStatusEnum = enumOf(CERTIFICATION_STATUSES);
export const MdfRequestStatusEnum = enumOf(MDF_STATUSES);
export const TierMoveEnum = enumOf(TIER_MOVES);

registerEnumType(RoleEnum, { name: 'Role' });
registerEnumType(IncentiveModelEnum, { name: 'IncentiveModel' });
registerEnumType(TierMetricEnum, {
  name: 'TierMetric',
  description: 'How a tier criterion is measured for one partner (trailing window unless noted).',
});
registerEnumType(BenefitKindEnum, { name: 'BenefitKind' });
registerEnumType(StepCompletionEnum, { name: 'StepCompletion' });
registerEnumType(LintSeverityEnum, { name: 'LintSeverity' });
registerEnumType(PartnerStatusEnum, { name: 'PartnerStatus' });
registerEnumType(AttributionEnum, { name: 'Attribution' });
registerEnumType(DealStatusEnum, { name: 'DealStatus' });
registerEnumType(ConflictKindEnum, { name: 'ConflictKind' });
registerEnumType(ModuleKindEnum, { name: 'ModuleKind' });
registerEnumType(CertificationStatusEnum, { name: 'CertificationStatus' });
registerEnumType(MdfRequestStatusEnum, { name: 'MdfRequestStatus' });
registerEnumType(TierMoveEnum, { name: 'TierMove' });
