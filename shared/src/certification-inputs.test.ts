import { describe, expect, it } from 'vitest';
import { certificationPathInput } from './certification-inputs.js';
import { checkInput } from './input-check.js';

const path = (change: Record<string, unknown> = {}) => ({
  key: 'basics',
  name: 'Basics',
  trackKey: null,
  validityDays: 365,
  passingScore: 80,
  modules: [
    { title: 'Intro', kind: 'COURSE', content: 'Read this.' },
    { title: 'Exam', kind: 'EXAM', questions: [{ prompt: 'Q?', choices: ['a', 'b'], answer: 1 }] },
  ],
  ...change,
});
const paths = (input: unknown) => {
  const r = checkInput(certificationPathInput, input, 'input');
  return r.ok ? [] : r.fields.map((f) => f.path).sort();
};

describe('saveCertificationPath input', () => {
  it('accepts a path and trims its name', () => {
    expect(checkInput(certificationPathInput, path({ name: ' Basics ' }))).toMatchObject({ ok: true, value: { name: 'Basics', trackKey: null } });
  });

  it('names every bad field at once', () => {
    expect(paths(path({ key: 'Bad Key', name: ' ', validityDays: 0, passingScore: 101 }))).toEqual(['input.key', 'input.name', 'input.passingScore', 'input.validityDays']);
    expect(paths(path({ modules: [] }))).toEqual(['input.modules']);
  });

  it('checks modules by kind and questions by their choices', () => {
    const modules = [
      { title: ' ', kind: 'COURSE', questions: [{ prompt: 'Q', choices: ['a', 'b'], answer: 0 }] },
      { title: 'Exam', kind: 'EXAM', questions: [{ prompt: ' ', choices: ['a'], answer: 3 }, { prompt: 'Q', choices: ['a', ' '], answer: -1 }] },
      { title: 'Empty exam', kind: 'EXAM', questions: null },
    ];
    expect(paths(path({ modules }))).toEqual([
      'input.modules.0.questions',
      'input.modules.0.title',
      'input.modules.1.questions.0.answer',
      'input.modules.1.questions.0.choices',
      'input.modules.1.questions.0.prompt',
      'input.modules.1.questions.1.answer',
      'input.modules.1.questions.1.choices',
      'input.modules.2.questions',
    ]);
  });
});
