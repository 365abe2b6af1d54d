import { Form, useNavigation } from '@remix-run/react';
import { renderMarkdown, type FieldError } from '@tierwise/shared';
import { alignmentAsClasses } from '~/lib/markdown-html';
import type { ModuleInput, PathFormField, PathFormValues } from '~/lib/certification-path';
import { Alert, Field, SelectField, TextareaField } from './form';
import { Card } from './page';
import './enablement-path-editor.css';
import '~/styles/markdown.css';

/**
 * The certification path editor: plain fields for the path, the modules as a
 * YAML/JSON text (works without JavaScript), "Preview" to read it rendered.
 */
export function PathEditor({
  values,
  tracks,
  fieldErrors = {},
  moduleErrors = [],
  formError,
  isNew,
}: {
  values: PathFormValues;
  tracks: ReadonlyArray<{ key: string; name: string }>;
  fieldErrors?: Partial<Record<PathFormField, string>>;
  moduleErrors?: FieldError[];
  formError?: string;
  isNew: boolean;
}) {
  const navigation = useNavigation();
  const busy = navigation.state === 'submitting' ? String(navigation.formData?.get('intent') ?? '') : null;
  const problems = Object.keys(fieldErrors).length;
  return (
    <Card title={isNew ? 'New path' : 'Edit path'} id="editor">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {problems && !formError ? (
        <Alert tone="error" title="Nothing saved: fix the problems below">
          {moduleErrors.length ? (
            <ul className="error-list" id="path-errors">
              {moduleErrors.map((e, i) => (
                <li key={`${e.path}-${i}`}>
                  <code>{e.path}</code>: {e.message}
                </li>
              ))}
            </ul>
          ) : (
            'Each field with a problem says what to change.'
          )}
        </Alert>
      ) : null}
      <Form method="post" className="form-grid path-form" noValidate>
        <Field
          label="Key"
          name="key"
          required
          autoComplete="off"
          spellCheck={false}
          readOnly={!isNew}
          defaultValue={values.key}
          hint={isNew ? 'A stable id: lower-case letters, digits, - and _. It cannot be changed later.' : 'The key identifies the path and cannot be changed.'}
          error={fieldErrors.key}
        />
        <Field label="Name" name="name" required autoComplete="off" defaultValue={values.name} error={fieldErrors.name} />
        <SelectField
          label="Open to"
          name="trackKey"
          defaultValue={values.trackKey}
          hint="Partners of other tracks do not see the path."
          error={fieldErrors.trackKey}
        >
          <option value="">All tracks</option>
          {tracks.map((t) => (
            <option key={t.key} value={t.key}>
              {t.name}
            </option>
          ))}
        </SelectField>
        <div className="de-field-pair">
          <Field
            label="Valid for (days)"
            name="validityDays"
            inputMode="numeric"
            required
            defaultValue={values.validityDays}
            error={fieldErrors.validityDays}
          />
          <Field
            label="Passing score (%)"
            name="passingScore"
            inputMode="numeric"
            required
            defaultValue={values.passingScore}
            error={fieldErrors.passingScore}
          />
        </div>
        <TextareaField
          label="Modules (YAML or JSON)"
          name="modules"
          rows={22}
          spellCheck={false}
          wrap="off"
          className="code-input"
          defaultValue={values.modules}
          error={fieldErrors.modules}
          hint={
            <>
              A list in order. Each module has a <code>title</code> and a <code>kind</code>: <code>COURSE</code> with Markdown{' '}
              <code>content</code>, or <code>EXAM</code> with <code>questions</code> (<code>prompt</code>, <code>choices</code>, and the{' '}
              <code>answer</code>: the exact text of the right choice). Module ids come from titles: renaming a module resets partners’
              progress on it.
            </>
          }
        />
        <div className="form-actions">
          <button type="submit" name="intent" value="save" className="button button--primary" disabled={Boolean(busy)}>
            {busy === 'save' ? 'Saving…' : 'Save path'}
          </button>
          <button type="submit" name="intent" value="preview" className="button button--secondary" disabled={Boolean(busy)}>
            {busy === 'preview' ? 'Checking…' : 'Preview'}
          </button>
        </div>
      </Form>
    </Card>
  );
}

/** A readable rendering of modules: course content as it will look, exam questions with the right answer marked. */
export function ModulesPreview({ modules, showAnswers }: { modules: readonly ModuleInput[]; showAnswers: boolean }) {
  return (
    <ol className="module-preview" data-testid="modules-preview">
      {modules.map((m, i) => (
        <li key={`${m.title}-${i}`} className="module-preview-item">
          <div className="module-preview-head">
            <span className="badge badge--muted badge--small">{m.kind === 'EXAM' ? 'Exam' : 'Course'}</span>
            <h3 className="module-preview-title">
              {i + 1}. {m.title}
            </h3>
          </div>
          {m.kind === 'COURSE' ? (
            m.content?.trim() ? (
              // Safe HTML: renderMarkdown is markdown-it with HTML off (raw tags stay escaped text),
              // links limited to http(s)/mailto and no images.
              <div className="de-markdown de-markdown--preview" dangerouslySetInnerHTML={{ __html: alignmentAsClasses(renderMarkdown(m.content)) }} />
            ) : (
              <p className="muted">No content yet.</p>
            )
          ) : (
            <ol className="question-preview">
              {(m.questions ?? []).map((q, j) => (
                <li key={j}>
                  <p className="text-strong">{q.prompt}</p>
                  <ul className="choice-preview">
                    {q.choices.map((c, k) => {
                      const right = showAnswers && q.answer === k;
                      return (
                        <li key={k} className={right ? 'is-answer' : undefined}>
                          {right ? <span aria-hidden="true">✓ </span> : null}
                          {c}
                          {right ? <span className="visually-hidden"> (right answer)</span> : null}
                        </li>
                      );
                    })}
                  </ul>
                </li>
              ))}
            </ol>
          )}
        </li>
      ))}
    </ol>
  );
}
