import { Migration } from '@mikro-orm/migrations';

/**
 * Foreign keys on the MDF tables: mdf_funds.partner_id -> partners,
 * mdf_requests.partner_id -> partners and fund_id -> mdf_funds,
 * mdf_claim_attachments -> mdf_requests and uploads. SQLite cannot add a
 * constraint to a table, so each table is rebuilt (created anew, its rows
 * copied, the old one dropped, the new one renamed, its indexes and the fund's
 * check recreated). The pragmas are no-ops inside the migration's transaction:
 * foreign keys stay enforced, so the parents are rebuilt before their children
 * and every copied row must reference an existing row.
 */
export class Migration20261201200344 extends Migration {

  override name = 'Migration20261201200344';

  override up(): void | Promise<void> {
    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(`create table \`mdf_funds__temp_alter\` (\`id\` text not null primary key, \`partner_id\` text not null, \`quarter\` text not null, \`allocated\` bigint not null, \`committed\` bigint not null default 0, \`paid\` bigint not null default 0, \`tier_key_at_allocation\` text null, \`created_at\` datetime not null, constraint \`mdf_funds_partner_id_foreign\` foreign key (\`partner_id\`) references \`partners\` (\`id\`) on update cascade, constraint \`mdf_funds_never_overspent\` check (committed >= 0 and paid >= 0 and committed + paid <= allocated));`);
    this.addSql(`insert into \`mdf_funds__temp_alter\` select \`id\`, \`partner_id\`, \`quarter\`, \`allocated\`, \`committed\`, \`paid\`, \`tier_key_at_allocation\`, \`created_at\` from \`mdf_funds\`;`);
    this.addSql(`drop table \`mdf_funds\`;`);
    this.addSql(`alter table \`mdf_funds__temp_alter\` rename to \`mdf_funds\`;`);
    this.addSql(`create index \`mdf_funds_partner_id_index\` on \`mdf_funds\` (\`partner_id\`);`);
    this.addSql(`create unique index \`mdf_funds_partner_id_quarter_unique\` on \`mdf_funds\` (\`partner_id\`, \`quarter\`);`);
    this.addSql(`pragma foreign_keys = on;`);

    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(`create table \`mdf_requests__temp_alter\` (\`id\` text not null primary key, \`partner_id\` text not null, \`fund_id\` text not null, \`quarter\` text not null, \`activity\` text not null, \`description\` text null, \`requested_amount\` bigint not null, \`approved_amount\` bigint null, \`claimed_amount\` bigint null, \`paid_amount\` bigint null, \`status\` text not null default 'SUBMITTED', \`decision_reason\` text null, \`claim_results\` text null, \`submitted_by_id\` text not null, \`created_at\` datetime not null, \`decided_at\` datetime null, \`claim_due_at\` datetime null, \`claimed_at\` datetime null, \`paid_at\` datetime null, constraint \`mdf_requests_partner_id_foreign\` foreign key (\`partner_id\`) references \`partners\` (\`id\`) on update cascade, constraint \`mdf_requests_fund_id_foreign\` foreign key (\`fund_id\`) references \`mdf_funds\` (\`id\`) on update cascade);`);
    this.addSql(`insert into \`mdf_requests__temp_alter\` select \`id\`, \`partner_id\`, \`fund_id\`, \`quarter\`, \`activity\`, \`description\`, \`requested_amount\`, \`approved_amount\`, \`claimed_amount\`, \`paid_amount\`, \`status\`, \`decision_reason\`, \`claim_results\`, \`submitted_by_id\`, \`created_at\`, \`decided_at\`, \`claim_due_at\`, \`claimed_at\`, \`paid_at\` from \`mdf_requests\`;`);
    this.addSql(`drop table \`mdf_requests\`;`);
    this.addSql(`alter table \`mdf_requests__temp_alter\` rename to \`mdf_requests\`;`);
    this.addSql(`create index \`mdf_requests_partner_id_index\` on \`mdf_requests\` (\`partner_id\`);`);
    this.addSql(`create index \`mdf_requests_fund_id_index\` on \`mdf_requests\` (\`fund_id\`);`);
    this.addSql(`create index \`mdf_requests_status_claim_due_at_index\` on \`mdf_requests\` (\`status\`, \`claim_due_at\`);`);
    this.addSql(`create index \`mdf_requests_partner_id_created_at_index\` on \`mdf_requests\` (\`partner_id\`, \`created_at\`);`);
    this.addSql(`create index \`mdf_requests_created_at_id_index\` on \`mdf_requests\` (\`created_at\`, \`id\`);`);
    this.addSql(`pragma foreign_keys = on;`);

    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(`create table \`mdf_claim_attachments__temp_alter\` (\`request_id\` text not null, \`upload_id\` text not null, primary key (\`request_id\`, \`upload_id\`), constraint \`mdf_claim_attachments_request_id_foreign\` foreign key (\`request_id\`) references \`mdf_requests\` (\`id\`) on update cascade on delete cascade, constraint \`mdf_claim_attachments_upload_id_foreign\` foreign key (\`upload_id\`) references \`uploads\` (\`id\`) on update cascade on delete cascade);`);
    this.addSql(`insert into \`mdf_claim_attachments__temp_alter\` select \`request_id\`, \`upload_id\` from \`mdf_claim_attachments\`;`);
    this.addSql(`drop table \`mdf_claim_attachments\`;`);
    this.addSql(`alter table \`mdf_claim_attachments__temp_alter\` rename to \`mdf_claim_attachments\`;`);
    this.addSql(`create index \`mdf_claim_attachments_request_id_index\` on \`mdf_claim_attachments\` (\`request_id\`);`);
    this.addSql(`create index \`mdf_claim_attachments_upload_id_index\` on \`mdf_claim_attachments\` (\`upload_id\`);`);
    this.addSql(`pragma foreign_keys = on;`);
  }

}
