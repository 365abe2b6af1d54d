import { describe, expect, it } from 'vitest';
import { EXAMPLE_MODULES, modulesToDoc, modulesToYaml, parseExamAnswers, parseModulesText, parsePathForm } from './certification-path';

describe('modules as text', () => {
  it('round-trips the example through YAML with answer indexes', () => {
    const parsed = parseModulesText(modulesToYaml(EXAMPLE_MODULES));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.modules[0]).toMatchObject({ kind: 'COURSE', title: 'Introduction' });
      expect(parsed.modules[1]).toEqual({
        title: 'Final exam',
        kind: 'EXAM',
        questions: [{ prompt: 'Which protocol does the integration API use?', choices: ['GraphQL over HTTPS', 'FTP', 'Fax'], answer: 0 }],
      });
    }
  });

  it('turns an API answer key into editable text', () => {
    const doc = modulesToDoc([{ title: 'Exam', kind: 'EXAM', questions: [{ prompt: 'Q', choices: ['a', 'b'], answer: 1 }] }]);
    expect(doc).toEqual([{ title: 'Exam', kind: 'EXAM', questions: [{ prompt: 'Q', choices: ['a', 'b'], answer: 'b' }] }]);
  });

  it('accepts JSON and an answer given as the choice number', () => {
    const parsed = parseModulesText('[{"title":"E","kind":"exam","questions":[{"prompt":"P","choices":["x","y"],"answer":2}]}]');
    expect(parsed).toEqual({ ok: true, modules: [{ title: 'E', kind: 'EXAM', questions: [{ prompt: 'P', choices: ['x', 'y'], answer: 1 }] }] });
  });

  it('names the problems by path', () => {
    const parsed = parseModulesText(
      ['- title: ""', '  kind: COURSE', '- title: Exam', '  kind: EXAM', '  questions:', '    - prompt: P', '      choices: [a]', '      answer: z', '- title: X', '  kind: QUIZ'].join('\n'),
    );
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.errors.map((e) => e.path)).toEqual(['modules.0.title', 'modules.1.questions.0.choices', 'modules.1.questions.0.answer', 'modules.2.kind']);
  });

  it('reports YAML syntax errors with the line', () => {
    const parsed = parseModulesText('- title: [unclosed');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors[0].path).toMatch(/^modules/);
  });
});

describe('path form', () => {
  const fd = (v: Record<string, string>) => {
    const f = new FormData();
    for (const [k, val] of Object.entries(v)) f.set(k, val);
    return f;
  };

  it('builds the input', () => {
    const r = parsePathForm(fd({ key: 'basics', name: ' Basics ', trackKey: '', validityDays: '365', passingScore: '80', modules: modulesToYaml(EXAMPLE_MODULES) }));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.input).toMatchObject({ key: 'basics', name: 'Basics', trackKey: null, validityDays: 365, passingScore: 80 });
  });

  it('checks the simple fields', () => {
    const r = parsePathForm(fd({ key: 'Bad Key', name: '', trackKey: 'technology', validityDays: '0', passingScore: '101', modules: '' }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.fieldErrors).sort()).toEqual(['key', 'modules', 'name', 'passingScore', 'validityDays']);
  });
});

describe('exam answers', () => {
  it('reads one radio group per question and names the unanswered ones', () => {
    const f = new FormData();
    f.set('q:m.q1', '2');
    f.set('q:m.q3', '0');
    expect(parseExamAnswers(f, ['m.q1', 'm.q2', 'm.q3'])).toEqual({ ok: false, missing: [1], answers: [2, null, 0] });
    f.set('q:m.q2', '1');
    expect(parseExamAnswers(f, ['m.q1', 'm.q2', 'm.q3'])).toEqual({ ok: true, answers: [2, 1, 0] });
  });
});
