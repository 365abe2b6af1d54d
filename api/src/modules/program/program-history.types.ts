import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../graphql/scalars.js';
import type { ProgramVersion } from './program-version.entity.js';

@ObjectType({ description: 'One published version in the program history.' })
export class ProgramVersionInfo {
  @Field(() => Int)
  version!: number;

  @Field(() => String)
  name!: string;

  @Field(() => DateTimeScalar)
  publishedAt!: Date;

  @Field(() => ID, { nullable: true })
  publishedById!: string | null;
}

export const toVersionInfo = (v: ProgramVersion): ProgramVersionInfo => ({ version: v.version, name: v.document.name, publishedAt: v.publishedAt!, publishedById: v.publishedById ?? null });

@ObjectType({ description: 'A difference between two program versions.' })
export class ProgramChange {
  @Field(() => String, { description: 'ADDED, REMOVED or CHANGED.' })
  kind!: string;

  @Field(() => String, { description: '"program", a track key, "track/tier", or "track/tier/criterion:METRIC" and the like.' })
  path!: string;

  @Field(() => String)
  description!: string;
}
