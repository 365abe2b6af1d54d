export const CERTIFICATION_STATUSES = ['IN_PROGRESS', 'CERTIFIED', 'EXPIRED'] as const;
export type CertificationStatus = (typeof CERTIFICATION_STATUSES)[number];

export const MODULE_KINDS = ['COURSE', 'EXAM'] as const;
export type ModuleKind = (typeof MODULE_KINDS)[number];

/** The status of a certification as of `now`: always right when read, whatever jobs have run. */
export function certificationStatus(certifiedAt: Date | null | undefined, expiresAt: Date | null | undefined, now = new Date()): CertificationStatus {
  if (!certifiedAt) return 'IN_PROGRESS';
  return expiresAt && expiresAt.getTime() <= now.getTime() ? 'EXPIRED' : 'CERTIFIED';
}

export interface GradedExam {
  score: number;
  passed: boolean;
  right: number;
  total: number;
}

/**
 * Grade multiple-choice answers on the server: answers[i] is the chosen
 * index for question i. Score is the percentage right, rounded down, so a
 * pass is never granted by rounding.
 */
export function gradeExam(correct: number[], answers: number[], passingScore: number): GradedExam {
  const total = correct.length;
  const right = correct.filter((answer, i) => answers[i] === answer).length;
  const score = total === 0 ? 0 : Math.floor((right * 100) / total);
  return { score, passed: total > 0 && score >= passingScore, right, total };
}

/** A stable id part from a title: lower case, a-z0-9 and dashes. */
export function slugify(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'module'
  );
}
