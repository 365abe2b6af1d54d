import { Migration } from '@mikro-orm/migrations';

export class Migration20261125063958 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "program_versions" add column "revision" int not null default 0;`);

    this.addSql(`drop index "deals_customer_name_trgm_index";`);
  }

  override async down(): Promise<void> {
    this.addSql(`create index "deals_customer_name_trgm_index" on "deals" ("customer_name_normalised");`);

    this.addSql(`alter table "program_versions" drop column "revision";`);
  }

}
