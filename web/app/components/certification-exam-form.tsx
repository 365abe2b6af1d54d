import { Form } from '@remix-run/react';
import { Alert } from '~/components/form';
import { SubmitRow } from '~/components/form-actions';
import { Card } from '~/components/page';
import './certification-exam-form.css';

/** What the exam action answers: the grade, or what to fix (unanswered questions, the day's attempts used up). */
export type ExamActionData =
  | { intent: 'exam'; ok: true; score: number; passed: boolean; certified: boolean; expiresAt: string | null }
  | { intent: 'exam'; ok: false; missing?: number[]; answers?: (number | null)[]; formError?: string; rateLimited?: boolean };

/** An exam's questions as one form (works without JavaScript); a failed attempt keeps the answers given. */
export function ExamForm({
  questions,
  passingScore,
  result,
  busy,
}: {
  questions: ReadonlyArray<{ id: string; prompt: string; choices: readonly string[] }>;
  passingScore: number;
  result: Extract<ExamActionData, { ok: false }> | null;
  busy: boolean;
}) {
  const missing = new Set(result?.missing ?? []);
  return (
    <Card title="Exam" id="exam">
      <p className="muted">
        Answer every question, then submit. You pass at {passingScore}%. Answers are graded on the server.
      </p>
      {result?.rateLimited ? (
        <Alert tone="warning" title="No attempts left today">
          {result.formError}
        </Alert>
      ) : result?.formError ? (
        <Alert tone="error">{result.formError}</Alert>
      ) : missing.size ? (
        <Alert tone="error">
          Answer {missing.size === 1 ? 'the question marked below' : `the ${missing.size} questions marked below`} first.
        </Alert>
      ) : null}
      <Form method="post" className="exam-form" noValidate key={result ? 'retry' : 'fresh'}>
        <input type="hidden" name="intent" value="exam" />
        <ol className="question-list">
          {questions.map((q, i) => {
            const unanswered = missing.has(i);
            const errorId = `q-${i}-error`;
            return (
              <li key={q.id}>
                <fieldset className={`question${unanswered ? ' question--invalid' : ''}`} aria-describedby={unanswered ? errorId : undefined}>
                  <legend>
                    <span className="question-number">Question {i + 1}</span> {q.prompt}
                  </legend>
                  <div className="de-choices">
                    {q.choices.map((choice, c) => (
                      <label key={c} className="de-choice">
                        <input type="radio" name={`q:${q.id}`} value={c} defaultChecked={result?.answers?.[i] === c} required />
                        <span>{choice}</span>
                      </label>
                    ))}
                  </div>
                  {unanswered ? (
                    <p className="field-error" id={errorId}>
                      Choose an answer.
                    </p>
                  ) : null}
                </fieldset>
              </li>
            );
          })}
        </ol>
        <SubmitRow busy={busy} label="Submit answers" busyLabel="Grading…" disabled={busy || Boolean(result?.rateLimited)} />
      </Form>
    </Card>
  );
}
