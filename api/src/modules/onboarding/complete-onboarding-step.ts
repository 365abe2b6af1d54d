import { findTrack, type TrackDoc } from '@tierwise/shared';
import { AppError } from '../../errors/app-error.js';
import { audit } from '../audit/audit.service.js';
import { partnerScope, requireUser, type Scope } from '../scope.js';
import { OnboardingCompletion } from './onboarding-completion.entity.js';
import { activateIfOnboarded, onboardingState, type StepState } from './onboarding.service.js';

/** Partner users tick off a MANUAL onboarding step of their track (once; audited). */
export async function completeOnboardingStep(scope: Scope, stepKey: string): Promise<{ track: TrackDoc; state: StepState }> {
  const user = requireUser(scope);
  const partnerId = partnerScope(scope);
  if (!partnerId) throw AppError.forbidden('Only partner users tick off onboarding steps.');
  const partner = (await scope.loaders.partner.load(partnerId))!;
  const program = await scope.loaders.publishedProgram();
  const track = program && findTrack(program.document, partner.trackKey);
  const step = track?.onboardingSteps.find((s) => s.key === stepKey);
  if (!track || !step) throw AppError.field('stepKey', 'Your track has no such onboarding step.');
  if (step.completion !== 'MANUAL') throw AppError.field('stepKey', 'This step completes itself when it happens; it cannot be ticked off.');
  const em = scope.em.fork();
  await em.transactional(async (tx) => {
    const inserted = await tx
      .createQueryBuilder(OnboardingCompletion)
      .insert({ partnerId, stepKey, completedAt: scope.clock(), completedById: user.id })
      .onConflict(['partnerId', 'stepKey'])
      .ignore()
      .execute('run');
    if ((inserted as { affectedRows?: number }).affectedRows === 0) return;
    audit(tx, { actorId: user.id, action: 'onboarding.step_completed', entityType: 'Partner', entityId: partnerId, after: { stepKey } });
  });
  await activateIfOnboarded(scope.em, partnerId, user.id);
  const state = (await onboardingState(scope.em.fork(), partnerId, track)).find((s) => s.step.key === stepKey)!;
  return { track, state };
}
