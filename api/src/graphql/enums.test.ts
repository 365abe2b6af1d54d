import fs from 'node:fs';
import { buildSchema, isEnumType } from 'graphql';
import * as shared from '@tierwise/shared';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../config/env.js';

const ENUMS_SOURCE = fs.readFileSync(new URL('./enums.ts', import.meta.url), 'utf8');
const EMITTED = buildSchema(fs.readFileSync(`${REPO_ROOT}/api/schema.graphql`, 'utf8'));

/** Each GraphQL enum and the shared list it must be built from. */
const SOURCES: Record<string, readonly string[]> = {
  Role: shared.ROLES,
  IncentiveModel: shared.INCENTIVE_MODELS,
  TierMetric: shared.TIER_METRICS,
  BenefitKind: shared.BENEFIT_KINDS,
  StepCompletion: shared.STEP_COMPLETIONS,
  LintSeverity: shared.LINT_SEVERITIES,
  PartnerStatus: shared.PARTNER_STATUSES,
  Attribution: shared.ATTRIBUTIONS,
  DealStatus: shared.DEAL_STATUSES,
  ConflictKind: shared.CONFLICT_KINDS,
  ModuleKind: shared.MODULE_KINDS,
  CertificationStatus: shared.CERTIFICATION_STATUSES,
  MdfRequestStatus: shared.MDF_STATUSES,
  TierMove: shared.TIER_MOVES,
};

/** Enums of the API's own (how to sort a page), not domain vocabulary. */
const API_ONLY = new Set(['DealOrder']);

describe('GraphQL enums', () => {
  it('are built from the lists in shared/, never typed out in the API', () => {
    // A literal list (`enumOf(['A', 'B'])`) would restate the vocabulary.
    expect(ENUMS_SOURCE).not.toMatch(/enumOf\(\s*\[/);
    expect(ENUMS_SOURCE).not.toMatch(/registerEnumType\(\s*\{/);
  });

  it('each schema enum has exactly the values of its shared list, and every schema enum is listed here', () => {
    const enums = Object.values(EMITTED.getTypeMap()).filter((t) => isEnumType(t) && !t.name.startsWith('__') && !API_ONLY.has(t.name));
    expect(enums.map((e) => e.name).sort()).toEqual(Object.keys(SOURCES).sort());
    for (const e of enums) {
      if (!isEnumType(e)) continue;
      expect(e.getValues().map((v) => v.name).sort(), e.name).toEqual([...SOURCES[e.name]].sort());
    }
  });
});
