import { Migration } from '@mikro-orm/migrations';

/**
 * MikroORM 7. Sessions now store the SHA-256 of their token, not the token: the sessions
 * of the lucia era cannot be validated any more, so they end here (everyone
 * signs in once again).
 */
export class Migration20261201120000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`delete from sessions;`);
    // MikroORM 7 shortens long constraint names with another hash: take its name, so schema diffs stay empty.
    this.addSql(`alter table "deal_conflicts" rename constraint "deal_conflicts_deal_id_kind_other_deal_id_direct__e642d_unique" to "deal_conflicts_deal_id_kind_other_deal_id_direct__42ace_unique";`);
  }

}
