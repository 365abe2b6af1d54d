import { Migration } from '@mikro-orm/migrations';

export class Migration20261125062446 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`audit_entries\` (\`id\` text not null, \`at\` datetime not null, \`actor_id\` text null, \`action\` text not null, \`entity_type\` text not null, \`entity_id\` text not null, \`before\` text null, \`after\` text null, \`reason\` text null, primary key (\`id\`));`);
    this.addSql(`create index \`audit_entries_entity_id_index\` on \`audit_entries\` (\`entity_id\`);`);
    this.addSql(`create index \`audit_entries_at_id_index\` on \`audit_entries\` (\`at\`, \`id\`);`);

    this.addSql(`create table \`program_versions\` (\`id\` text not null, \`version\` integer not null, \`status\` text not null default 'DRAFT', \`document\` json not null, \`updated_at\` datetime not null, \`updated_by_id\` text null, \`published_at\` datetime null, \`published_by_id\` text null, primary key (\`id\`));`);
    this.addSql(`create unique index \`program_versions_version_unique\` on \`program_versions\` (\`version\`);`);

    this.addSql(`create table \`sessions\` (\`id\` text not null, \`user_id\` text not null, \`expires_at\` datetime not null, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`sessions_user_id_index\` on \`sessions\` (\`user_id\`);`);

    this.addSql(`create table \`users\` (\`id\` text not null, \`email\` text not null, \`name\` text not null, \`role\` text not null, \`partner_id\` text null, \`password_hash\` text not null, \`created_at\` datetime not null, \`last_sign_in_at\` datetime null, \`disabled_at\` datetime null, constraint \`users_partner_id_foreign\` foreign key(\`partner_id\`) references \`partners\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`users_email_unique\` on \`users\` (\`email\`);`);
    this.addSql(`create index \`users_partner_id_index\` on \`users\` (\`partner_id\`);`);
    this.addSql(`create index \`users_last_sign_in_at_index\` on \`users\` (\`last_sign_in_at\`);`);

    this.addSql(`create table \`partners\` (\`id\` text not null, \`name\` text not null, \`domain\` text null, \`status\` text not null default 'ONBOARDING', \`track_key\` text not null, \`tier_key\` text not null, \`manager_id\` text null, \`created_at\` datetime not null, \`offboarded_at\` datetime null, constraint \`partners_manager_id_foreign\` foreign key(\`manager_id\`) references \`users\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`partners_manager_id_index\` on \`partners\` (\`manager_id\`);`);
    this.addSql(`create index \`partners_name_id_index\` on \`partners\` (\`name\`, \`id\`);`);

    this.addSql(`create table \`invitations\` (\`id\` text not null, \`email\` text not null, \`role\` text not null, \`partner_id\` text null, \`token_hash\` text not null, \`invited_by_id\` text not null, \`created_at\` datetime not null, \`expires_at\` datetime not null, \`accepted_at\` datetime null, constraint \`invitations_partner_id_foreign\` foreign key(\`partner_id\`) references \`partners\`(\`id\`) on delete set null on update cascade, constraint \`invitations_invited_by_id_foreign\` foreign key(\`invited_by_id\`) references \`users\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`invitations_partner_id_index\` on \`invitations\` (\`partner_id\`);`);
    this.addSql(`create unique index \`invitations_token_hash_unique\` on \`invitations\` (\`token_hash\`);`);
    this.addSql(`create index \`invitations_invited_by_id_index\` on \`invitations\` (\`invited_by_id\`);`);
  }

}
