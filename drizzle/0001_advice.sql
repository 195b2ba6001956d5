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
CREATE INDEX "advice_comment_request_idx" ON "advice_comment" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "advice_request_space_idx" ON "advice_request" USING btree ("space_id","received_on");--> statement-breakpoint
CREATE INDEX "advice_request_item_idx" ON "advice_request" USING btree ("calendar_item_id");--> statement-breakpoint
CREATE INDEX "calendar_item_space_year_idx" ON "calendar_item" USING btree ("space_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_version_number_idx" ON "calendar_version" USING btree ("space_id","corporation_id","tenant_organisation_id","year","number");