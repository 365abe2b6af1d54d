import { Link } from '@remix-run/react';

/** A create form's buttons: submit (its label while busy) and cancel back to the list. */
export function SubmitOrCancel({ busy, label, busyLabel, cancelTo }: { busy: boolean; label: string; busyLabel: string; cancelTo: string }) {
  return (
    <div className="form-actions">
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? busyLabel : label}
      </button>
      <Link to={cancelTo} className="button button--secondary">
        Cancel
      </Link>
    </div>
  );
}
