import { formatMoney, type MdfStatus } from '@tierwise/shared';
import { fundSegments, MDF_STATUS_LABELS, MDF_STATUS_LABELS_VENDOR, MDF_STATUS_TONE, type FundLike } from '~/lib/mdf';
import { StackedBar, type ChartTone } from './tiers-charts';
import './mdf-badges.css';

export function MdfStatusBadge({ status, audience = 'partner' }: { status: MdfStatus; audience?: 'partner' | 'vendor' }) {
  const labels = audience === 'vendor' ? MDF_STATUS_LABELS_VENDOR : MDF_STATUS_LABELS;
  return (
    <span className={`badge mdf-status mdf-status--${MDF_STATUS_TONE[status]}`} data-status={status}>
      <span className="badge-dot" aria-hidden="true" />
      {labels[status] ?? status}
    </span>
  );
}

const SEGMENT_TONE: Record<string, ChartTone> = { paid: 'ok', committed: 'warning', available: 'brand' };

/** A quarter's fund: a stacked bar (paid, committed, available) and the numbers. */
export function FundBalance({ fund, currency, id = 'fund' }: { fund: FundLike & { quarter: string }; currency: string; id?: string }) {
  const money = (v: number) => formatMoney(v, currency);
  const segments = fundSegments(fund).map((s) => ({ ...s, tone: SEGMENT_TONE[s.key] ?? 'muted' }));
  return (
    <div className="mdf-fund" data-testid={`${id}-balance`}>
      <p className="mdf-fund-head">
        <span className="mdf-fund-available">
          <strong data-testid={`${id}-available`}>{money(fund.available)}</strong> available
        </span>
        <span className="muted">
          of {money(fund.allocated)} allocated for {fund.quarter}
        </span>
      </p>
      <StackedBar id={id} title={`Fund ${fund.quarter}`} segments={segments} format={money} total={`${money(fund.allocated)} allocated`} />
    </div>
  );
}
