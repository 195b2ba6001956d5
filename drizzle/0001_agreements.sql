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
CREATE INDEX "agreement_set_idx" ON "agreement" USING btree ("set_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "agreement_set_uq" ON "agreement_set" USING btree ("space_id","year","version_no");--> statement-breakpoint
CREATE INDEX "bid_comment_part_idx" ON "bid_comment" USING btree ("bid_part_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "bid_part_uq" ON "bid_part" USING btree ("space_id","year","organisation_id","theme");--> statement-breakpoint
CREATE UNIQUE INDEX "housing_vision_goal_uq" ON "housing_vision_goal" USING btree ("space_id","year","theme");--> statement-breakpoint
CREATE INDEX "progress_lineage_idx" ON "progress_entry" USING btree ("lineage_id","measured_on");--> statement-breakpoint
CREATE INDEX "progress_space_idx" ON "progress_entry" USING btree ("space_id");