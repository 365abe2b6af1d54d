import type { FieldError, ProgramDoc } from '@tierwise/shared';
import type { Finding } from '~/components/tiers-lint';
import { stringify } from 'yaml';

/** The shape of a program as the API returns it (ids and ranks included). */
export interface ProgramLike {
  name: string;
  currency: string;
  targetMetric: ProgramDoc['targetMetric'];
  reviewCadenceMonths: number;
  dealProtectionDays: number;
  dealReviewSlaHours: number;
  mdfClaimWindowDays?: number | null;
  tracks: ReadonlyArray<{
    key: string;
    name: string;
    motion: string;
    incentiveModel: ProgramDoc['tracks'][number]['incentiveModel'];
    tiers: ReadonlyArray<{
      key: string;
      name: string;
      criteria: ReadonlyArray<{ metric: ProgramDoc['targetMetric']; threshold: number; windowDays?: number | null }>;
      benefits: ReadonlyArray<{ kind: ProgramDoc['tracks'][number]['tiers'][number]['benefits'][number]['kind']; value: number }>;
    }>;
    onboardingSteps: ReadonlyArray<{
      key: string;
      title: string;
      description?: string | null;
      completion: ProgramDoc['tracks'][number]['onboardingSteps'][number]['completion'];
    }>;
  }>;
}

/** The program document ("program as code") of an API program: no ids, no ranks. */
export function programToDoc(program: ProgramLike): ProgramDoc {
  return {
    name: program.name,
    currency: program.currency,
    targetMetric: program.targetMetric,
    reviewCadenceMonths: program.reviewCadenceMonths,
    dealProtectionDays: program.dealProtectionDays,
    dealReviewSlaHours: program.dealReviewSlaHours,
    ...(program.mdfClaimWindowDays != null ? { mdfClaimWindowDays: program.mdfClaimWindowDays } : {}),
    tracks: program.tracks.map((track) => ({
      key: track.key,
      name: track.name,
      motion: track.motion,
      incentiveModel: track.incentiveModel,
      tiers: track.tiers.map((tier) => ({
        key: tier.key,
        name: tier.name,
        criteria: tier.criteria.map((c) =>
          c.windowDays == null ? { metric: c.metric, threshold: c.threshold } : { metric: c.metric, threshold: c.threshold, windowDays: c.windowDays },
        ),
        benefits: tier.benefits.map((b) => ({ kind: b.kind, value: b.value })),
      })),
      onboardingSteps: track.onboardingSteps.map((s) => ({
        key: s.key,
        title: s.title,
        description: s.description ?? null,
        completion: s.completion,
      })),
    })),
  };
}

/** YAML text of a program document, for the editor. */
export function programToYaml(doc: ProgramDoc): string {
  return stringify(doc, { lineWidth: 100 });
}

/** The intents /console/program's form posts; each has its own function in the route. */
export type ProgramIntent = 'save' | 'publish' | 'import' | 'lint';

/** What /console/program's action answers to save, publish and import. */
export type ProgramActionData = {
  intent: Exclude<ProgramIntent, 'lint'>;
  /** What the editor shows after this answer (absent: the loader's text). */
  text?: string;
  parseErrors?: FieldError[];
  findings?: Finding[];
  formError?: string;
  confirmError?: string;
  importErrors?: FieldError[];
  success?: string;
};

/** The answer to the "lint" intent (the live design check of the text being typed). */
export type LiveLint = { intent: 'lint'; at: number; parseErrors: FieldError[]; findings: Finding[]; formError?: string };
