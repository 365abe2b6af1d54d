import { Migration } from '@mikro-orm/migrations';

export class Migration20261125062446 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_entries" ("id" varchar(36) not null, "at" timestamptz not null, "actor_id" varchar(36) null, "action" varchar(80) not null, "entity_type" varchar(40) not null, "entity_id" varchar(100) not null, "before" text null, "after" text null, "reason" text null, constraint "audit_entries_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_entries_entity_id_index" on "audit_entries" ("entity_id");`);
    this.addSql(`create index "audit_entries_at_id_index" on "audit_entries" ("at", "id");`);

    this.addSql(`create table "program_versions" ("id" varchar(36) not null, "version" int not null, "status" varchar(10) not null default 'DRAFT', "document" jsonb not null, "updated_at" timestamptz not null, "updated_by_id" varchar(36) null, "published_at" timestamptz null, "published_by_id" varchar(36) null, constraint "program_versions_pkey" primary key ("id"));`);
    this.addSql(`alter table "program_versions" add constraint "program_versions_version_unique" unique ("version");`);

    this.addSql(`create table "sessions" ("id" varchar(64) not null, "user_id" varchar(36) not null, "expires_at" timestamptz not null, "created_at" timestamptz not null, constraint "sessions_pkey" primary key ("id"));`);
    this.addSql(`create index "sessions_user_id_index" on "sessions" ("user_id");`);

    this.addSql(`create table "users" ("id" varchar(36) not null, "email" varchar(254) not null, "name" varchar(120) not null, "role" varchar(20) not null, "partner_id" varchar(36) null, "password_hash" varchar(200) not null, "created_at" timestamptz not null, "last_sign_in_at" timestamptz null, "disabled_at" timestamptz null, constraint "users_pkey" primary key ("id"));`);
    this.addSql(`alter table "users" add constraint "users_email_unique" unique ("email");`);
    this.addSql(`create index "users_partner_id_index" on "users" ("partner_id");`);
    this.addSql(`create index "users_last_sign_in_at_index" on "users" ("last_sign_in_at");`);

    this.addSql(`create table "partners" ("id" varchar(36) not null, "name" varchar(120) not null, "domain" varchar(253) null, "status" varchar(20) not null default 'ONBOARDING', "track_key" varchar(40) not null, "tier_key" varchar(40) not null, "manager_id" varchar(36) null, "created_at" timestamptz not null, "offboarded_at" timestamptz null, constraint "partners_pkey" primary key ("id"));`);
    this.addSql(`create index "partners_name_id_index" on "partners" ("name", "id");`);

    this.addSql(`create table "invitations" ("id" varchar(36) not null, "email" varchar(254) not null, "role" varchar(20) not null, "partner_id" varchar(36) null, "token_hash" varchar(64) not null, "invited_by_id" varchar(36) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, constraint "invitations_pkey" primary key ("id"));`);
    this.addSql(`alter table "invitations" add constraint "invitations_token_hash_unique" unique ("token_hash");`);

    this.addSql(`alter table "users" add constraint "users_partner_id_foreign" foreign key ("partner_id") references "partners" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "partners" add constraint "partners_manager_id_foreign" foreign key ("manager_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "invitations" add constraint "invitations_partner_id_foreign" foreign key ("partner_id") references "partners" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "invitations" add constraint "invitations_invited_by_id_foreign" foreign key ("invited_by_id") references "users" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "partners" drop constraint "partners_manager_id_foreign";`);

    this.addSql(`alter table "invitations" drop constraint "invitations_invited_by_id_foreign";`);

    this.addSql(`alter table "users" drop constraint "users_partner_id_foreign";`);

    this.addSql(`alter table "invitations" drop constraint "invitations_partner_id_foreign";`);

    this.addSql(`drop table if exists "audit_entries" cascade;`);

    this.addSql(`drop table if exists "program_versions" cascade;`);

    this.addSql(`drop table if exists "sessions" cascade;`);

    this.addSql(`drop table if exists "users" cascade;`);

    this.addSql(`drop table if exists "partners" cascade;`);

    this.addSql(`drop table if exists "invitations" cascade;`);
  }

}
