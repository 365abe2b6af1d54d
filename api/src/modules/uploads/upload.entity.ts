import { BigIntType } from '@mikro-orm/core';
import { Entity, Property } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { UuidEntity } from '../../db/uuid-entity.js';

/** A stored file (proof of performance). The file lives under UPLOAD_DIR with a random name. */
@Entity({ tableName: 'uploads' })
@ObjectType('Upload')
export class Upload extends UuidEntity {
  /** The partner whose users may read it; null for a vendor staff upload. */
  @Property({ type: 'string', length: 36, nullable: true })
  partnerId?: string | null;

  @Property({ type: 'string', length: 36 })
  uploadedById!: string;

  @Property({ type: 'string', length: 200 })
  @Field(() => String)
  fileName!: string;

  @Property({ type: 'string', length: 40 })
  @Field(() => String)
  mimeType!: string;

  @Property({ type: new BigIntType('number') })
  @Field(() => Int)
  size!: number;

  @Property({ type: 'string', length: 64 })
  storedName!: string;

  @Property({ type: 'datetime' })
  @Field(() => DateTimeScalar)
  createdAt: Date = new Date();
}
