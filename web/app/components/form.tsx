import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';

interface FieldShell {
  label: ReactNode;
  name: string;
  error?: string | null;
  hint?: ReactNode;
  id?: string;
}

function describedBy(id: string, error?: string | null, hint?: ReactNode): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function Messages({ id, error, hint }: { id: string; error?: string | null; hint?: ReactNode }) {
  return (
    <>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </>
  );
}

/** The aria attributes a control gets from its field: its id, name, invalid state and messages. */
type ControlProps = { id: string; name: string; 'aria-invalid': true | undefined; 'aria-describedby': string | undefined };

/** A field's frame: the label, the control (given its wiring), and the hint and error below it. */
function FieldFrame({ label, name, error, hint, id, control }: FieldShell & { control: (wiring: ControlProps) => ReactNode }) {
  const fieldId = id ?? `field-${name}`;
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={fieldId}>{label}</label>
      {control({ id: fieldId, name, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy(fieldId, error, hint) })}
      <Messages id={fieldId} error={error} hint={hint} />
    </div>
  );
}

/** A labelled input with its hint and error wired up for assistive tech. */
export function Field({ label, name, error, hint, id, ...input }: FieldShell & Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'id'>) {
  return <FieldFrame label={label} name={name} error={error} hint={hint} id={id} control={(wiring) => <input {...wiring} {...input} />} />;
}

export function SelectField({
  label,
  name,
  error,
  hint,
  id,
  children,
  ...select
}: FieldShell & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'name' | 'id'>) {
  return (
    <FieldFrame
      label={label}
      name={name}
      error={error}
      hint={hint}
      id={id}
      control={(wiring) => (
        <select {...wiring} {...select}>
          {children}
        </select>
      )}
    />
  );
}

export function TextareaField({
  label,
  name,
  error,
  hint,
  id,
  ...textarea
}: FieldShell & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name' | 'id'>) {
  return <FieldFrame label={label} name={name} error={error} hint={hint} id={id} control={(wiring) => <textarea {...wiring} {...textarea} />} />;
}

/** A form-level message: errors are announced (role=alert), successes politely. */
export function Alert({ tone = 'error', title, children }: { tone?: 'error' | 'success' | 'warning' | 'info'; title?: ReactNode; children?: ReactNode }) {
  return (
    <div className={`alert alert--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {title ? <p className="alert-title">{title}</p> : null}
      {children ? <div className="alert-body">{children}</div> : null}
    </div>
  );
}
