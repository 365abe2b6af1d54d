import { Migration } from '@mikro-orm/migrations';

export class Migration20261125065455 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`mdf_claim_attachments\` (\`request_id\` text not null, \`upload_id\` text not null, primary key (\`request_id\`, \`upload_id\`));`);

    this.addSql(`create table \`mdf_funds\` (\`id\` text not null, \`partner_id\` text not null, \`quarter\` text not null, \`allocated\` bigint not null, \`committed\` bigint not null default 0, \`paid\` bigint not null default 0, \`tier_key_at_allocation\` text null, \`created_at\` datetime not null, primary key (\`id\`), constraint mdf_funds_never_overspent check (committed >= 0 and paid >= 0 and committed + paid <= allocated));`);
    this.addSql(`create unique index \`mdf_funds_partner_id_quarter_unique\` on \`mdf_funds\` (\`partner_id\`, \`quarter\`);`);

    this.addSql(`create table \`mdf_requests\` (\`id\` text not null, \`partner_id\` text not null, \`fund_id\` text not null, \`quarter\` text not null, \`activity\` text not null, \`description\` text null, \`requested_amount\` bigint not null, \`approved_amount\` bigint null, \`claimed_amount\` bigint null, \`paid_amount\` bigint null, \`status\` text not null default 'SUBMITTED', \`decision_reason\` text null, \`claim_results\` text null, \`submitted_by_id\` text not null, \`created_at\` datetime not null, \`decided_at\` datetime null, \`claim_due_at\` datetime null, \`claimed_at\` datetime null, \`paid_at\` datetime null, primary key (\`id\`));`);
    this.addSql(`create index \`mdf_requests_status_claim_due_at_index\` on \`mdf_requests\` (\`status\`, \`claim_due_at\`);`);
    this.addSql(`create index \`mdf_requests_partner_id_created_at_index\` on \`mdf_requests\` (\`partner_id\`, \`created_at\`);`);
    this.addSql(`create index \`mdf_requests_created_at_id_index\` on \`mdf_requests\` (\`created_at\`, \`id\`);`);

    this.addSql(`create table \`uploads\` (\`id\` text not null, \`partner_id\` text null, \`uploaded_by_id\` text not null, \`file_name\` text not null, \`mime_type\` text not null, \`size\` bigint not null, \`stored_name\` text not null, \`created_at\` datetime not null, primary key (\`id\`));`);
  }

}
