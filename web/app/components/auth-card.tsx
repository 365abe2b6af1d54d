import { Form } from '@remix-run/react';
import type { ReactNode } from 'react';
import { StandaloneShell } from './brand';
import { Alert, Field } from './form';

/** The card of the signed-out pages (sign in, accepting an invitation). */
export function AuthCard({ children }: { children: ReactNode }) {
  return (
    <StandaloneShell>
      <div className="auth-card">{children}</div>
    </StandaloneShell>
  );
}

/** A signed-out form: its error, its fields, and one full-width submit button. */
export function AuthForm({
  formError,
  busy,
  submitLabel,
  busyLabel,
  children,
}: {
  formError?: string | null;
  busy: boolean;
  submitLabel: string;
  busyLabel: string;
  children: ReactNode;
}) {
  return (
    <>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Form method="post" className="stack" noValidate>
        {children}
        <button type="submit" className="button button--primary button--block" disabled={busy}>
          {busy ? busyLabel : submitLabel}
        </button>
      </Form>
    </>
  );
}

/** A required password input of a signed-out form: the current one (sign in) or a new one (accepting an invitation). */
export function PasswordField({
  autoComplete,
  ...field
}: Omit<Parameters<typeof Field>[0], 'type' | 'required' | 'autoComplete'> & { autoComplete: 'current-password' | 'new-password' }) {
  return <Field type="password" autoComplete={autoComplete} required {...field} />;
}
