import { Migration } from '@mikro-orm/migrations';

export class Migration20261125073520 extends Migration {

  override async up(): Promise<void> {

    this.addSql(`create unique index program_versions_one_draft on program_versions (status) where status = 'DRAFT';`);
  }

}
