import { certificationPathInput, checkInput, fieldMessages, type FieldError, type ModuleKind } from '@tierwise/shared';
import { parse as parseYaml, stringify, YAMLParseError } from 'yaml';

/**
 * The modules of a certification path as people edit them (YAML or JSON):
 * courses carry Markdown content, exams carry questions whose `answer` is the
 * text of the right choice (or its number, counting from 1). The API takes
 * the answer as an index into the choices.
 */
export type { ModuleKind };

export interface QuestionDoc {
  prompt: string;
  choices: string[];
  answer: string;
}

export type ModuleDoc = { title: string; kind: 'COURSE'; content: string } | { title: string; kind: 'EXAM'; questions: QuestionDoc[] };

/** What saveCertificationPath takes for one module. */
export interface ModuleInput {
  title: string;
  kind: ModuleKind;
  content?: string | null;
  questions?: { prompt: string; choices: string[]; answer: number }[] | null;
}

export interface PathInput {
  key: string;
  name: string;
  trackKey: string | null;
  validityDays: number;
  passingScore: number;
  modules: ModuleInput[];
}

/** A module as the API returns it, with the answer key of exams (from examAnswerKey). */
export interface ModuleWithAnswers {
  title: string;
  kind: ModuleKind;
  content?: string | null;
  questions: ReadonlyArray<{ prompt: string; choices: readonly string[]; answer?: number | null }>;
}

export function modulesToDoc(modules: readonly ModuleWithAnswers[]): ModuleDoc[] {
  return modules.map((m) =>
    m.kind === 'COURSE'
      ? { title: m.title, kind: 'COURSE', content: m.content ?? '' }
      : {
          title: m.title,
          kind: 'EXAM',
          questions: m.questions.map((q) => ({
            prompt: q.prompt,
            choices: [...q.choices],
            answer: q.answer != null && q.choices[q.answer] !== undefined ? q.choices[q.answer] : '',
          })),
        },
  );
}

export function modulesToYaml(modules: readonly ModuleDoc[]): string {
  return stringify(modules, { lineWidth: 100, blockQuote: 'literal' });
}

export const EXAMPLE_MODULES: ModuleDoc[] = [
  {
    title: 'Introduction',
    kind: 'COURSE',
    content: '## What you will learn\n\n- How the integration works\n- How to demo it to a customer\n\nRead the [developer guide](https://example.com/docs) first.\n',
  },
  {
    title: 'Final exam',
    kind: 'EXAM',
    questions: [
      {
        prompt: 'Which protocol does the integration API use?',
        choices: ['GraphQL over HTTPS', 'FTP', 'Fax'],
        answer: 'GraphQL over HTTPS',
      },
    ],
  },
];

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Parses the modules text. Paths name the problem, e.g. "modules.1.questions.0.answer". */
export function parseModulesText(text: string): { ok: true; modules: ModuleInput[] } | { ok: false; errors: FieldError[] } {
  let data: unknown;
  try {
    data = parseYaml(text, { prettyErrors: true });
  } catch (e) {
    const message = e instanceof YAMLParseError ? e.message.split('\n')[0] : 'Not valid YAML or JSON.';
    const where = e instanceof YAMLParseError && e.linePos ? `modules (line ${e.linePos[0].line})` : 'modules';
    return { ok: false, errors: [{ path: where, message }] };
  }
  if (data == null) return { ok: false, errors: [{ path: 'modules', message: 'Add at least one module.' }] };
  if (!Array.isArray(data)) return { ok: false, errors: [{ path: 'modules', message: 'Expected a list of modules, each starting with "- title:".' }] };
  const errors: FieldError[] = [];
  const add = (path: string, message: string) => errors.push({ path, message });
  const modules: ModuleInput[] = [];
  data.forEach((raw, i) => {
    const at = `modules.${i}`;
    if (!isRecord(raw)) {
      add(at, 'Expected a module with title and kind.');
      return;
    }
    const title = typeof raw.title === 'string' || typeof raw.title === 'number' ? String(raw.title).trim() : '';
    if (!title) add(`${at}.title`, 'Required.');
    const kind = typeof raw.kind === 'string' ? raw.kind.trim().toUpperCase() : '';
    if (kind !== 'COURSE' && kind !== 'EXAM') {
      add(`${at}.kind`, 'Use COURSE or EXAM.');
      return;
    }
    if (kind === 'COURSE') {
      if (raw.questions !== undefined && raw.questions !== null) add(`${at}.questions`, 'Course modules have no questions; make it an exam.');
      const content = raw.content == null ? '' : typeof raw.content === 'string' ? raw.content : null;
      if (content === null) add(`${at}.content`, 'Expected text (Markdown).');
      modules.push({ title, kind, content: content ?? '' });
      return;
    }
    if (!Array.isArray(raw.questions) || raw.questions.length === 0) {
      add(`${at}.questions`, 'An exam needs at least one question.');
      modules.push({ title, kind, questions: [] });
      return;
    }
    const questions = raw.questions.map((q: unknown, j: number) => {
      const qa = `${at}.questions.${j}`;
      if (!isRecord(q)) {
        add(qa, 'Expected a question with prompt, choices and answer.');
        return { prompt: '', choices: [], answer: 0 };
      }
      const prompt = typeof q.prompt === 'string' || typeof q.prompt === 'number' ? String(q.prompt).trim() : '';
      if (!prompt) add(`${qa}.prompt`, 'Required.');
      const choices = Array.isArray(q.choices) ? q.choices.map((c) => (c == null ? '' : String(c).trim())) : [];
      if (choices.length < 2) add(`${qa}.choices`, 'Offer at least two choices.');
      else if (choices.some((c) => !c)) add(`${qa}.choices`, 'Every choice needs text.');
      else if (new Set(choices).size !== choices.length) add(`${qa}.choices`, 'Two choices have the same text.');
      let answer = -1;
      if (typeof q.answer === 'number') {
        answer = Number.isInteger(q.answer) && q.answer >= 1 && q.answer <= choices.length ? q.answer - 1 : -1;
        if (answer < 0) add(`${qa}.answer`, `Give the text of the right choice, or its number from 1 to ${Math.max(choices.length, 1)}.`);
      } else if (typeof q.answer === 'string' && q.answer.trim()) {
        answer = choices.indexOf(q.answer.trim());
        if (answer < 0) add(`${qa}.answer`, 'The answer must be the exact text of one of the choices.');
      } else if (choices.length >= 2) {
        add(`${qa}.answer`, 'Give the right choice (its text).');
      }
      return { prompt, choices, answer };
    });
    modules.push({ title, kind, questions });
  });
  if (!data.length) add('modules', 'Add at least one module.');
  return errors.length ? { ok: false, errors } : { ok: true, modules };
}

