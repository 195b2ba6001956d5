CREATE TABLE "agreement" (
	"id" text PRIMARY KEY NOT NULL,
	"set_id" text NOT NULL,
	"lineage_id" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"theme" text NOT NULL,
	"text" text NOT NULL,
	"committing_parties" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"owner_name" text,
	"indicator" text,
	"unit" text,
	"baseline" double precision,
	"baseline_year" integer,
	"targets" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"deadline" date,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agreement_cycle" (
	"space_id" text NOT NULL,
	"year" integer NOT NULL,
	"sign_deadline" date,
	"talks_started_on" date,
	"publish" boolean DEFAULT false NOT NULL,
	"parties" jsonb,
	CONSTRAINT "agreement_cycle_space_id_year_pk" PRIMARY KEY("space_id","year")
);
--> statement-breakpoint
CREATE TABLE "agreement_set" (
	"id" text PRIMARY KEY NOT NULL,
	"space_id" text NOT NULL,
	"year" integer NOT NULL,
	"version_no" integer NOT NULL,
	"previous_set_id" text,
	"locked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agreement_signature" (
	"set_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"signer_name" text NOT NULL,
	"signed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agreement_signature_set_id_organisation_id_pk" PRIMARY KEY("set_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "bid_comment" (
	"id" text PRIMARY KEY NOT NULL,
	"bid_part_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"author_name" text NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bid_part" (
	"id" text PRIMARY KEY NOT NULL,
	"space_id" text NOT NULL,
	"year" integer NOT NULL,
	"organisation_id" text NOT NULL,
	"theme" text NOT NULL,
	"text" text NOT NULL,
	"visibility" "visibility" DEFAULT 'draft' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "housing_vision_goal" (
	"id" text PRIMARY KEY NOT NULL,
	"space_id" text NOT NULL,
	"year" integer NOT NULL,
	"theme" text NOT NULL,
	"text" text NOT NULL,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "progress_entry" (
	"id" text PRIMARY KEY NOT NULL,
	"lineage_id" text NOT NULL,
	"space_id" text NOT NULL,
	"period" text NOT NULL,
	"measured_on" date NOT NULL,
	"value" double precision NOT NULL,
	"explanation" text DEFAULT '' NOT NULL,
	"evidence_name" text,
	"evidence_key" text,
	"author_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "advice_comment" (
	"id" text PRIMARY KEY NOT NULL,
	"request_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"author_name" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "advice_reminder_preference" (
	"user_id" text PRIMARY KEY NOT NULL,
	"before_deadline" boolean DEFAULT true NOT NULL,
	"overdue_answer" boolean DEFAULT true NOT NULL,
	"weekly_digest" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "advice_reminder_sent" (
	"key" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "advice_request" (
	"id" text PRIMARY KEY NOT NULL,
	"space_id" text NOT NULL,
	"kind" text NOT NULL,
	"corporation_id" text NOT NULL,
	"tenant_organisation_id" text NOT NULL,
	"topic" text NOT NULL,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"documents_url" text,
	"received_on" date NOT NULL,
	"period_days" integer,
	"advice_draft" text DEFAULT '' NOT NULL,
	"advice_text" text,
	"advice_given_on" date,
	"answer_kind" text,
	"answer_text" text,
	"answered_on" date,
	"closed_on" date,
	"calendar_item_id" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "advice_topic_say" (
	"space_id" text NOT NULL,
	"corporation_id" text NOT NULL,
	"tenant_organisation_id" text NOT NULL,
	"topic" text NOT NULL,
	"say" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "advice_topic_say_space_id_corporation_id_tenant_organisation_id_topic_pk" PRIMARY KEY("space_id","corporation_id","tenant_organisation_id","topic")
);
--> statement-breakpoint
CREATE TABLE "calendar_feed" (
	"space_id" text PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_feed_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "calendar_item" (
	"id" text PRIMARY KEY NOT NULL,
	"space_id" text NOT NULL,
	"corporation_id" text NOT NULL,
	"tenant_organisation_id" text NOT NULL,
	"year" integer NOT NULL,
	"topic" text NOT NULL,
	"title" text NOT NULL,
	"month" integer,
	"quarter" integer,
	"say" text NOT NULL,
	"raised_by" text NOT NULL,
	"priority" text NOT NULL,
	"status" text NOT NULL,
	"owner" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calendar_version" (
	"id" text PRIMARY KEY NOT NULL,
	"space_id" text NOT NULL,
	"corporation_id" text NOT NULL,
	"tenant_organisation_id" text NOT NULL,
	"year" integer NOT NULL,
	"number" integer NOT NULL,
	"items" jsonb NOT NULL,
	"corporation_approved_by" text,
	"corporation_approved_at" timestamp with time zone,
	"tenant_approved_by" text,
	"tenant_approved_at" timestamp with time zone,
	"locked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agreement" ADD CONSTRAINT "agreement_set_id_agreement_set_id_fk" FOREIGN KEY ("set_id") REFERENCES "public"."agreement_set"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_cycle" ADD CONSTRAINT "agreement_cycle_space_id_space_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."space"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_set" ADD CONSTRAINT "agreement_set_space_id_space_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."space"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_signature" ADD CONSTRAINT "agreement_signature_set_id_agreement_set_id_fk" FOREIGN KEY ("set_id") REFERENCES "public"."agreement_set"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_signature" ADD CONSTRAINT "agreement_signature_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bid_comment" ADD CONSTRAINT "bid_comment_bid_part_id_bid_part_id_fk" FOREIGN KEY ("bid_part_id") REFERENCES "public"."bid_part"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bid_comment" ADD CONSTRAINT "bid_comment_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bid_part" ADD CONSTRAINT "bid_part_space_id_space_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."space"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bid_part" ADD CONSTRAINT "bid_part_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "housing_vision_goal" ADD CONSTRAINT "housing_vision_goal_space_id_space_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."space"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_entry" ADD CONSTRAINT "progress_entry_space_id_space_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."space"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advice_comment" ADD CONSTRAINT "advice_comment_request_id_advice_request_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."advice_request"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advice_reminder_preference" ADD CONSTRAINT "advice_reminder_preference_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advice_request" ADD CONSTRAINT "advice_request_space_id_space_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."space"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advice_request" ADD CONSTRAINT "advice_request_corporation_id_organisation_id_fk" FOREIGN KEY ("corporation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advice_request" ADD CONSTRAINT "advice_request_tenant_organisation_id_organisation_id_fk" FOREIGN KEY ("tenant_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advice_request" ADD CONSTRAINT "advice_request_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advice_topic_say" ADD CONSTRAINT "advice_topic_say_space_id_space_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."space"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advice_topic_say" ADD CONSTRAINT "advice_topic_say_corporation_id_organisation_id_fk" FOREIGN KEY ("corporation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advice_topic_say" ADD CONSTRAINT "advice_topic_say_tenant_organisation_id_organisation_id_fk" FOREIGN KEY ("tenant_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feed" ADD CONSTRAINT "calendar_feed_space_id_space_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."space"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_item" ADD CONSTRAINT "calendar_item_space_id_space_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."space"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_item" ADD CONSTRAINT "calendar_item_corporation_id_organisation_id_fk" FOREIGN KEY ("corporation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_item" ADD CONSTRAINT "calendar_item_tenant_organisation_id_organisation_id_fk" FOREIGN KEY ("tenant_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_version" ADD CONSTRAINT "calendar_version_space_id_space_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."space"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agreement_set_idx" ON "agreement" USING btree ("set_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "agreement_set_uq" ON "agreement_set" USING btree ("space_id","year","version_no");--> statement-breakpoint
CREATE INDEX "bid_comment_part_idx" ON "bid_comment" USING btree ("bid_part_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "bid_part_uq" ON "bid_part" USING btree ("space_id","year","organisation_id","theme");--> statement-breakpoint
CREATE UNIQUE INDEX "housing_vision_goal_uq" ON "housing_vision_goal" USING btree ("space_id","year","theme");--> statement-breakpoint
CREATE INDEX "progress_lineage_idx" ON "progress_entry" USING btree ("lineage_id","measured_on");--> statement-breakpoint
CREATE INDEX "progress_space_idx" ON "progress_entry" USING btree ("space_id");--> statement-breakpoint
CREATE INDEX "advice_comment_request_idx" ON "advice_comment" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "advice_request_space_idx" ON "advice_request" USING btree ("space_id","received_on");--> statement-breakpoint
CREATE INDEX "advice_request_item_idx" ON "advice_request" USING btree ("calendar_item_id");--> statement-breakpoint
CREATE INDEX "calendar_item_space_year_idx" ON "calendar_item" USING btree ("space_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_version_number_idx" ON "calendar_version" USING btree ("space_id","corporation_id","tenant_organisation_id","year","number");