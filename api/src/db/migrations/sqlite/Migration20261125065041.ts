import { Migration } from '@mikro-orm/migrations';

export class Migration20261125065041 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`notifications\` (\`id\` text not null, \`partner_id\` text not null, \`kind\` text not null, \`message\` text not null, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`notifications_partner_id_created_at_index\` on \`notifications\` (\`partner_id\`, \`created_at\`);`);

    this.addSql(`create table \`tier_changes\` (\`id\` text not null, \`review_id\` text not null, \`partner_id\` text not null, \`track_key\` text not null, \`from_tier_key\` text null, \`to_tier_key\` text null, \`move\` text not null, primary key (\`id\`));`);
    this.addSql(`create index \`tier_changes_review_id_index\` on \`tier_changes\` (\`review_id\`);`);
    this.addSql(`create index \`tier_changes_partner_id_index\` on \`tier_changes\` (\`partner_id\`);`);

    this.addSql(`create table \`tier_reviews\` (\`id\` text not null, \`program_version\` integer not null, \`applied_at\` datetime not null, \`applied_by_id\` text null, \`scheduled_for\` datetime null, primary key (\`id\`));`);
    this.addSql(`create index \`tier_reviews_applied_at_index\` on \`tier_reviews\` (\`applied_at\`);`);
    this.addSql(`create unique index \`tier_reviews_scheduled_for_unique\` on \`tier_reviews\` (\`scheduled_for\`);`);

    this.addSql(`alter table \`partners\` add column \`override_reason\` text null;`);
    this.addSql(`alter table \`partners\` add column \`overridden_at\` datetime null;`);
    this.addSql(`alter table \`partners\` add column \`overridden_by_id\` text null;`);
    this.addSql(`alter table \`partners\` add column \`override_pinned_until\` datetime null;`);
  }

}
