import { useState } from 'react';
import { useHydrated } from '~/lib/use-hydrated';
import { Alert } from './form';

/**
 * The invitation link, shown once right after inviting (it is never stored).
 * A read-only field that selects itself on focus; Copy needs JavaScript.
 */
export function InviteLink({ url, email }: { url: string; email: string }) {
  const [copied, setCopied] = useState(false);
  const hydrated = useHydrated();
  return (
    <Alert tone="success" title={`Invitation created for ${email}`}>
      <p>Send this link to them. It is shown only once; it stops working when it expires or is used.</p>
      <div className="copy-field">
        <label htmlFor="invite-link" className="visually-hidden">
          Invitation link
        </label>
        <input
          id="invite-link"
          name="invite-link"
          type="text"
          readOnly
          value={url}
          data-testid="invite-link"
          onFocus={(e) => e.currentTarget.select()}
        />
        {hydrated ? (
        <button
          type="button"
          className="button button--secondary"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(url);
              setCopied(true);
            } catch {
              setCopied(false);
            }
          }}
        >
          {copied ? 'Copied' : 'Copy'}
        </button>
        ) : null}
      </div>
    </Alert>
  );
}
