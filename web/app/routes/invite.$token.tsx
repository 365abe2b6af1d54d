import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { acceptInvitationInput, checkInput, fieldMessages, PASSWORD_MIN_LENGTH, ROLE_LABELS } from '@tierwise/shared';
import { AuthCard, AuthForm, PasswordField } from '~/components/auth-card';
import { Field } from '~/components/form';
import { graphql } from '~/gql';
import { mutate, query } from '~/lib/api.server';
import { fieldErrorMap, messageForError } from '~/lib/errors';
import { formatDateTime } from '~/lib/format';
import { redirectSignedIn } from '~/lib/sign-in.server';

export const meta: MetaFunction = () => [{ title: 'Accept your invitation · Tierwise' }];

const Preview = graphql(`
  query InvitationPreview($token: String!) {
    invitationPreview(token: $token) {
      email
      role
      partnerName
      expiresAt
    }
  }
`);

const Accept = graphql(`
  mutation AcceptInvitation($token: String!, $name: String!, $password: String!) {
    acceptInvitation(token: $token, name: $name, password: $password) {
      token
      user {
        id
        role
      }
    }
  }
`);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const token = params.token ?? '';
  const result = await query(request, Preview, { token });
  return { invitation: result.invitationPreview };
}

type FieldName = 'name' | 'password' | 'confirm';
type ActionData = { formError?: string; fieldErrors?: Partial<Record<FieldName, string>>; name?: string };

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await request.formData();
  const name = String(form.get('name') ?? '').trim();
  const password = String(form.get('password') ?? '');
  const confirm = String(form.get('confirm') ?? '');

  const checked = checkInput(acceptInvitationInput, { name, password });
  const fieldErrors: Partial<Record<FieldName, string>> = checked.ok ? {} : fieldMessages(checked.fields);
  if (!fieldErrors.password && confirm !== password) fieldErrors.confirm = 'The passwords do not match.';
  if (Object.keys(fieldErrors).length) return data<ActionData>({ fieldErrors, name }, { status: 400 });

  const result = await mutate(request, Accept, { token: params.token ?? '', name, password }, { token: null, onUnauthenticated: 'throw' });
  if (!result.ok) {
    const { error } = result;
    const fields = fieldErrorMap(error.fields);
    if (error.code === 'BAD_USER_INPUT' && (fields.name || fields.password)) {
      return data<ActionData>({ fieldErrors: { name: fields.name, password: fields.password }, name }, { status: 400 });
    }
    const formError =
      error.code === 'NOT_FOUND' || error.code === 'INVALID_STATE' || error.code === 'UNAUTHENTICATED'
        ? 'This invitation is no longer valid. It may have expired or been used already. Ask for a new one.'
        : messageForError(error);
    return data<ActionData>({ formError, name }, { status: error.code === 'RATE_LIMITED' ? 429 : 400 });
  }

  return redirectSignedIn('/', result.data.acceptInvitation.token);
}

export default function AcceptInvitationPage() {
  const { invitation } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const busy = navigation.state === 'submitting';

  if (!invitation) {
    return (
      <AuthCard>
        <h1>This invitation is not valid</h1>
        <p>The link may have expired or been used already. Ask the person who invited you for a new one.</p>
        <p>
          <Link to="/login">Go to sign in</Link>
        </p>
      </AuthCard>
    );
  }

  return (
    <AuthCard>
      <p className="eyebrow">You are invited</p>
      <h1>{invitation.partnerName ? `Join ${invitation.partnerName} on Tierwise` : 'Join Tierwise'}</h1>
      <dl className="summary-list">
        <div>
          <dt>Email</dt>
          <dd>{invitation.email}</dd>
        </div>
        <div>
          <dt>Role</dt>
          <dd>{ROLE_LABELS[invitation.role]}</dd>
        </div>
        {invitation.partnerName ? (
          <div>
            <dt>Partner</dt>
            <dd>{invitation.partnerName}</dd>
          </div>
        ) : null}
        <div>
          <dt>Expires</dt>
          <dd>{formatDateTime(invitation.expiresAt)}</dd>
        </div>
      </dl>
      <AuthForm formError={actionData?.formError} busy={busy} submitLabel="Accept invitation" busyLabel="Creating your account…">
        <Field
          label="Your name"
          name="name"
          autoComplete="name"
          required
          defaultValue={actionData?.name ?? ''}
          error={actionData?.fieldErrors?.name}
        />
        <PasswordField
          label="Choose a password"
          name="password"
          autoComplete="new-password"
          minLength={PASSWORD_MIN_LENGTH}
          hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
          error={actionData?.fieldErrors?.password}
        />
        <PasswordField label="Confirm password" name="confirm" autoComplete="new-password" error={actionData?.fieldErrors?.confirm} />
      </AuthForm>
    </AuthCard>
  );
}
