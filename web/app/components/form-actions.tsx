import { Link } from '@remix-run/react';
import type { ReactNode } from 'react';

/**
 * A form's primary submit button (its label while busy) in the form-actions
 * row, with any further buttons after it. Disabled while busy unless told.
 */
export function SubmitRow({
  busy,
  label,
  busyLabel,
  disabled = busy,
  kind = 'primary',
  children,
}: {
  busy: boolean;
  label: ReactNode;
  busyLabel: ReactNode;
  disabled?: boolean;
  /** The button's look: primary; secondary where it is not the page's main action; danger where it rejects or removes. */
  kind?: 'primary' | 'secondary' | 'danger';
  children?: ReactNode;
}) {
  return (
    <div className="form-actions">
      <button type="submit" className={`button button--${kind}`} disabled={disabled}>
        {busy ? busyLabel : label}
      </button>
      {children}
    </div>
  );
}

/** A create form's buttons: submit (its label while busy) and cancel back to where the user came from. */
export function SubmitOrCancel({
  busy,
  label,
  busyLabel,
  cancelTo,
  disabled,
  cancelKind = 'secondary',
}: {
  busy: boolean;
  label: string;
  busyLabel: string;
  cancelTo: string;
  disabled?: boolean;
  cancelKind?: 'secondary' | 'ghost';
}) {
  return (
    <SubmitRow busy={busy} label={label} busyLabel={busyLabel} disabled={disabled}>
      <Link to={cancelTo} className={`button button--${cancelKind}`}>
        Cancel
      </Link>
    </SubmitRow>
  );
}
