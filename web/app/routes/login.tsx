import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { useActionData, useNavigation, useSearchParams } from '@remix-run/react';
import { checkInput, fieldMessages, loginInput, normaliseEmail } from '@tierwise/shared';
import { AuthCard, AuthForm, PasswordField } from '~/components/auth-card';
import { Field } from '~/components/form';
import { graphql } from '~/gql';
import { mutate } from '~/lib/api.server';
import { getUser } from '~/lib/auth.server';
import { messageForError } from '~/lib/errors';
import { homePathFor } from '~/lib/navigation';
import { safeRedirect } from '~/lib/redirect';
import { redirectSignedIn } from '~/lib/sign-in.server';

export const meta: MetaFunction = () => [{ title: 'Sign in · Tierwise' }];

const Login = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      user {
        id
        role
      }
    }
  }
`);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  if (user) {
    const redirectTo = new URL(request.url).searchParams.get('redirectTo');
    throw redirect(safeRedirect(redirectTo, homePathFor(user.role)));
  }
  return null;
}

type ActionData = { formError?: string; fieldErrors?: { email?: string; password?: string }; email?: string };

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const email = normaliseEmail(String(form.get('email') ?? ''));
  const password = String(form.get('password') ?? '');
  const redirectTo = safeRedirect(form.get('redirectTo'), '/');

  const checked = checkInput(loginInput, { email, password });
  if (!checked.ok) return data<ActionData>({ fieldErrors: fieldMessages(checked.fields), email }, { status: 400 });

  const result = await mutate(request, Login, { email, password }, { token: null, onUnauthenticated: 'throw' });
  if (!result.ok) {
    const { code } = result.error;
    const formError =
      code === 'BAD_USER_INPUT' || code === 'UNAUTHENTICATED'
        ? 'That email and password do not match an account.'
        : code === 'RATE_LIMITED'
          ? 'Too many attempts, try again later.'
          : messageForError(result.error);
    return data<ActionData>({ formError, email }, { status: code === 'RATE_LIMITED' ? 429 : 400 });
  }

  return redirectSignedIn(redirectTo, result.data.login.token);
}

export default function LoginPage() {
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const navigation = useNavigation();
  const submitting = navigation.state !== 'idle' && navigation.formAction?.startsWith('/login');
  const redirectTo = searchParams.get('redirectTo') ?? '';

  return (
    <AuthCard>
      <h1>Sign in to Tierwise</h1>
      <p className="muted">Your partner program, in one place.</p>
      <AuthForm formError={actionData?.formError} busy={!!submitting} submitLabel="Sign in" busyLabel="Signing in…">
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <Field
          label="Email"
          name="email"
          type="email"
          autoComplete="email"
          required
          defaultValue={actionData?.email ?? ''}
          error={actionData?.fieldErrors?.email}
        />
        <PasswordField label="Password" name="password" autoComplete="current-password" error={actionData?.fieldErrors?.password} />
      </AuthForm>
      <p className="fine-print">New here? Ask your partner manager or a colleague for an invitation.</p>
    </AuthCard>
  );
}
