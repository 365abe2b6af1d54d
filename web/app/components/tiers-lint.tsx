import type { FieldError, LintSeverity } from '@tierwise/shared';
import { plainWords, ruleTitle } from '~/lib/plain-words';
import { SeverityBadge } from './badges';
import './tiers-lint.css';

export interface Finding {
  severity: LintSeverity;
  rule: string;
  path?: string | null;
  message: string;
}

/** Lint findings (errors first) as a compact list that fits beside the editor. */
export function FindingList({ findings, testId = 'lint-findings' }: { findings: readonly Finding[]; testId?: string }) {
  if (!findings.length) return <p className="ok-text" data-testid={testId}>No findings: the draft follows every design rule.</p>;
  const sorted = [...findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'ERROR' ? -1 : 1));
  return (
    <ul className="tiers-findings" data-testid={testId}>
      {sorted.map((f, i) => (
        <li key={`${f.rule}-${f.path}-${i}`} className={`tiers-finding tiers-finding--${f.severity.toLowerCase()}`} data-rule={f.rule}>
          <div className="tiers-finding-head">
            <SeverityBadge severity={f.severity} />
            <span className="tiers-finding-rule">{ruleTitle(f.rule)}</span>
            {f.path ? <span className="tiers-finding-path mono">{f.path}</span> : null}
          </div>
          <p>{plainWords(f.message)}</p>
        </li>
      ))}
    </ul>
  );
}

export function ParseErrorList({ errors, id }: { errors: readonly FieldError[]; id?: string }) {
  return (
    <ul className="error-list" id={id}>
      {errors.map((e, i) => (
        <li key={`${e.path}-${i}`}>
          <code>{e.path}</code>: {e.message}
        </li>
      ))}
    </ul>
  );
}

export function countFindings(findings: readonly Finding[]): { errors: number; warnings: number } {
  return {
    errors: findings.filter((f) => f.severity === 'ERROR').length,
    warnings: findings.filter((f) => f.severity === 'WARNING').length,
  };
}
