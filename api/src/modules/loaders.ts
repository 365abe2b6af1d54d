import DataLoader from 'dataloader';
import type { Em } from '../db/orm.js';
import { CertificationPath, ModuleCompletion } from './certifications/certification.entity.js';
import { DealConflict } from './deals/deal-conflict.entity.js';
import { Deal } from './deals/deal.entity.js';
import { Partner } from './partners/partner.entity.js';
import { ProgramVersion } from './program/program-version.entity.js';
import { User } from './users/user.entity.js';

function byId<T extends { id: string }>(em: Em, entity: new () => T) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await em.find(entity as never, { id: { $in: [...ids] } } as never);
    const map = new Map((rows as T[]).map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

/** Per-request loaders: batch look-ups within one request; never shared across users. */
export function createLoaders(em: Em) {
  let published: Promise<ProgramVersion | null> | undefined;
  return {
    user: byId(em, User),
    partner: byId(em, Partner),
    deal: byId(em, Deal),
    certificationPath: byId(em, CertificationPath),
    /** Module ids done, keyed "certificationId:round". */
    moduleCompletions: new DataLoader<string, string[]>(async (keys) => {
      const ids = [...new Set(keys.map((k) => k.slice(0, k.lastIndexOf(':'))))];
      const rows = await em.find(ModuleCompletion, { certificationId: { $in: ids } }, { orderBy: { completedAt: 'asc' } });
      return keys.map((k) => rows.filter((r) => `${r.certificationId}:${r.round}` === k).map((r) => r.moduleId));
    }),
    conflictsOfDeal: new DataLoader<string, DealConflict[]>(async (dealIds) => {
      const rows = await em.find(DealConflict, { dealId: { $in: [...dealIds] } }, { orderBy: { kind: 'asc', id: 'asc' } });
      return dealIds.map((id) => rows.filter((r) => r.dealId === id));
    }),
    programVersion: new DataLoader<number, ProgramVersion | null>(async (versions) => {
      const rows = await em.find(ProgramVersion, { version: { $in: [...versions] } });
      return versions.map((v) => rows.find((r) => r.version === v) ?? null);
    }),
    /** The latest published program version, read once per request. */
    publishedProgram: () =>
      (published ??= em.findOne(ProgramVersion, { status: 'PUBLISHED' }, { orderBy: { version: 'desc' } })),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
