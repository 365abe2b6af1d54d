import { Migration } from '@mikro-orm/migrations';

export class Migration20261125063957 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`program_versions\` add column \`revision\` integer not null default 0;`);
  }

}
