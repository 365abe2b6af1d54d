import { data } from '@remix-run/node';
import { graphql } from '~/gql';
import { mutate } from './api.server';
import { parseCloseForm, type CloseFormErrors, type CloseIntent, type CloseResult } from './deals';
import { fieldErrorMap, messageForError } from './errors';

export type { CloseResult };

/** Closing a registration, for the partner's and the console's deal pages alike. */
const CloseDeal = graphql(`
  mutation CloseDeal($id: ID!, $won: Boolean!, $amount: SafeInt, $closedAt: DateTime) {
    closeDeal(id: $id, won: $won, amount: $amount, closedAt: $closedAt) {
      id
      status
    }
  }
`);

/** Close a registration (partner and console pages): validate, confirm, then call the API. */
export async function closeDealAction(
  request: Request,
  form: FormData,
  options: { currency: string; deal: { id: string; amount: number; createdAt: string } },
) {
  const intent: CloseIntent = form.get('intent') === 'won' ? 'won' : 'lost';
  const parsed = parseCloseForm(form, options.currency, { registeredOn: options.deal.createdAt.slice(0, 10) });
  if (!parsed.ok) return data<CloseResult>({ intent, ok: false, errors: parsed.errors, values: parsed.values }, { status: 400 });
  // "Change" on the confirmation step: back to the form with what was typed.
  if (form.get('confirm') === 'edit') return data<CloseResult>({ intent, ok: false, values: parsed.values });
  if (!parsed.confirmed) {
    return data<CloseResult>({
      intent,
      ok: false,
      values: parsed.values,
      confirm: { wonAmount: parsed.won ? (parsed.amount ?? options.deal.amount) : null, closedOn: parsed.closedOn },
    });
  }
  const result = await mutate(request, CloseDeal, { id: options.deal.id, won: parsed.won, amount: parsed.amount, closedAt: parsed.closedAt });
  if (!result.ok) {
    const fields = fieldErrorMap(result.error.fields);
    const errors: CloseFormErrors = {};
    if (fields.amount) errors.amount = fields.amount;
    if (fields.closedAt) errors.closedOn = fields.closedAt;
    const conflict = result.error.code === 'INVALID_STATE';
    return data<CloseResult>(
      { intent, ok: false, errors, values: parsed.values, formError: Object.keys(errors).length ? undefined : messageForError(result.error), conflict },
      // INVALID_STATE answers 200 so that the page revalidates and shows the current status.
      { status: conflict ? 200 : 400 },
    );
  }
  return data<CloseResult>({ intent, ok: true });
}
