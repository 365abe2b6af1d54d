import { z } from './zod.js';
import { MODULE_KINDS } from './certifications.js';

/**
 * The input of saveCertificationPath: its shape and limits, checked by the
 * path editor and by the API alike. Whether `trackKey` names a track of the
 * published program needs the database and stays in the API.
 */

export const PATH_KEY_PATTERN = /^[a-z0-9][a-z0-9_-]{0,39}$/;
export const PATH_LIMITS = { name: 120, validityDays: 3650, modules: 50, title: 120, content: 50_000, questions: 100, prompt: 1000, choices: 10, choice: 300 } as const;

const wholeBetween = (min: number, max: number, message: string) =>
  z.number({ error: message }).int({ error: message }).min(min, { error: message }).max(max, { error: message });

const boundedText = (max: number, message: string) => z.string({ error: message }).trim().min(1, { error: message }).max(max, { error: message });

export const examQuestionInput = z
  .object({
    prompt: boundedText(PATH_LIMITS.prompt, `Enter a question of at most ${PATH_LIMITS.prompt} characters.`),
    choices: z
      .array(z.string())
      .refine((c) => c.length >= 2 && c.length <= PATH_LIMITS.choices, { error: `Offer 2 to ${PATH_LIMITS.choices} choices.` })
      .refine((c) => c.every((text) => text.trim() && text.length <= PATH_LIMITS.choice), { error: `Every choice needs text (at most ${PATH_LIMITS.choice} characters).` }),
    answer: z.number().int(),
  })
  .superRefine((q, ctx) => {
    if (q.answer < 0 || q.answer >= q.choices.length) ctx.addIssue({ code: 'custom', path: ['answer'], message: 'The answer must be the index of one of the choices.' });
  });

export const certificationModuleInput = z
  .object({
    title: boundedText(PATH_LIMITS.title, `Enter a title of at most ${PATH_LIMITS.title} characters.`),
    kind: z.enum(MODULE_KINDS, { error: 'Use COURSE or EXAM.' }),
    content: z.string().max(PATH_LIMITS.content, { error: 'At most 50,000 characters.' }).nullish(),
    questions: z.array(examQuestionInput).nullish(),
  })
  .superRefine((m, ctx) => {
    const count = m.questions?.length ?? 0;
    if (m.kind === 'COURSE' && count) ctx.addIssue({ code: 'custom', path: ['questions'], message: 'Course modules have no questions; make it an exam.' });
    if (m.kind === 'EXAM' && (count < 1 || count > PATH_LIMITS.questions))
      ctx.addIssue({ code: 'custom', path: ['questions'], message: `An exam has 1 to ${PATH_LIMITS.questions} questions.` });
  });

export const certificationPathInput = z.object({
  key: z.string().regex(PATH_KEY_PATTERN, { error: 'Use 1 to 40 lower-case letters, digits, - and _ (start with a letter or digit).' }),
  name: boundedText(PATH_LIMITS.name, `Enter a name of at most ${PATH_LIMITS.name} characters.`),
  trackKey: z
    .string()
    .nullish()
    .transform((v) => v ?? null),
  validityDays: wholeBetween(1, PATH_LIMITS.validityDays, `A whole number of days from 1 to ${PATH_LIMITS.validityDays}.`),
  passingScore: wholeBetween(0, 100, 'A percentage from 0 to 100.'),
  modules: z
    .array(certificationModuleInput)
    .min(1, { error: `A path has 1 to ${PATH_LIMITS.modules} modules.` })
    .max(PATH_LIMITS.modules, { error: `A path has 1 to ${PATH_LIMITS.modules} modules.` }),
});
export type CertificationPathInput = z.input<typeof certificationPathInput>;
export type CertificationPathValues = z.output<typeof certificationPathInput>;
