import { findTrack, isValidEmail, PARTNER_MACHINE, type OnboardingStepDoc, type TrackDoc } from '@tierwise/shared';
import type { Em } from '../../db/orm.js';
import { transitionRow } from '../../db/transition.js';
import { audit } from '../audit/audit.service.js';
import { PartnerEvent } from '../partner-events/partner-event.entity.js';
import { Partner } from '../partners/partner.entity.js';
import { findPublished } from '../program/program.service.js';
import { OnboardingCompletion } from './onboarding-completion.entity.js';

export interface StepState {
  step: OnboardingStepDoc;
  completedAt: Date | null;
}

/**
 * Where a partner stands on its track's steps. MANUAL steps are ticked off;
 * the others are done by the first matching event, whenever it happened
 * (also before the step was added to the program).
 */
export async function onboardingState(em: Em, partnerId: string, track: TrackDoc): Promise<StepState[]> {
  return (await onboardingStates(em, [partnerId], () => track)).get(partnerId) ?? [];
}

/** The same for many partners in two statements (the tier engine measures everyone at once). */
export async function onboardingStates(em: Em, partnerIds: string[], trackOf: (partnerId: string) => TrackDoc | undefined): Promise<Map<string, StepState[]>> {
  const [ticked, events] = await Promise.all([
    em.find(OnboardingCompletion, { partnerId: { $in: partnerIds } }),
    em.find(PartnerEvent, { partnerId: { $in: partnerIds } }),
  ]);
  const result = new Map<string, StepState[]>();
  for (const partnerId of partnerIds) {
    const track = trackOf(partnerId);
    result.set(
      partnerId,
      (track?.onboardingSteps ?? []).map((step) => ({
        step,
        completedAt:
          step.completion === 'MANUAL'
            ? (ticked.find((t) => t.partnerId === partnerId && t.stepKey === step.key)?.completedAt ?? null)
            : (events.find((e) => e.partnerId === partnerId && e.kind === step.completion)?.firstAt ?? null),
      })),
    );
  }
  return result;
}

/** ONBOARDING becomes ACTIVE once every step is done (audited once, whoever gets there first). */
export async function activateIfOnboarded(em: Em, partnerId: string, actorId: string | null): Promise<boolean> {
  const partner = await em.fork().findOne(Partner, { id: partnerId });
  if (!partner || partner.status !== 'ONBOARDING') return false;
  const program = await findPublished(em);
  const track = program && findTrack(program.document, partner.trackKey);
  if (!track) return false;
  const state = await onboardingState(em, partnerId, track);
  if (state.some((s) => !s.completedAt)) return false;
  return em.fork().transactional(async (tx) => {
    if (!(await transitionRow(tx, Partner, PARTNER_MACHINE, { id: partnerId }, 'ONBOARDING', 'ACTIVE'))) return false;
    audit(tx, { actorId, action: 'partner.activated', entityType: 'Partner', entityId: partnerId, before: { status: 'ONBOARDING' }, after: { status: 'ACTIVE' }, reason: 'Every onboarding step is done' });
    return true;
  });
}

/** After a publish: partners whose steps are now all done become ACTIVE. */
export async function activateOnboardedPartners(em: Em, actorId: string | null): Promise<void> {
  const onboarding = await em.find(Partner, { status: 'ONBOARDING' }, { fields: ['id'] });
  for (const p of onboarding) await activateIfOnboarded(em, p.id, actorId);
}

/** A profile is complete with a description, at least one region and a contact (PROFILE_COMPLETED). */
export function profileComplete(p: Pick<Partner, 'description' | 'regions' | 'contactName' | 'contactEmail'>): boolean {
  return !!p.description?.trim() && (p.regions?.length ?? 0) > 0 && !!p.contactName?.trim() && !!p.contactEmail && isValidEmail(p.contactEmail);
}
