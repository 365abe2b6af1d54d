import type { EntityManager } from '@mikro-orm/core';
import type { LintContext } from '@tierwise/shared';
import type { Em } from '../../db/orm.js';
import { CertificationPath } from '../certifications/certification.entity.js';
import { Partner } from '../partners/partner.entity.js';
import { ProgramVersion } from './program-version.entity.js';

/** Reads of program versions and of what the program's checks need from the data. */

export function findDraft(em: Em): Promise<ProgramVersion | null> {
  return em.findOne(ProgramVersion, { status: 'DRAFT' });
}

export function findPublished(em: Em): Promise<ProgramVersion | null> {
  return em.findOne(ProgramVersion, { status: 'PUBLISHED' }, { orderBy: { version: 'desc' } });
}

/** The first version ever published (where the review calendar starts). */
export async function findFirstPublished(em: Em): Promise<ProgramVersion | null> {
  const [first] = await em.find(ProgramVersion, { status: 'PUBLISHED' }, { orderBy: { version: 'asc' }, limit: 1 });
  return first ?? null;
}

/** A stored version (published or the draft) by its number. */
export function findVersion(em: Em, version: number): Promise<ProgramVersion | null> {
  return em.findOne(ProgramVersion, { version });
}

/** The published versions, newest first. */
export function publishedVersions(em: Em): Promise<ProgramVersion[]> {
  return em.find(ProgramVersion, { status: 'PUBLISHED' }, { orderBy: { version: 'desc' } });
}

/** The number the next draft gets: one above every version so far (draft or published). */
export async function nextVersionNumber(em: EntityManager): Promise<number> {
  const [latest] = await em.find(ProgramVersion, {}, { orderBy: { version: 'desc' }, limit: 1, fields: ['version'] });
  return (latest?.version ?? 0) + 1;
}

/** What the design check needs from the data: which tracks can certify. */
export async function lintContext(em: Em): Promise<LintContext> {
  const paths = await em.find(CertificationPath, {}, { fields: ['trackKey'] });
  return { certificationTrackKeys: paths.map((p) => p.trackKey ?? null) };
}

/** Every (track, tier) some partner holds, offboarded partners included. */
export function heldPlacements(em: Em): Promise<{ trackKey: string; tierKey: string }[]> {
  return em
    .createQueryBuilder(Partner, 'p')
    .select(['p.trackKey', 'p.tierKey'])
    .groupBy(['p.trackKey', 'p.tierKey'])
    .execute<{ trackKey: string; tierKey: string }[]>('all', true);
}
