CREATE TABLE "panel" (
	"id" text PRIMARY KEY NOT NULL,
	"space_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"name" text NOT NULL,
	"consent_text" text NOT NULL,
	"threshold" integer DEFAULT 5 NOT NULL,
	"secret" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "panel_draft" (
	"invitation_id" text PRIMARY KEY NOT NULL,
	"answers" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "panel_invitation" (
	"id" text PRIMARY KEY NOT NULL,
	"survey_id" text NOT NULL,
	"member_id" text NOT NULL,
	"channel" text NOT NULL,
	"letter_code" text,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reminded_at" timestamp with time zone,
	CONSTRAINT "panel_invitation_letter_code_unique" UNIQUE("letter_code")
);
--> statement-breakpoint
CREATE TABLE "panel_member" (
	"id" text PRIMARY KEY NOT NULL,
	"panel_id" text NOT NULL,
	"email" text,
	"name" text DEFAULT '' NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"status" text NOT NULL,
	"legal_basis" text NOT NULL,
	"origin" text NOT NULL,
	"consent_text" text,
	"municipality" text,
	"neighbourhood" text,
	"age_band" text,
	"household_type" text,
	"tenure_years" text,
	"confirmed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "panel_participation" (
	"invitation_id" text PRIMARY KEY NOT NULL,
	"survey_id" text NOT NULL,
	"member_id" text NOT NULL,
	"answered_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "panel_population" (
	"panel_id" text NOT NULL,
	"municipality" text NOT NULL,
	"attribute" text NOT NULL,
	"group_key" text NOT NULL,
	"value" integer NOT NULL,
	CONSTRAINT "panel_population_panel_id_municipality_attribute_group_key_pk" PRIMARY KEY("panel_id","municipality","attribute","group_key")
);
--> statement-breakpoint
CREATE TABLE "panel_response" (
	"id" text PRIMARY KEY NOT NULL,
	"survey_id" text NOT NULL,
	"version" integer NOT NULL,
	"source" text NOT NULL,
	"period" text NOT NULL,
	"answers" jsonb NOT NULL,
	"profile" jsonb NOT NULL,
	"optional_name" text,
	"tallied" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "panel_survey" (
	"id" text PRIMARY KEY NOT NULL,
	"panel_id" text NOT NULL,
	"title" text NOT NULL,
	"current_version" integer DEFAULT 1 NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"results_public" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "panel_survey_version" (
	"survey_id" text NOT NULL,
	"version" integer NOT NULL,
	"definition" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "panel_survey_version_survey_id_version_pk" PRIMARY KEY("survey_id","version")
);
--> statement-breakpoint
CREATE TABLE "panel_tally" (
	"survey_id" text NOT NULL,
	"question_key" text NOT NULL,
	"answer_key" text NOT NULL,
	"shard" integer NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "panel_tally_survey_id_question_key_answer_key_shard_pk" PRIMARY KEY("survey_id","question_key","answer_key","shard")
);
--> statement-breakpoint
ALTER TABLE "panel" ADD CONSTRAINT "panel_space_id_space_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."space"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel" ADD CONSTRAINT "panel_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_draft" ADD CONSTRAINT "panel_draft_invitation_id_panel_invitation_id_fk" FOREIGN KEY ("invitation_id") REFERENCES "public"."panel_invitation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_invitation" ADD CONSTRAINT "panel_invitation_survey_id_panel_survey_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."panel_survey"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_invitation" ADD CONSTRAINT "panel_invitation_member_id_panel_member_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."panel_member"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_member" ADD CONSTRAINT "panel_member_panel_id_panel_id_fk" FOREIGN KEY ("panel_id") REFERENCES "public"."panel"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_participation" ADD CONSTRAINT "panel_participation_invitation_id_panel_invitation_id_fk" FOREIGN KEY ("invitation_id") REFERENCES "public"."panel_invitation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_population" ADD CONSTRAINT "panel_population_panel_id_panel_id_fk" FOREIGN KEY ("panel_id") REFERENCES "public"."panel"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_response" ADD CONSTRAINT "panel_response_survey_id_panel_survey_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."panel_survey"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_survey" ADD CONSTRAINT "panel_survey_panel_id_panel_id_fk" FOREIGN KEY ("panel_id") REFERENCES "public"."panel"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_survey_version" ADD CONSTRAINT "panel_survey_version_survey_id_panel_survey_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."panel_survey"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_tally" ADD CONSTRAINT "panel_tally_survey_id_panel_survey_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."panel_survey"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "panel_space_idx" ON "panel" USING btree ("space_id");--> statement-breakpoint
CREATE UNIQUE INDEX "panel_invitation_member_idx" ON "panel_invitation" USING btree ("survey_id","member_id","channel");--> statement-breakpoint
CREATE UNIQUE INDEX "panel_member_email_idx" ON "panel_member" USING btree ("panel_id","email");--> statement-breakpoint
CREATE INDEX "panel_member_panel_idx" ON "panel_member" USING btree ("panel_id");--> statement-breakpoint
CREATE INDEX "panel_participation_survey_idx" ON "panel_participation" USING btree ("survey_id");--> statement-breakpoint
CREATE INDEX "panel_response_survey_idx" ON "panel_response" USING btree ("survey_id");--> statement-breakpoint
CREATE INDEX "panel_response_untallied_idx" ON "panel_response" USING btree ("survey_id") WHERE not "panel_response"."tallied";--> statement-breakpoint
CREATE INDEX "panel_survey_panel_idx" ON "panel_survey" USING btree ("panel_id");