import { Migration } from '@mikro-orm/migrations';

export class Migration20261125063344 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`deal_conflicts\` (\`id\` text not null, \`deal_id\` text not null, \`kind\` text not null, \`other_deal_id\` text null, \`direct_account_id\` text null, \`detail\` text null, primary key (\`id\`));`);
    this.addSql(`create index \`deal_conflicts_deal_id_index\` on \`deal_conflicts\` (\`deal_id\`);`);
    this.addSql(`create unique index \`deal_conflicts_deal_id_kind_other_deal_id_direct_account_id_unique\` on \`deal_conflicts\` (\`deal_id\`, \`kind\`, \`other_deal_id\`, \`direct_account_id\`);`);

    this.addSql(`create table \`direct_accounts\` (\`id\` text not null, \`domain\` text not null, \`name\` text not null, \`owner\` text null, \`imported_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`direct_accounts_domain_unique\` on \`direct_accounts\` (\`domain\`);`);

    this.addSql(`create table \`partner_events\` (\`partner_id\` text not null, \`kind\` text not null, \`first_at\` datetime not null, primary key (\`partner_id\`, \`kind\`));`);

    this.addSql(`create table \`deals\` (\`id\` text not null, \`partner_id\` text not null, \`submitted_by_id\` text not null, \`customer_name\` text not null, \`customer_name_normalised\` text not null, \`customer_domain\` text not null, \`amount\` bigint not null, \`expected_close_date\` datetime not null, \`attribution\` text not null, \`status\` text not null default 'SUBMITTED', \`notes\` text null, \`created_at\` datetime not null, \`review_due_at\` datetime not null, \`decided_at\` datetime null, \`decided_by_id\` text null, \`rejection_reason\` text null, \`protection_ends_at\` datetime null, \`closed_at\` datetime null, \`won_amount\` bigint null, \`earning_model\` text null, \`earning_track_key\` text null, \`earning_tier_key\` text null, \`earning_program_version\` integer null, \`earning_amount\` bigint null, constraint \`deals_partner_id_foreign\` foreign key(\`partner_id\`) references \`partners\`(\`id\`) on update cascade, constraint \`deals_submitted_by_id_foreign\` foreign key(\`submitted_by_id\`) references \`users\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`deals_partner_id_index\` on \`deals\` (\`partner_id\`);`);
    this.addSql(`create index \`deals_submitted_by_id_index\` on \`deals\` (\`submitted_by_id\`);`);
    this.addSql(`create index \`deals_status_protection_ends_at_index\` on \`deals\` (\`status\`, \`protection_ends_at\`);`);
    this.addSql(`create index \`deals_customer_domain_status_index\` on \`deals\` (\`customer_domain\`, \`status\`);`);
    this.addSql(`create index \`deals_status_review_due_at_index\` on \`deals\` (\`status\`, \`review_due_at\`);`);
    this.addSql(`create index \`deals_partner_id_created_at_index\` on \`deals\` (\`partner_id\`, \`created_at\`);`);
    this.addSql(`create index \`deals_created_at_id_index\` on \`deals\` (\`created_at\`, \`id\`);`);
  }

}
