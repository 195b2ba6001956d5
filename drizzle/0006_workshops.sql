CREATE TABLE "ws_activity" (
	"id" text PRIMARY KEY NOT NULL,
	"session_id" text NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"config" jsonb NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"locked" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ws_answer" (
	"activity_id" text NOT NULL,
	"participant_id" text NOT NULL,
	"table_id" text NOT NULL,
	"value" jsonb NOT NULL,
	"sequence" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ws_participant" (
	"id" text PRIMARY KEY NOT NULL,
	"session_id" text NOT NULL,
	"token_hash" text NOT NULL,
	"table_id" text NOT NULL,
	"role" text NOT NULL,
	"display_name" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ws_participant_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "ws_programme" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ws_session" (
	"id" text PRIMARY KEY NOT NULL,
	"programme_id" text NOT NULL,
	"title" text NOT NULL,
	"date" text NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"join_code" text NOT NULL,
	"state" text DEFAULT 'planned' NOT NULL,
	"locked" boolean DEFAULT false NOT NULL,
	"current_activity_id" text,
	"version" integer DEFAULT 0 NOT NULL,
	"phase" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ws_session_join_code_unique" UNIQUE("join_code")
);
--> statement-breakpoint
CREATE TABLE "ws_session_space" (
	"session_id" text NOT NULL,
	"space_id" text NOT NULL,
	CONSTRAINT "ws_session_space_session_id_space_id_pk" PRIMARY KEY("session_id","space_id")
);
--> statement-breakpoint
ALTER TABLE "ws_activity" ADD CONSTRAINT "ws_activity_session_id_ws_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."ws_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ws_answer" ADD CONSTRAINT "ws_answer_activity_id_ws_activity_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."ws_activity"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ws_answer" ADD CONSTRAINT "ws_answer_participant_id_ws_participant_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."ws_participant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ws_participant" ADD CONSTRAINT "ws_participant_session_id_ws_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."ws_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ws_programme" ADD CONSTRAINT "ws_programme_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ws_programme" ADD CONSTRAINT "ws_programme_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ws_session" ADD CONSTRAINT "ws_session_programme_id_ws_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."ws_programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ws_session_space" ADD CONSTRAINT "ws_session_space_session_id_ws_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."ws_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ws_session_space" ADD CONSTRAINT "ws_session_space_space_id_space_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."space"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ws_activity_session_idx" ON "ws_activity" USING btree ("session_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "ws_answer_one_per_participant" ON "ws_answer" USING btree ("activity_id","participant_id");--> statement-breakpoint
CREATE INDEX "ws_participant_session_idx" ON "ws_participant" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "ws_programme_org_idx" ON "ws_programme" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "ws_session_programme_idx" ON "ws_session" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "ws_session_space_space_idx" ON "ws_session_space" USING btree ("space_id");