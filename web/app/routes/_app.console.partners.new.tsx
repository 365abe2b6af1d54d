import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { RouteErrorBoundary } from '~/components/errors';
import { Alert, Field, SelectField } from '~/components/form';
import { SubmitOrCancel } from '~/components/form-actions';
import { Card, PageHeader } from '~/components/page';
import { graphql } from '~/gql';
import { mutate, query } from '~/lib/api.server';
import { requirePermission } from '~/lib/auth.server';
import { apiFormErrors } from '~/lib/form-errors';
import { INCENTIVE_LABELS } from '~/lib/format';
import { parseCreatePartnerForm, type CreatePartnerFieldErrors } from '~/lib/partner-form';

export const meta: MetaFunction = () => [{ title: 'New partner · Tierwise' }];

const Tracks = graphql(`
  query CreatePartnerTracks {
    program {
      version
      tracks {
        key
        name
        incentiveModel
        tiers {
          key
          name
        }
      }
    }
  }
`);

const CreatePartner = graphql(`
  mutation CreatePartner($input: CreatePartnerInput!) {
    createPartner(input: $input) {
      id
      name
    }
  }
`);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, 'partner:create');
  const result = await query(request, Tracks);
  return { me: { id: user.id, name: user.name }, program: result.program };
}

type ActionData = { formError?: string; fieldErrors?: CreatePartnerFieldErrors; values?: Record<string, string> };

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, 'partner:create');
  const form = await request.formData();
  const parsed = parseCreatePartnerForm(form, user.id);
  const values = Object.fromEntries(['name', 'domain', 'trackKey', 'manager'].map((k) => [k, String(form.get(k) ?? '')]));
  if (!parsed.ok) return data<ActionData>({ fieldErrors: parsed.errors, values }, { status: 400 });
  const result = await mutate(request, CreatePartner, { input: parsed.input });
  if (!result.ok) {
    const { fieldErrors, formError } = apiFormErrors(result.error, ['name', 'domain', 'trackKey', 'manager'], 'input', { managerId: 'manager' });
    return data<ActionData>({ formError, fieldErrors, values }, { status: 400 });
  }
  return redirect(`/console/partners/${encodeURIComponent(result.data.createPartner.id)}?created=1`);
}

export default function NewPartnerPage() {
  const { me, program } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const busy = navigation.state === 'submitting';
  const values = actionData?.values ?? {};
  const errors = actionData?.fieldErrors ?? {};

  return (
    <>
      <PageHeader eyebrow={<Link to="/console/partners">Partners</Link>} title="New partner" />
      {!program || program.tracks.length === 0 ? (
        <Alert tone="warning" title="Publish a program first">
          Every partner belongs to a track of the published program. <Link to="/console/program">Publish the program</Link>, then come
          back.
        </Alert>
      ) : (
        <Card>
          {actionData?.formError ? <Alert tone="error">{actionData.formError}</Alert> : null}
          <Form method="post" className="form-grid" noValidate>
            <Field label="Company name" name="name" required autoComplete="organization" defaultValue={values.name ?? ''} error={errors.name} />
            <Field
              label="Domain (optional)"
              name="domain"
              placeholder="example.com"
              autoComplete="off"
              defaultValue={values.domain ?? ''}
              hint="Their website's domain; used to spot deal conflicts."
              error={errors.domain}
            />
            <SelectField label="Track" name="trackKey" required defaultValue={values.trackKey ?? ''} error={errors.trackKey}>
              <option value="" disabled>
                Choose a track
              </option>
              {program.tracks.map((t) => (
                <option key={t.key} value={t.key}>
                  {t.name} ({INCENTIVE_LABELS[t.incentiveModel]}; starts at {t.tiers[0]?.name ?? 'no tier'})
                </option>
              ))}
            </SelectField>
            <SelectField
              label="Partner manager (optional)"
              name="manager"
              defaultValue={values.manager ?? ''}
              hint="The channel manager who looks after this partner."
              error={errors.manager}
            >
              <option value="">No manager yet</option>
              <option value="me">Me ({me.name})</option>
            </SelectField>
            <SubmitOrCancel busy={busy} label="Create partner" busyLabel="Creating…" cancelTo="/console/partners" />
          </Form>
        </Card>
      )}
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary };
