import { Form, useNavigation } from '@remix-run/react';
import { ROLE_LABELS, type Role } from '@tierwise/shared';
import type { InviteFieldErrors } from '~/lib/invite';
import { SubmitRow } from './form-actions';
import { Alert, Field, SelectField } from './form';
import { InviteLink } from './invite-link';

type InviteResult =
  | { ok: true; email: string; url: string }
  | { ok: false; formError?: string; fieldErrors?: InviteFieldErrors; values?: Record<string, string> };

/** Email + role (+ partner) invite form; shows the link once after success. */
export function InviteForm({
  roles,
  result,
  partners,
  submitLabel = 'Create invitation',
  idPrefix = 'invite',
  defaultRole,
}: {
  roles: readonly Role[];
  result?: InviteResult | null;
  /** When given, a partner select (with "None" for vendor staff). */
  partners?: ReadonlyArray<{ id: string; name: string }>;
  submitLabel?: string;
  idPrefix?: string;
  defaultRole?: Role;
}) {
  const navigation = useNavigation();
  const busy = navigation.state === 'submitting' && navigation.formData?.get('intent') === 'invite';
  const failed = result && !result.ok ? result : null;
  const values = failed?.values ?? {};
  return (
    <>
      {result?.ok ? <InviteLink url={result.url} email={result.email} /> : null}
      {failed?.formError ? <Alert tone="error">{failed.formError}</Alert> : null}
      <Form method="post" className="form-grid" noValidate key={result?.ok ? result.url : 'invite-form'}>
        <input type="hidden" name="intent" value="invite" />
        <Field
          id={`${idPrefix}-email`}
          label="Email"
          name="email"
          type="email"
          autoComplete="off"
          required
          defaultValue={values.email ?? ''}
          error={failed?.fieldErrors?.email}
        />
        <SelectField
          id={`${idPrefix}-role`}
          label="Role"
          name="role"
          required
          defaultValue={values.role ?? defaultRole ?? roles[roles.length - 1] ?? ''}
          error={failed?.fieldErrors?.role}
        >
          {roles.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </SelectField>
        {partners ? (
          <SelectField
            id={`${idPrefix}-partner`}
            label="Partner"
            name="partnerId"
            defaultValue={values.partnerId ?? ''}
            hint="Partner admins and reps belong to a partner; vendor staff to none."
            error={failed?.fieldErrors?.partnerId}
          >
            <option value="">None (vendor staff)</option>
            {partners.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </SelectField>
        ) : null}
        <SubmitRow busy={busy} label={submitLabel} busyLabel="Creating…" />
      </Form>
    </>
  );
}
