import { Entity, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { ProgramDoc } from '@tierwise/shared';
import { UuidKeyed } from '../../db/uuid-entity.js';

export type ProgramVersionStatus = 'DRAFT' | 'PUBLISHED';

/**
 * One row per program version. At most one DRAFT (the next number); PUBLISHED
 * rows are immutable snapshots that partners and reviews read.
 */
@Entity({ tableName: 'program_versions' })
// At most one open draft: two admins creating the first draft at once cannot open two.
@Unique({ name: 'program_versions_one_draft', expression: `create unique index program_versions_one_draft on program_versions (status) where status = 'DRAFT'` })
export class ProgramVersion extends UuidKeyed {
  @Property({ type: 'integer', unique: true })
  version!: number;

  @Property({ type: 'string', length: 10 })
  status: ProgramVersionStatus = 'DRAFT';

  @Property({ type: 'json' })
  document!: ProgramDoc;

  /** Bumped at every save of a draft: publish and save are conditional on it, so neither acts on a stale read. */
  @Property({ type: 'integer', default: 0 })
  revision: number = 0;

  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();

  @Property({ type: 'string', length: 36, nullable: true })
  updatedById?: string | null;

  @Property({ type: 'datetime', nullable: true })
  publishedAt?: Date | null;

  @Property({ type: 'string', length: 36, nullable: true })
  publishedById?: string | null;
}