export type PathFormField = 'key' | 'name' | 'trackKey' | 'validityDays' | 'passingScore' | 'modules';
export type PathFormValues = Record<PathFormField, string>;

/** Reads the path editor form: the simple fields, then the modules text. */
export function parsePathForm(
  form: FormData,
): { ok: true; input: PathInput; values: PathFormValues } | { ok: false; fieldErrors: Partial<Record<PathFormField, string>>; moduleErrors: FieldError[]; values: PathFormValues } {
  const get = (k: PathFormField) => String(form.get(k) ?? '');
  const values: PathFormValues = {
    key: get('key').trim(),
    name: get('name'),
    trackKey: get('trackKey'),
    validityDays: get('validityDays').trim(),
    passingScore: get('passingScore').trim(),
    modules: get('modules'),
  };
  const parsed = parseModulesText(values.modules);
  const number = (text: string, digits: number) => (new RegExp(`^\\d{1,${digits}}$`).test(text) ? Number(text) : NaN);
  const candidate = {
    key: values.key,
    name: values.name,
    trackKey: values.trackKey.trim() || null,
    validityDays: number(values.validityDays, 4),
    passingScore: number(values.passingScore, 3),
    modules: parsed.ok ? parsed.modules : [],
  };
  // The shared saveCertificationPath schema, as the API runs it; modules that did not parse have their own errors.
  const checked = checkInput(certificationPathInput, candidate);
  const problems = checked.ok ? [] : checked.fields;
  const fieldErrors: Partial<Record<PathFormField, string>> = fieldMessages(problems.filter((f) => !f.path.startsWith('modules')));
  const moduleErrors = parsed.ok ? problems.filter((f) => f.path.startsWith('modules')) : parsed.errors;
  if (moduleErrors.length) fieldErrors.modules = `${moduleErrors.length} problem${moduleErrors.length === 1 ? '' : 's'} in the modules; see the list above.`;
  if (!checked.ok || !parsed.ok) return { ok: false, fieldErrors, moduleErrors, values };
  return { ok: true, values, input: { ...checked.value, modules: parsed.modules } };
}

/** An exam form's answers in question order; the index of the first unanswered question otherwise. */
export function parseExamAnswers(form: FormData, questionIds: readonly string[]): { ok: true; answers: number[] } | { ok: false; missing: number[]; answers: (number | null)[] } {
  const answers = questionIds.map((id) => {
    const raw = form.get(`q:${id}`);
    if (typeof raw !== 'string' || !/^\d{1,2}$/.test(raw)) return null;
    return Number(raw);
  });
  const missing = answers.flatMap((a, i) => (a === null ? [i] : []));
  return missing.length ? { ok: false, missing, answers } : { ok: true, answers: answers as number[] };
}
