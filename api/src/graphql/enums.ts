import {
  BENEFIT_KINDS,
  INCENTIVE_MODELS,
  ROLES,
  STEP_COMPLETIONS,
  TIER_METRICS,
} from '@tierwise/shared';
import { registerEnumType } from 'type-graphql';

/** Turn a list of names into the `{ NAME: 'NAME' }` object type-graphql registers as an enum. */
function enumOf<const T extends readonly string[]>(values: T): { [K in T[number]]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T[number]]: K };
}

export const RoleEnum = enumOf(ROLES);
export const IncentiveModelEnum = enumOf(INCENTIVE_MODELS);
export const TierMetricEnum = enumOf(TIER_METRICS);
export const BenefitKindEnum = enumOf(BENEFIT_KINDS);
export const StepCompletionEnum = enumOf(STEP_COMPLETIONS);
export const LintSeverityEnum = enumOf(['ERROR', 'WARNING'] as const);
export const PartnerStatusEnum = enumOf(['ONBOARDING', 'ACTIVE', 'OFFBOARDED'] as const);
export type PartnerStatus = keyof typeof PartnerStatusEnum;
export const AttributionEnum = enumOf(['SOURCED', 'INFLUENCED', 'CO_SOLD'] as const);
export const DealStatusEnum = enumOf(['SUBMITTED', 'APPROVED', 'REJECTED', 'EXPIRED', 'WON', 'LOST'] as const);
export const ConflictKindEnum = enumOf(['SAME_DOMAIN', 'SIMILAR_NAME', 'DIRECT_ACCOUNT'] as const);
export const ModuleKindEnum = enumOf(['COURSE', 'EXAM'] as const);
export const CertificationStatusEnum = enumOf(['IN_PROGRESS', 'CERTIFIED', 'EXPIRED'] as const);
export const MdfRequestStatusEnum = enumOf(['SUBMITTED', 'APPROVED', 'REJECTED', 'CLAIMED', 'PAID', 'CLAIM_REJECTED'] as const);
export const TierMoveEnum = enumOf(['PROMOTE', 'DEMOTE', 'HOLD'] as const);

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
