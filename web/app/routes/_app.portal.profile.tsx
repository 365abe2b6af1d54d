import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { RouteErrorBoundary } from '~/components/errors';
import { DoneBadge } from '~/components/enablement-badges';
import { Alert, Field, TextareaField } from '~/components/form';
import { SubmitRow } from '~/components/form-actions';
import { Card, PageHeader } from '~/components/page';
import { graphql } from '~/gql';
import { mutate, query } from '~/lib/api.server';
import { requirePartner, requirePermission } from '~/lib/auth.server';
import { apiFormErrors } from '~/lib/form-errors';
import { parseProfileForm, PROFILE_FIELDS, profileIsComplete, type ProfileField, type ProfileValues } from '~/lib/profile';
import '~/styles/routes/profile.css';

export const meta: MetaFunction = () => [{ title: 'Profile · Tierwise' }];

const Profile = graphql(`
  query PartnerProfile {
    myPartner {
      id
      name
      domain
      description
      logoUrl
      regions
      contactName
      contactEmail
      onboarding {
        completedAt
        step {
          key
          title
          completion
        }
      }
    }
  }
`);

const UpdateProfile = graphql(`
  mutation UpdatePartnerProfile($input: PartnerProfileInput!) {
    updatePartnerProfile(input: $input) {
      id
      description
      regions
      contactName
      contactEmail
      logoUrl
    }
  }
`);

async function requireProfileEditor(request: Request) {
  await requirePermission(request, 'partner:edit-profile');
  return requirePartner(request);
}

export async function loader({ request }: LoaderFunctionArgs) {
  await requireProfileEditor(request);
  const result = await query(request, Profile);
  if (!result.myPartner) throw data({ message: 'Your account is not linked to a partner.' }, { status: 404 });
  const p = result.myPartner;
  const step = p.onboarding.find((i) => i.step.completion === 'PROFILE_COMPLETED') ?? null;
  return {
    partner: { name: p.name, domain: p.domain },
    values: {
      description: p.description ?? '',
      logoUrl: p.logoUrl ?? '',
      regions: p.regions.join(', '),
      contactName: p.contactName ?? '',
      contactEmail: p.contactEmail ?? '',
    } satisfies ProfileValues,
    step: step ? { title: step.step.title, done: Boolean(step.completedAt) } : null,
  };
}

type ActionData = { ok: boolean; values: ProfileValues; fieldErrors?: Partial<Record<ProfileField, string>>; formError?: string; complete?: boolean };

export async function action({ request }: ActionFunctionArgs) {
  await requireProfileEditor(request);
  const form = await request.formData();
  const parsed = parseProfileForm(form);
  if (!parsed.ok) return data<ActionData>({ ok: false, values: parsed.values, fieldErrors: parsed.errors }, { status: 400 });
  const result = await mutate(request, UpdateProfile, { input: parsed.input });
  if (!result.ok) {
    const { fieldErrors, formError } = apiFormErrors(result.error, PROFILE_FIELDS, 'input');
    return data<ActionData>({ ok: false, values: parsed.values, fieldErrors, formError }, { status: 400 });
  }
  return data<ActionData>({ ok: true, values: parsed.values, complete: profileIsComplete(parsed.input) });
}

export default function ProfilePage() {
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const busy = navigation.state === 'submitting';
  const values = actionData?.values ?? loaderData.values;
  const errors = actionData?.fieldErrors ?? {};
  /** A profile field's name, value and error. */
  const bind = (name: ProfileField) => ({ name, defaultValue: values[name], error: errors[name] });
  const { step } = loaderData;

  return (
    <>
      <PageHeader eyebrow={loaderData.partner.name} title="Company profile">
        <p className="muted">What the vendor and its customers see about you.</p>
      </PageHeader>

      {step ? (
        <Alert tone={step.done ? 'success' : 'info'} title={<>Onboarding: {step.title} <DoneBadge done={step.done} /></>}>
          {step.done
            ? 'Your profile is complete; this onboarding step is done.'
            : 'A description, at least one region, a contact name and a contact email complete your profile and tick this onboarding step.'}
        </Alert>
      ) : null}

      {actionData?.ok ? (
        <Alert tone="success" title="Profile saved">
          {actionData.complete ? 'Your profile is complete.' : 'To complete it, add a description, a region, a contact name and a contact email.'}
        </Alert>
      ) : null}
      {actionData?.formError ? <Alert tone="error">{actionData.formError}</Alert> : null}

      <Card>
        <Form method="post" className="form-grid" noValidate key={actionData?.ok ? 'saved' : 'form'}>
          <TextareaField
            label="Description"
            {...bind('description')}
            rows={4}
            hint="What you do and for whom, in a few sentences."
          />
          <Field
            label="Regions"
            {...bind('regions')}
            autoComplete="off"
            placeholder="North America, DACH, Nordics"
            hint="Where you serve customers, separated by commas."
          />
          <Field
            label="Logo URL (optional)"
            {...bind('logoUrl')}
            type="url"
            inputMode="url"
            autoComplete="off"
            placeholder="https://example.com/logo.svg"
            hint="An https:// address of your logo."
          />
          <Field label="Contact name" {...bind('contactName')} autoComplete="name" />
          <Field label="Contact email" {...bind('contactEmail')} type="email" autoComplete="email" />
          {values.logoUrl && /^https:\/\//i.test(values.logoUrl) && !errors.logoUrl ? (
            <div className="field de-logo-preview">
              <span className="de-field-label-text">Logo preview</span>
              <img src={values.logoUrl} alt={`${loaderData.partner.name} logo`} />
            </div>
          ) : null}
          <SubmitRow busy={busy} label="Save profile" busyLabel="Saving…" />
        </Form>
      </Card>
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary };
