CREATE TYPE "public"."figure_status" AS ENUM('confirmed', 'conflicting', 'to_be_confirmed');--> statement-breakpoint
CREATE TYPE "public"."figure_unit" AS ENUM('percent', 'years', 'days', 'RUB', 'ha', 'km2', 'km', 'count');--> statement-breakpoint
CREATE TYPE "public"."milestone_kind" AS ENUM('agreement', 'protocol', 'meeting', 'visit', 'opening', 'appointment', 'project', 'relations');--> statement-breakpoint
CREATE TYPE "public"."organisation_origin" AS ENUM('partner_country', 'russia');--> statement-breakpoint
CREATE TYPE "public"."organisation_sector" AS ENUM('government', 'diplomatic', 'trade_promotion', 'shipbuilding', 'agriculture', 'industry', 'culture', 'charity', 'industry_association');--> statement-breakpoint
CREATE TYPE "public"."partner_group" AS ENUM('caspian', 'asia', 'europe', 'gulf');--> statement-breakpoint
CREATE TYPE "public"."relation_stage" AS ENUM('established', 'developing', 'prospective');--> statement-breakpoint
CREATE TYPE "public"."representation_kind" AS ENUM('mfa_office', 'consulate_general', 'consulate', 'honorary_consulate');--> statement-breakpoint
CREATE TYPE "public"."sez_document_kind" AS ENUM('application_content', 'supporting_document');--> statement-breakpoint
CREATE TYPE "public"."sez_figure_category" AS ENUM('identity', 'location', 'requirement', 'incentive', 'performance');--> statement-breakpoint
CREATE TYPE "public"."source_relation" AS ENUM('also_cited', 'contradicts');--> statement-breakpoint
CREATE TYPE "public"."cooperation_sphere" AS ENUM('trade', 'investment', 'agriculture', 'shipbuilding', 'culture', 'education', 'science', 'humanitarian');--> statement-breakpoint
CREATE TYPE "public"."value_qualifier" AS ENUM('exact', 'about', 'more_than', 'at_least');--> statement-breakpoint
CREATE TYPE "public"."token_purpose" AS ENUM('verify_email', 'reset_password');--> statement-breakpoint
CREATE TYPE "public"."user_role" AS ENUM('investor', 'staff', 'admin');--> statement-breakpoint
CREATE TYPE "public"."user_status" AS ENUM('active', 'disabled');--> statement-breakpoint
CREATE TYPE "public"."outbox_status" AS ENUM('pending', 'sent', 'failed');--> statement-breakpoint
CREATE TABLE "content_sources" (
	"id" text PRIMARY KEY NOT NULL,
	"title" jsonb NOT NULL,
	"url" text,
	"published_on" text,
	"file_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"partner_id" uuid,
	"kind" "milestone_kind" NOT NULL,
	"year" integer NOT NULL,
	"year_to" integer,
	"month" integer,
	"day" integer,
	"highlight" boolean DEFAULT false NOT NULL,
	"summary" jsonb NOT NULL,
	"source_id" text NOT NULL,
	"source_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "milestones_key_unique" UNIQUE("key"),
	CONSTRAINT "milestones_year_to_check" CHECK ("milestones"."year_to" is null or "milestones"."year_to" >= "milestones"."year"),
	CONSTRAINT "milestones_month_check" CHECK ("milestones"."month" is null or "milestones"."month" between 1 and 12),
	CONSTRAINT "milestones_day_check" CHECK ("milestones"."day" is null or ("milestones"."month" is not null and "milestones"."day" between 1 and 31))
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"partner_id" uuid NOT NULL,
	"origin" "organisation_origin" DEFAULT 'partner_country' NOT NULL,
	"sector" "organisation_sector" NOT NULL,
	"name" jsonb NOT NULL,
	"role" jsonb NOT NULL,
	"sort_order" integer NOT NULL,
	"source_id" text NOT NULL,
	"source_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisations_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "partner_regions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"partner_id" uuid NOT NULL,
	"name" jsonb NOT NULL,
	"year_from" integer,
	"year_to" integer,
	"ties_note" jsonb,
	"sort_order" integer NOT NULL,
	"source_id" text NOT NULL,
	"source_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partner_regions_slug_unique" UNIQUE("slug"),
	CONSTRAINT "partner_regions_years_check" CHECK ("partner_regions"."year_to" is null or ("partner_regions"."year_from" is not null and "partner_regions"."year_to" >= "partner_regions"."year_from"))
);
--> statement-breakpoint
CREATE TABLE "partners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"iso_alpha2" char(2) NOT NULL,
	"iso_numeric" char(3) NOT NULL,
	"group" "partner_group" NOT NULL,
	"stage" "relation_stage" NOT NULL,
	"spheres" "cooperation_sphere"[] DEFAULT '{}' NOT NULL,
	"name" jsonb NOT NULL,
	"summary" jsonb NOT NULL,
	"sort_order" integer NOT NULL,
	"source_id" text NOT NULL,
	"source_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partners_slug_unique" UNIQUE("slug"),
	CONSTRAINT "partners_iso_alpha2_unique" UNIQUE("iso_alpha2"),
	CONSTRAINT "partners_iso_numeric_unique" UNIQUE("iso_numeric")
);
--> statement-breakpoint
CREATE TABLE "region_facts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"partner_id" uuid,
	"label" jsonb NOT NULL,
	"value" numeric,
	"qualifier" "value_qualifier" DEFAULT 'exact' NOT NULL,
	"display_value" jsonb NOT NULL,
	"sort_order" integer NOT NULL,
	"source_id" text NOT NULL,
	"source_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "region_facts_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "representations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"kind" "representation_kind" NOT NULL,
	"partner_id" uuid,
	"name" jsonb NOT NULL,
	"sort_order" integer NOT NULL,
	"source_id" text NOT NULL,
	"source_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "representations_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "sez_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"kind" "sez_document_kind" NOT NULL,
	"position" integer NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb,
	"source_id" text NOT NULL,
	"source_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sez_documents_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "sez_figure_sources" (
	"figure_id" uuid NOT NULL,
	"source_id" text NOT NULL,
	"relation" "source_relation" NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "sez_figure_sources_figure_id_source_id_pk" PRIMARY KEY("figure_id","source_id")
);
--> statement-breakpoint
CREATE TABLE "sez_figures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"category" "sez_figure_category" NOT NULL,
	"label" jsonb NOT NULL,
	"value" numeric,
	"unit" "figure_unit",
	"qualifier" "value_qualifier" DEFAULT 'exact' NOT NULL,
	"duration_years" integer,
	"display_text" jsonb NOT NULL,
	"status" "figure_status" DEFAULT 'confirmed' NOT NULL,
	"status_note" jsonb,
	"source_date" text,
	"sort_order" integer NOT NULL,
	"source_id" text NOT NULL,
	"source_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sez_figures_key_unique" UNIQUE("key"),
	CONSTRAINT "sez_figures_status_note_check" CHECK ("sez_figures"."status" = 'confirmed' or "sez_figures"."status_note" is not null),
	CONSTRAINT "sez_figures_unit_check" CHECK ("sez_figures"."value" is null or "sez_figures"."unit" is not null)
);
--> statement-breakpoint
CREATE TABLE "sez_stages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"position" integer NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb NOT NULL,
	"source_id" text NOT NULL,
	"source_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sez_stages_key_unique" UNIQUE("key"),
	CONSTRAINT "sez_stages_position_unique" UNIQUE("position")
);
--> statement-breakpoint
CREATE TABLE "account_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"purpose" "token_purpose" NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"company" text,
	"country" text,
	"password_hash" text NOT NULL,
	"role" "user_role" DEFAULT 'investor' NOT NULL,
	"status" "user_status" DEFAULT 'active' NOT NULL,
	"email_verified_at" timestamp with time zone,
	"preferred_locale" text DEFAULT 'en' NOT NULL,
	"session_version" integer DEFAULT 1 NOT NULL,
	"privacy_consent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"subject_type" text,
	"subject_id" text,
	"ip" text,
	"detail" jsonb
);
--> statement-breakpoint
CREATE TABLE "email_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"recipient" text NOT NULL,
	"user_id" uuid,
	"locale" text NOT NULL,
	"template" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"status" "outbox_status" DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"key" text PRIMARY KEY NOT NULL,
	"points" integer NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_source_id_content_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."content_sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_source_id_content_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."content_sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_regions" ADD CONSTRAINT "partner_regions_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_regions" ADD CONSTRAINT "partner_regions_source_id_content_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."content_sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners" ADD CONSTRAINT "partners_source_id_content_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."content_sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "region_facts" ADD CONSTRAINT "region_facts_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "region_facts" ADD CONSTRAINT "region_facts_source_id_content_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."content_sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "representations" ADD CONSTRAINT "representations_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "representations" ADD CONSTRAINT "representations_source_id_content_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."content_sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sez_documents" ADD CONSTRAINT "sez_documents_source_id_content_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."content_sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sez_figure_sources" ADD CONSTRAINT "sez_figure_sources_figure_id_sez_figures_id_fk" FOREIGN KEY ("figure_id") REFERENCES "public"."sez_figures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sez_figure_sources" ADD CONSTRAINT "sez_figure_sources_source_id_content_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."content_sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sez_figures" ADD CONSTRAINT "sez_figures_source_id_content_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."content_sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sez_stages" ADD CONSTRAINT "sez_stages_source_id_content_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."content_sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_tokens" ADD CONSTRAINT "account_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "milestones_partner_idx" ON "milestones" USING btree ("partner_id");--> statement-breakpoint
CREATE INDEX "milestones_year_idx" ON "milestones" USING btree ("year","month","day");--> statement-breakpoint
CREATE INDEX "organisations_partner_idx" ON "organisations" USING btree ("partner_id","sort_order");--> statement-breakpoint
CREATE INDEX "organisations_sector_idx" ON "organisations" USING btree ("sector");--> statement-breakpoint
CREATE INDEX "partner_regions_partner_idx" ON "partner_regions" USING btree ("partner_id","sort_order");--> statement-breakpoint
CREATE INDEX "partners_group_sort_idx" ON "partners" USING btree ("group","sort_order");--> statement-breakpoint
CREATE INDEX "partners_spheres_idx" ON "partners" USING gin ("spheres");--> statement-breakpoint
CREATE INDEX "region_facts_partner_idx" ON "region_facts" USING btree ("partner_id");--> statement-breakpoint
CREATE INDEX "representations_partner_idx" ON "representations" USING btree ("partner_id");--> statement-breakpoint
CREATE INDEX "sez_documents_kind_idx" ON "sez_documents" USING btree ("kind","position");--> statement-breakpoint
CREATE INDEX "sez_figures_category_idx" ON "sez_figures" USING btree ("category","sort_order");--> statement-breakpoint
CREATE INDEX "sez_figures_status_idx" ON "sez_figures" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "account_tokens_hash_key" ON "account_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "account_tokens_user_idx" ON "account_tokens" USING btree ("user_id","purpose") WHERE "account_tokens"."used_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_key" ON "users" USING btree ("email");--> statement-breakpoint
CREATE INDEX "users_role_idx" ON "users" USING btree ("role");--> statement-breakpoint
CREATE INDEX "audit_events_at_idx" ON "audit_events" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_events_action_idx" ON "audit_events" USING btree ("action","at");--> statement-breakpoint
CREATE INDEX "email_outbox_due_idx" ON "email_outbox" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "email_outbox_recipient_idx" ON "email_outbox" USING btree ("recipient");