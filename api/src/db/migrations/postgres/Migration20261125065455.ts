import { Migration } from '@mikro-orm/migrations';

export class Migration20261125065455 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "mdf_claim_attachments" ("request_id" varchar(36) not null, "upload_id" varchar(36) not null, constraint "mdf_claim_attachments_pkey" primary key ("request_id", "upload_id"));`);

    this.addSql(`create table "mdf_funds" ("id" varchar(36) not null, "partner_id" varchar(36) not null, "quarter" varchar(7) not null, "allocated" bigint not null, "committed" bigint not null default 0, "paid" bigint not null default 0, "tier_key_at_allocation" varchar(40) null, "created_at" timestamptz not null, constraint "mdf_funds_pkey" primary key ("id"), constraint mdf_funds_never_overspent check (committed >= 0 and paid >= 0 and committed + paid <= allocated));`);
    this.addSql(`alter table "mdf_funds" add constraint "mdf_funds_partner_id_quarter_unique" unique ("partner_id", "quarter");`);

    this.addSql(`create table "mdf_requests" ("id" varchar(36) not null, "partner_id" varchar(36) not null, "fund_id" varchar(36) not null, "quarter" varchar(7) not null, "activity" varchar(120) not null, "description" text null, "requested_amount" bigint not null, "approved_amount" bigint null, "claimed_amount" bigint null, "paid_amount" bigint null, "status" varchar(16) not null default 'SUBMITTED', "decision_reason" text null, "claim_results" text null, "submitted_by_id" varchar(36) not null, "created_at" timestamptz not null, "decided_at" timestamptz null, "claim_due_at" timestamptz null, "claimed_at" timestamptz null, "paid_at" timestamptz null, constraint "mdf_requests_pkey" primary key ("id"));`);
    this.addSql(`create index "mdf_requests_status_claim_due_at_index" on "mdf_requests" ("status", "claim_due_at");`);
    this.addSql(`create index "mdf_requests_partner_id_created_at_index" on "mdf_requests" ("partner_id", "created_at");`);
    this.addSql(`create index "mdf_requests_created_at_id_index" on "mdf_requests" ("created_at", "id");`);

    this.addSql(`create table "uploads" ("id" varchar(36) not null, "partner_id" varchar(36) null, "uploaded_by_id" varchar(36) not null, "file_name" varchar(200) not null, "mime_type" varchar(40) not null, "size" bigint not null, "stored_name" varchar(64) not null, "created_at" timestamptz not null, constraint "uploads_pkey" primary key ("id"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "mdf_claim_attachments" cascade;`);

    this.addSql(`drop table if exists "mdf_funds" cascade;`);

    this.addSql(`drop table if exists "mdf_requests" cascade;`);

    this.addSql(`drop table if exists "uploads" cascade;`);
  }

}
