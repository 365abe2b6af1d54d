import { data, redirect } from '@remix-run/node';
import type { FieldError } from '@tierwise/shared';
import { graphql } from '~/gql';
import { mutate } from './api.server';
import { requirePermission } from './auth.server';
import { parseModulesText, parsePathForm, type ModuleInput, type PathFormField, type PathFormValues } from './certification-path';
import { messageForError } from './errors';

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

/** The path editor's action: preview (parse only) or save, then back to the path's page. */
export async function handlePathEditor(request: Request) {
  await requirePermission(request, 'certification:edit');
  const form = await request.formData();
  const intent = form.get('intent') === 'preview' ? 'preview' : 'save';
  const parsed = parsePathForm(form);
  if (intent === 'preview') {
    // Preview needs readable modules only; the other fields are checked on save.
    const modules = parseModulesText(parsed.values.modules);
    if (!modules.ok) {
      const fieldErrors = { modules: `${modules.errors.length} problem${modules.errors.length === 1 ? '' : 's'} in the modules; see the list above.` };
      return data<PathEditorActionData>({ values: parsed.values, fieldErrors, moduleErrors: modules.errors }, { status: 400 });
    }
    return data<PathEditorActionData>({ values: parsed.values, fieldErrors: {}, moduleErrors: [], preview: modules.modules });
  }
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
    if (moduleErrors.length) fieldErrors.modules = `${moduleErrors.length} problem${moduleErrors.length === 1 ? '' : 's'} in the modules; see the list above.`;
    const hasField = Object.keys(fieldErrors).length > 0;
    return data<PathEditorActionData>(
      { values: parsed.values, fieldErrors, moduleErrors, formError: hasField ? undefined : messageForError(result.error) },
      { status: 400 },
    );
  }
  return redirect(`/console/certifications/${encodeURIComponent(result.data.saveCertificationPath.id)}?saved=1`);
}
