import { type Ref } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { User } from '../users/user.entity.js';
import { UuidKeyed } from '../../db/uuid-entity.js';

export interface StoredQuestion {
  id: string;
  prompt: string;
  choices: string[];
  /** Index into choices. Never leaves the server. */
  answer: number;
}

export interface StoredModule {
  id: string;
  title: string;
  kind: 'COURSE' | 'EXAM';
  /** Markdown, for course modules. */
  content: string | null;
  questions: StoredQuestion[];
}

@Entity({ tableName: 'certification_paths' })
export class CertificationPath extends UuidKeyed {
  @Property({ type: 'string', length: 40, unique: true })
  key!: string;

  @Property({ type: 'string', length: 120 })
  name!: string;

  /** Null: open to every track. */
  @Property({ type: 'string', length: 40, nullable: true })
  trackKey?: string | null;

  @Property({ type: 'integer' })
  validityDays!: number;

  @Property({ type: 'integer' })
  passingScore!: number;

  @Property({ type: 'json' })
  modules!: StoredModule[];

  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();
}

/** One user's progress on one path. Status is derived (certifiedAt, expiresAt), so it is right whenever it is read. */
@Entity({ tableName: 'certifications' })
@Unique({ properties: ['user', 'path'] })
@Index({ properties: ['certifiedAt', 'expiresAt'] })
export class Certification extends UuidKeyed {
  @ManyToOne({ entity: () => User, ref: true, updateRule: 'cascade' })
  user!: Ref<User>;

  @ManyToOne({ entity: () => CertificationPath, ref: true, updateRule: 'cascade' })
  path!: Ref<CertificationPath>;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  certifiedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  expiresAt?: Date | null;

  /** Bumped when an expired certification is taken again: completions of earlier rounds no longer count. */
  @Property({ type: 'integer', default: 1 })
  round: number = 1;
}

/** A module done within a round of a certification (insert-once: safe under concurrency). */
@Entity({ tableName: 'certification_module_completions' })
export class ModuleCompletion {
  @PrimaryKey({ type: 'string', length: 36 })
  certificationId!: string;

  @PrimaryKey({ type: 'integer' })
  round!: number;

  @PrimaryKey({ type: 'string', length: 80 })
  moduleId!: string;

  @Property({ type: 'datetime' })
  completedAt: Date = new Date();
}

@Entity({ tableName: 'exam_attempts' })
@Index({ properties: ['userId', 'at'] })
export class ExamAttempt extends UuidKeyed {
  @Property({ type: 'string', length: 36 })
  certificationId!: string;

  @Property({ type: 'string', length: 36 })
  userId!: string;

  @Property({ type: 'string', length: 80 })
  moduleId!: string;

  @Property({ type: 'integer' })
  score!: number;

  @Property({ type: 'boolean' })
  passed!: boolean;

  @Property({ type: 'datetime' })
  at: Date = new Date();
}
