import { Migration } from '@mikro-orm/migrations';

export class Migration20261125065041 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "notifications" ("id" varchar(36) not null, "partner_id" varchar(36) not null, "kind" varchar(40) not null, "message" text not null, "created_at" timestamptz not null, constraint "notifications_pkey" primary key ("id"));`);
    this.addSql(`create index "notifications_partner_id_created_at_index" on "notifications" ("partner_id", "created_at");`);

    this.addSql(`create table "tier_changes" ("id" varchar(36) not null, "review_id" varchar(36) not null, "partner_id" varchar(36) not null, "track_key" varchar(40) not null, "from_tier_key" varchar(40) null, "to_tier_key" varchar(40) null, "move" varchar(8) not null, constraint "tier_changes_pkey" primary key ("id"));`);
    this.addSql(`create index "tier_changes_review_id_index" on "tier_changes" ("review_id");`);
    this.addSql(`create index "tier_changes_partner_id_index" on "tier_changes" ("partner_id");`);

    this.addSql(`create table "tier_reviews" ("id" varchar(36) not null, "program_version" int not null, "applied_at" timestamptz not null, "applied_by_id" varchar(36) null, "scheduled_for" timestamptz null, constraint "tier_reviews_pkey" primary key ("id"));`);
    this.addSql(`create index "tier_reviews_applied_at_index" on "tier_reviews" ("applied_at");`);
    this.addSql(`alter table "tier_reviews" add constraint "tier_reviews_scheduled_for_unique" unique ("scheduled_for");`);

    this.addSql(`alter table "partners" add column "override_reason" text null, add column "overridden_at" timestamptz null, add column "overridden_by_id" varchar(36) null, add column "override_pinned_until" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "notifications" cascade;`);

    this.addSql(`drop table if exists "tier_changes" cascade;`);

    this.addSql(`drop table if exists "tier_reviews" cascade;`);

    this.addSql(`alter table "partners" drop column "override_reason", drop column "overridden_at", drop column "overridden_by_id", drop column "override_pinned_until";`);
  }

}
