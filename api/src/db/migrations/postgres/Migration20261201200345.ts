import { Migration } from '@mikro-orm/migrations';

/**
 * Foreign keys on the MDF tables: mdf_funds.partner_id -> partners,
 * mdf_requests.partner_id -> partners and fund_id -> mdf_funds,
 * mdf_claim_attachments -> mdf_requests and uploads.
 */
export class Migration20261201200345 extends Migration {

  override name = 'Migration20261201200345';

  override up(): void | Promise<void> {
    this.addSql(`alter table "mdf_funds" add constraint "mdf_funds_partner_id_foreign" foreign key ("partner_id") references "partners" ("id") on update cascade;`);

    this.addSql(`alter table "mdf_requests" add constraint "mdf_requests_partner_id_foreign" foreign key ("partner_id") references "partners" ("id") on update cascade;`);
    this.addSql(`alter table "mdf_requests" add constraint "mdf_requests_fund_id_foreign" foreign key ("fund_id") references "mdf_funds" ("id") on update cascade;`);

    this.addSql(`alter table "mdf_claim_attachments" add constraint "mdf_claim_attachments_request_id_foreign" foreign key ("request_id") references "mdf_requests" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "mdf_claim_attachments" add constraint "mdf_claim_attachments_upload_id_foreign" foreign key ("upload_id") references "uploads" ("id") on update cascade on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "mdf_claim_attachments" drop constraint "mdf_claim_attachments_request_id_foreign";`);
    this.addSql(`alter table "mdf_claim_attachments" drop constraint "mdf_claim_attachments_upload_id_foreign";`);

    this.addSql(`alter table "mdf_funds" drop constraint "mdf_funds_partner_id_foreign";`);

    this.addSql(`alter table "mdf_requests" drop constraint "mdf_requests_partner_id_foreign";`);
    this.addSql(`alter table "mdf_requests" drop constraint "mdf_requests_fund_id_foreign";`);
  }

}
