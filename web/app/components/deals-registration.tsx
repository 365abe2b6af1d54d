import { formatMoney, type Attribution } from '@tierwise/shared';
import type { ReactNode } from 'react';
import { ATTRIBUTION_HELP, type CloseResult } from '~/lib/deals';
import { formatDate } from '~/lib/format';
import { AttributionTag } from './deals-badges';
import { CloseDealForms, DealHistory, type DealHistoryFields } from './deals-detail';
import { Card } from './page';

/** What a deal page shows of a registration, for both roles (DealDetail in ~/lib/fragments). */
export interface DealPageFields extends DealHistoryFields {
  customerName: string;
  customerDomain: string;
  amount: number;
  attribution: Attribution;
  expectedCloseDate: string;
  wonAmount?: number | null;
}

/**
 * The body of a deal page, portal and console alike: the registration's facts
 * (with the role's own rows before and after), its history and, while it is
 * APPROVED, the close forms.
 */
export function DealRegistration({
  deal,
  currency,
  now,
  closeResult,
  leadingFacts,
  trailingFacts,
  attributionHelp = false,
}: {
  deal: DealPageFields;
  currency: string;
  now: number;
  /** The failed close answer to show again (null: none). */
  closeResult: CloseResult | null;
  leadingFacts?: ReactNode;
  trailingFacts?: ReactNode;
  /** Explain the attribution (for partners, who chose it). */
  attributionHelp?: boolean;
}) {
  return (
    <>
      <div className="grid grid--2">
        <Card title="Registration" id="registration">
          <dl className="summary-list">
            {leadingFacts}
            <Fact term="Customer">{deal.customerName}</Fact>
            <Fact term="Domain">{deal.customerDomain}</Fact>
            <Fact term="Amount">{formatMoney(deal.amount, currency)}</Fact>
            <Fact term="Attribution">
              <AttributionTag attribution={deal.attribution} />
              {attributionHelp ? <span className="muted">{ATTRIBUTION_HELP[deal.attribution]}</span> : null}
            </Fact>
            <Fact term="Expected close">{formatDate(deal.expectedCloseDate)}</Fact>
            {trailingFacts}
          </dl>
        </Card>
        <Card title="History" id="history">
          <DealHistory deal={{ ...deal, wonAmountText: deal.wonAmount != null ? formatMoney(deal.wonAmount, currency) : null }} now={now} />
        </Card>
      </div>

      {deal.status === 'APPROVED' ? (
        <Card title="Close the deal" id="close">
          <CloseDealForms
            amount={deal.amount}
            currency={currency}
            result={closeResult}
            today={new Date(now).toISOString().slice(0, 10)}
            registeredOn={deal.createdAt.slice(0, 10)}
          />
        </Card>
      ) : null}
    </>
  );
}

/** One row of a summary list. */
export function Fact({ term, children, testId }: { term: string; children: ReactNode; testId?: string }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd data-testid={testId}>{children}</dd>
    </div>
  );
}
