import { checkInput, createPartnerInput, fieldMessages, type CreatePartnerValues } from '@tierwise/shared';

export { normaliseDomain } from '@tierwise/shared';
export type { CreatePartnerValues };

export type CreatePartnerFieldErrors = Partial<Record<'name' | 'domain' | 'trackKey' | 'manager', string>>;

/**
 * The new-partner form through the shared createPartner schema (every error
 * at once). The manager select offers "me" or nobody; it becomes the id.
 */
export function parseCreatePartnerForm(
  form: FormData,
  myUserId: string,
): { ok: true; input: CreatePartnerValues } | { ok: false; errors: CreatePartnerFieldErrors; values: Record<string, string> } {
  const get = (k: string) => String(form.get(k) ?? '');
  const values = { name: get('name').trim(), domain: get('domain'), trackKey: get('trackKey').trim(), manager: get('manager') };
  const errors: CreatePartnerFieldErrors = {};
  if (values.manager && values.manager !== 'me') errors.manager = 'Choose a manager from the list.';
  const checked = checkInput(createPartnerInput, { name: values.name, domain: values.domain, trackKey: values.trackKey, managerId: values.manager === 'me' ? myUserId : null });
  if (!checked.ok) {
    const fields = fieldMessages(checked.fields);
    Object.assign(errors, { name: fields.name, domain: fields.domain, trackKey: fields.trackKey });
  }
  if (!checked.ok || errors.manager) return { ok: false, errors: Object.fromEntries(Object.entries(errors).filter(([, v]) => v)), values };
  return { ok: true, input: checked.value };
}
