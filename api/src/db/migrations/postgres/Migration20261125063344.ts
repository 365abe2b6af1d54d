import { Migration } from '@mikro-orm/migrations';

export class Migration20261125063344 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "deal_conflicts" ("id" varchar(36) not null, "deal_id" varchar(36) not null, "kind" varchar(16) not null, "other_deal_id" varchar(36) null, "direct_account_id" varchar(36) null, "detail" text null, constraint "deal_conflicts_pkey" primary key ("id"));`);
    this.addSql(`create index "deal_conflicts_deal_id_index" on "deal_conflicts" ("deal_id");`);
    this.addSql(`alter table "deal_conflicts" add constraint "deal_conflicts_deal_id_kind_other_deal_id_direct__e642d_unique" unique ("deal_id", "kind", "other_deal_id", "direct_account_id");`);

    this.addSql(`create table "direct_accounts" ("id" varchar(36) not null, "domain" varchar(253) not null, "name" varchar(200) not null, "owner" varchar(200) null, "imported_at" timestamptz not null, constraint "direct_accounts_pkey" primary key ("id"));`);
    this.addSql(`alter table "direct_accounts" add constraint "direct_accounts_domain_unique" unique ("domain");`);

    this.addSql(`create table "partner_events" ("partner_id" varchar(36) not null, "kind" varchar(24) not null, "first_at" timestamptz not null, constraint "partner_events_pkey" primary key ("partner_id", "kind"));`);

    this.addSql(`create table "deals" ("id" varchar(36) not null, "partner_id" varchar(36) not null, "submitted_by_id" varchar(36) not null, "customer_name" varchar(200) not null, "customer_name_normalised" varchar(200) not null, "customer_domain" varchar(253) not null, "amount" bigint not null, "expected_close_date" timestamptz not null, "attribution" varchar(12) not null, "status" varchar(12) not null default 'SUBMITTED', "notes" text null, "created_at" timestamptz not null, "review_due_at" timestamptz not null, "decided_at" timestamptz null, "decided_by_id" varchar(36) null, "rejection_reason" text null, "protection_ends_at" timestamptz null, "closed_at" timestamptz null, "won_amount" bigint null, "earning_model" varchar(20) null, "earning_track_key" varchar(40) null, "earning_tier_key" varchar(40) null, "earning_program_version" int null, "earning_amount" bigint null, constraint "deals_pkey" primary key ("id"));`);
    this.addSql(`create index "deals_status_protection_ends_at_index" on "deals" ("status", "protection_ends_at");`);
    this.addSql(`create index "deals_customer_domain_status_index" on "deals" ("customer_domain", "status");`);
    this.addSql(`create index "deals_status_review_due_at_index" on "deals" ("status", "review_due_at");`);
    this.addSql(`create index "deals_partner_id_created_at_index" on "deals" ("partner_id", "created_at");`);
    this.addSql(`create index "deals_created_at_id_index" on "deals" ("created_at", "id");`);

    this.addSql(`alter table "deals" add constraint "deals_partner_id_foreign" foreign key ("partner_id") references "partners" ("id") on update cascade;`);
    this.addSql(`alter table "deals" add constraint "deals_submitted_by_id_foreign" foreign key ("submitted_by_id") references "users" ("id") on update cascade;`);

    // Written by hand: SIMILAR_NAME conflicts use pg_trgm's similarity with a trigram index.
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`create index "deals_customer_name_trgm_index" on "deals" using gin ("customer_name_normalised" gin_trgm_ops);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "deal_conflicts" cascade;`);

    this.addSql(`drop table if exists "direct_accounts" cascade;`);

    this.addSql(`drop table if exists "partner_events" cascade;`);

    this.addSql(`drop table if exists "deals" cascade;`);
  }

}
