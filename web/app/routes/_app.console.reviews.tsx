import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { useActionData, useLoaderData, useNavigation, useSearchParams } from '@remix-run/react';
import { can } from '@tierwise/shared';
import { RouteErrorBoundary } from '~/components/errors';
import { Alert } from '~/components/form';
import { Card, PageHeader } from '~/components/page';
import { ChangeTable } from '~/components/tiers-change-table';
import { ApplyReviewForm, PastReviews, ReviewPreview } from '~/components/tiers-reviews';
import { graphql } from '~/gql';
import { mutate, query } from '~/lib/api.server';
import { requirePermission } from '~/lib/auth.server';
import { messageForError } from '~/lib/errors';
import { formatDate, formatDateTime } from '~/lib/format';
import { cadenceText, countMoves } from '~/lib/tiers';
import '~/styles/routes/reviews.css';

export const meta: MetaFunction = () => [{ title: 'Tier review · Tierwise' }];

// ProgramRules and TierRef: ~/lib/fragments.
const Reviews = graphql(`
  query TierReviews {
    program {
      ...ProgramRules
      nextReviewAt
    }
    previewTierReview {
      move
      pinned
      partner {
        id
        name
        track {
          key
          name
        }
        tierOverride {
          reason
          pinnedUntil
        }
      }
      from {
        ...TierRef
      }
      to {
        ...TierRef
      }
    }
    tierReviews(last: 10) {
      id
      appliedAt
      programVersion
      appliedBy {
        id
        name
      }
      changes {
        move
        pinned
        partner {
          id
          name
        }
        from {
          ...TierRef
        }
        to {
          ...TierRef
        }
      }
    }
  }
`);

const ApplyReview = graphql(`
  mutation ApplyTierReview {
    applyTierReview {
      id
    }
  }
`);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, 'tier-review:preview');
  const result = await query(request, Reviews);
  return {
    program: result.program,
    preview: result.previewTierReview,
    reviews: result.tierReviews,
    canApply: can(user.role, 'tier-review:apply'),
  };
}

type ActionData = { confirmError?: string; formError?: string };

export async function action({ request }: ActionFunctionArgs) {
  await requirePermission(request, 'tier-review:apply');
  const form = await request.formData();
  if (form.get('confirm') !== 'yes') {
    return data<ActionData>({ confirmError: 'Tick the box to confirm that every partner is moved as previewed.' }, { status: 400 });
  }
  const result = await mutate(request, ApplyReview);
  if (!result.ok) return data<ActionData>({ formError: messageForError(result.error) }, { status: 400 });
  return redirect(`/console/reviews?applied=${encodeURIComponent(result.data.applyTierReview.id)}#applied`);
}

export default function ReviewsPage() {
  const { program, preview, reviews, canApply } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const [params] = useSearchParams();
  const counts = countMoves(preview);
  const showAll = params.get('show') === 'all';
  const appliedId = params.get('applied');
  const applied = appliedId ? reviews.find((r) => r.id === appliedId) : null;

  return (
    <>
      <PageHeader title="Tier review">
        <p className="muted">
          The placement rule applied to every partner at once, by published version {program?.version ?? '—'}. {program ? cadenceText(program.reviewCadenceMonths) : ''}
          {program?.nextReviewAt ? `; the next scheduled review runs on ${formatDate(program.nextReviewAt)}.` : '.'}
        </p>
      </PageHeader>

      {applied ? (
        <div id="applied">
          <Alert tone="success" title={`Review applied: ${countMoves(applied.changes).PROMOTE} promoted, ${countMoves(applied.changes).DEMOTE} demoted`}>
            Applied {formatDateTime(applied.appliedAt)} by program version {applied.programVersion}. Partners who moved were notified.
          </Alert>
          <Card title="What the review changed" id="applied-changes">
            <ChangeTable changes={applied.changes.filter((c) => c.move !== 'HOLD')} emptyText="Nobody moved: every partner holds its tier." testId="applied-changes-table" />
          </Card>
        </div>
      ) : null}

      <ReviewPreview preview={preview} showAll={showAll} />

      {canApply ? (
        <ApplyReviewForm
          moving={counts.PROMOTE + counts.DEMOTE}
          nextReviewAt={program?.nextReviewAt ?? null}
          formError={actionData?.formError}
          confirmError={actionData?.confirmError}
          applying={navigation.state === 'submitting'}
        />
      ) : (
        <p className="muted">Vendor admins apply reviews; scheduled reviews run by themselves.</p>
      )}

      <PastReviews reviews={reviews} nextReviewAt={program?.nextReviewAt ?? null} />
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary };
