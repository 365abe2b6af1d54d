import { Migration } from '@mikro-orm/migrations';

/**
 * Sessions now store the SHA-256 of their token, not the token: the sessions
 * of the lucia era cannot be validated any more, so they end here (everyone
 * signs in once again).
 */
export class Migration20261201120000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`delete from sessions;`);
  }

}
