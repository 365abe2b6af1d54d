import type { StepCompletion } from '@tierwise/shared';
import { Form, Link } from '@remix-run/react';
import { formatDate } from '~/lib/format';
import { onboardingStepLink } from '~/lib/tiers';
import './onboarding-checklist.css';

export interface ChecklistItem {
  step: { key: string; title: string; description?: string | null; completion: StepCompletion };
  completedAt?: string | null;
}

/** A track's onboarding steps: done, to tick by hand (a form that works without JavaScript), or completing by themselves. */
export function OnboardingChecklist({ items, canCompleteSteps, busyStepKey }: { items: readonly ChecklistItem[]; canCompleteSteps: boolean; busyStepKey: string | null }) {
  return (
    <ol className="checklist">
      {items.map((item) => {
        const isDone = Boolean(item.completedAt);
        const busy = busyStepKey === item.step.key;
        const link = onboardingStepLink(item.step.completion);
        return (
          <li key={item.step.key} className={isDone ? 'is-done' : 'is-todo'}>
            <span className="check" aria-hidden="true">
              {isDone ? '✓' : ''}
            </span>
            <div className="checklist-text">
              <p className="checklist-title">
                {item.step.title}{' '}
                <span className={`badge badge--small ${isDone ? 'badge--ok' : 'badge--muted'}`}>{isDone ? 'Done' : 'To do'}</span>
              </p>
              {item.step.description ? <p className="muted">{item.step.description}</p> : null}
              {isDone ? (
                <p className="fine-print">Completed {formatDate(item.completedAt)}</p>
              ) : item.step.completion === 'MANUAL' ? (
                canCompleteSteps ? (
                  <Form method="post">
                    <input type="hidden" name="stepKey" value={item.step.key} />
                    <button type="submit" className="button button--secondary button--small" disabled={busy}>
                      Mark as done
                    </button>
                  </Form>
                ) : null
              ) : link ? (
                <p className="fine-print">
                  <Link to={link.to} className="tiers-step-link">
                    {link.label}
                  </Link>{' '}
                  · completes automatically.
                </p>
              ) : (
                <p className="fine-print">Completes automatically.</p>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
