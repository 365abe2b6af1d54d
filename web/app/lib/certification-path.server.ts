import { data, redirect } from '@remix-run/node';
import type { FieldError } from '@tierwise/shared';
import { graphql } from '~/gql';
import { mutate } from './api.server';
import { requirePermission } from './auth.server';
import { parseModulesText, parsePathForm, type ModuleInput, type PathFormField, type PathFormValues } from './certification-path';
import { messageForError } from './errors';
import { intentOf, type Intents } from './intents';

const SavePath = graphql(`
  mutation SaveCertificationPath($input: CertificationPathInput!) {
    saveCertificationPath(input: $input) {
      id
      key
    }
  }
`);

export type PathEditorActionData = {
  values: PathFormValues;
  fieldErrors: Partial<Record<PathFormField, string>>;
  moduleErrors: FieldError[];
  formError?: string;
  /** Set by "Preview": the modules as they would be saved. */
  preview?: ModuleInput[];
};

const SIMPLE_FIELDS: readonly PathFormField[] = ['key', 'name', 'trackKey', 'validityDays', 'passingScore'];

const modulesSummary = (count: number) => `${count} problem${count === 1 ? '' : 's'} in the modules; see the list above.`;

interface EditorArgs {
  request: Request;
  form: FormData;
}

/** Preview needs readable modules only; the other fields are checked on save. */
async function preview({ form }: EditorArgs) {
  const values = parsePathForm(form).values;
  const modules = parseModulesText(values.modules);
  if (!modules.ok) return data<PathEditorActionData>({ values, fieldErrors: { modules: modulesSummary(modules.errors.length) }, moduleErrors: modules.errors }, { status: 400 });
  return data<PathEditorActionData>({ values, fieldErrors: {}, moduleErrors: [], preview: modules.modules });
}

/** Save through the shared schema first (every error at once), then the API; back to the path's page. */
async function save({ request, form }: EditorArgs) {
  const parsed = parsePathForm(form);
  if (!parsed.ok) {
    return data<PathEditorActionData>({ values: parsed.values, fieldErrors: parsed.fieldErrors, moduleErrors: parsed.moduleErrors }, { status: 400 });
  }
  const result = await mutate(request, SavePath, { input: parsed.input });
  if (!result.ok) {
    const fieldErrors: Partial<Record<PathFormField, string>> = {};
    const moduleErrors: FieldError[] = [];
    for (const f of result.error.fields) {
      const path = f.path.replace(/^input\./, '');
      const top = SIMPLE_FIELDS.find((k) => k === path);
      if (top) fieldErrors[top] ??= f.message;
      else moduleErrors.push({ path, message: f.message });
    }
    if (moduleErrors.length) fieldErrors.modules = modulesSummary(moduleErrors.length);
    const hasField = Object.keys(fieldErrors).length > 0;
    return data<PathEditorActionData>(
      { values: parsed.values, fieldErrors, moduleErrors, formError: hasField ? undefined : messageForError(result.error) },
      { status: 400 },
    );
  }
  return redirect(`/console/certifications/${encodeURIComponent(result.data.saveCertificationPath.id)}?saved=1`);
}

const editorIntents = { save, preview } satisfies Intents<EditorArgs>;

/** The path editor's action: one function per intent (save by default). */
export async function handlePathEditor(request: Request) {
  await requirePermission(request, 'certification:edit');
  const form = await request.formData();
  return editorIntents[intentOf(editorIntents, form, 'save')]({ request, form });
}
