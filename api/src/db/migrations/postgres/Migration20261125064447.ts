import { Migration } from '@mikro-orm/migrations';

export class Migration20261125064447 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "certification_paths" ("id" varchar(36) not null, "key" varchar(40) not null, "name" varchar(120) not null, "track_key" varchar(40) null, "validity_days" int not null, "passing_score" int not null, "modules" jsonb not null, "updated_at" timestamptz not null, constraint "certification_paths_pkey" primary key ("id"));`);
    this.addSql(`alter table "certification_paths" add constraint "certification_paths_key_unique" unique ("key");`);

    this.addSql(`create table "exam_attempts" ("id" varchar(36) not null, "certification_id" varchar(36) not null, "user_id" varchar(36) not null, "module_id" varchar(80) not null, "score" int not null, "passed" boolean not null, "at" timestamptz not null, constraint "exam_attempts_pkey" primary key ("id"));`);
    this.addSql(`create index "exam_attempts_user_id_at_index" on "exam_attempts" ("user_id", "at");`);

    this.addSql(`create table "certification_module_completions" ("certification_id" varchar(36) not null, "round" int not null, "module_id" varchar(80) not null, "completed_at" timestamptz not null, constraint "certification_module_completions_pkey" primary key ("certification_id", "round", "module_id"));`);

    this.addSql(`create table "onboarding_completions" ("partner_id" varchar(36) not null, "step_key" varchar(40) not null, "completed_at" timestamptz not null, "completed_by_id" varchar(36) null, constraint "onboarding_completions_pkey" primary key ("partner_id", "step_key"));`);

    this.addSql(`create table "certifications" ("id" varchar(36) not null, "user_id" varchar(36) not null, "path_id" varchar(36) not null, "created_at" timestamptz not null, "certified_at" timestamptz null, "expires_at" timestamptz null, "round" int not null default 1, constraint "certifications_pkey" primary key ("id"));`);
    this.addSql(`create index "certifications_certified_at_expires_at_index" on "certifications" ("certified_at", "expires_at");`);
    this.addSql(`alter table "certifications" add constraint "certifications_user_id_path_id_unique" unique ("user_id", "path_id");`);

    this.addSql(`alter table "certifications" add constraint "certifications_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade;`);
    this.addSql(`alter table "certifications" add constraint "certifications_path_id_foreign" foreign key ("path_id") references "certification_paths" ("id") on update cascade;`);

    this.addSql(`alter table "partners" add column "description" text null, add column "logo_url" varchar(500) null, add column "regions" jsonb null, add column "contact_name" varchar(120) null, add column "contact_email" varchar(254) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "certifications" drop constraint "certifications_path_id_foreign";`);

    this.addSql(`drop table if exists "certification_paths" cascade;`);

    this.addSql(`drop table if exists "exam_attempts" cascade;`);

    this.addSql(`drop table if exists "certification_module_completions" cascade;`);

    this.addSql(`drop table if exists "onboarding_completions" cascade;`);

    this.addSql(`drop table if exists "certifications" cascade;`);

    this.addSql(`alter table "partners" drop column "description", drop column "logo_url", drop column "regions", drop column "contact_name", drop column "contact_email";`);
  }

}
