import { Migration } from '@mikro-orm/migrations';

export class Migration20261125064447 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`certification_paths\` (\`id\` text not null, \`key\` text not null, \`name\` text not null, \`track_key\` text null, \`validity_days\` integer not null, \`passing_score\` integer not null, \`modules\` json not null, \`updated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`certification_paths_key_unique\` on \`certification_paths\` (\`key\`);`);

    this.addSql(`create table \`exam_attempts\` (\`id\` text not null, \`certification_id\` text not null, \`user_id\` text not null, \`module_id\` text not null, \`score\` integer not null, \`passed\` integer not null, \`at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`exam_attempts_user_id_at_index\` on \`exam_attempts\` (\`user_id\`, \`at\`);`);

    this.addSql(`create table \`certification_module_completions\` (\`certification_id\` text not null, \`round\` integer not null, \`module_id\` text not null, \`completed_at\` datetime not null, primary key (\`certification_id\`, \`round\`, \`module_id\`));`);

    this.addSql(`create table \`onboarding_completions\` (\`partner_id\` text not null, \`step_key\` text not null, \`completed_at\` datetime not null, \`completed_by_id\` text null, primary key (\`partner_id\`, \`step_key\`));`);

    this.addSql(`create table \`certifications\` (\`id\` text not null, \`user_id\` text not null, \`path_id\` text not null, \`created_at\` datetime not null, \`certified_at\` datetime null, \`expires_at\` datetime null, \`round\` integer not null default 1, constraint \`certifications_user_id_foreign\` foreign key(\`user_id\`) references \`users\`(\`id\`) on update cascade, constraint \`certifications_path_id_foreign\` foreign key(\`path_id\`) references \`certification_paths\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`certifications_user_id_index\` on \`certifications\` (\`user_id\`);`);
    this.addSql(`create index \`certifications_path_id_index\` on \`certifications\` (\`path_id\`);`);
    this.addSql(`create index \`certifications_certified_at_expires_at_index\` on \`certifications\` (\`certified_at\`, \`expires_at\`);`);
    this.addSql(`create unique index \`certifications_user_id_path_id_unique\` on \`certifications\` (\`user_id\`, \`path_id\`);`);

    this.addSql(`alter table \`partners\` add column \`description\` text null;`);
    this.addSql(`alter table \`partners\` add column \`logo_url\` text null;`);
    this.addSql(`alter table \`partners\` add column \`regions\` json null;`);
    this.addSql(`alter table \`partners\` add column \`contact_name\` text null;`);
    this.addSql(`alter table \`partners\` add column \`contact_email\` text null;`);
  }

}
