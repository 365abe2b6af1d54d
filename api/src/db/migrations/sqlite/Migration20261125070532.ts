import { Migration } from '@mikro-orm/migrations';

export class Migration20261125070532 extends Migration {

  override async up(): Promise<void> {

    this.addSql(`alter table \`tier_changes\` add column \`pinned\` integer not null default false;`);
  }

}
