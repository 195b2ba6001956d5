CREATE TABLE "lv_area" (
	"code" text PRIMARY KEY NOT NULL,
	"level" text NOT NULL,
	"name" text,
	"municipality_code" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lv_area_data" (
	"code" text NOT NULL,
	"year" integer NOT NULL,
	"source" text NOT NULL,
	"municipality_code" text NOT NULL,
	"values" jsonb NOT NULL,
	CONSTRAINT "lv_area_data_code_year_source_pk" PRIMARY KEY("code","year","source")
);
--> statement-breakpoint
CREATE TABLE "lv_boundary" (
	"code" text NOT NULL,
	"year" integer NOT NULL,
	"level" text NOT NULL,
	"municipality_code" text NOT NULL,
	"bbox" jsonb NOT NULL,
	"geometry" jsonb NOT NULL,
	CONSTRAINT "lv_boundary_code_year_pk" PRIMARY KEY("code","year")
);
--> statement-breakpoint
CREATE TABLE "lv_comment" (
	"id" text PRIMARY KEY NOT NULL,
	"space_id" text NOT NULL,
	"area_code" text NOT NULL,
	"indicator" text DEFAULT '' NOT NULL,
	"author_id" text,
	"author_name" text NOT NULL,
	"organisation_name" text DEFAULT '' NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lv_complex" (
	"id" text PRIMARY KEY NOT NULL,
	"space_id" text NOT NULL,
	"corporation_id" text NOT NULL,
	"number" text NOT NULL,
	"name" text NOT NULL,
	"buurt_code" text,
	"address" text,
	"homes" integer,
	"build_year" integer,
	"labels" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lv_import" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"file_name" text NOT NULL,
	"year" integer,
	"status" text NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"report" jsonb,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "lv_measure" (
	"id" text PRIMARY KEY NOT NULL,
	"space_id" text NOT NULL,
	"area_code" text NOT NULL,
	"title" text NOT NULL,
	"type" text NOT NULL,
	"owner_id" text NOT NULL,
	"agreement_id" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lv_pin" (
	"id" text PRIMARY KEY NOT NULL,
	"space_id" text NOT NULL,
	"area_code" text NOT NULL,
	"lon" double precision,
	"lat" double precision,
	"spot" text DEFAULT '' NOT NULL,
	"category" text NOT NULL,
	"comment" text NOT NULL,
	"author_id" text,
	"author_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lv_ranking" (
	"measure_id" text NOT NULL,
	"user_id" text NOT NULL,
	"position" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lv_ranking_measure_id_user_id_pk" PRIMARY KEY("measure_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "lv_comment" ADD CONSTRAINT "lv_comment_space_id_space_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."space"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lv_comment" ADD CONSTRAINT "lv_comment_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lv_complex" ADD CONSTRAINT "lv_complex_space_id_space_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."space"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lv_complex" ADD CONSTRAINT "lv_complex_corporation_id_organisation_id_fk" FOREIGN KEY ("corporation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lv_import" ADD CONSTRAINT "lv_import_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lv_measure" ADD CONSTRAINT "lv_measure_space_id_space_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."space"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lv_measure" ADD CONSTRAINT "lv_measure_owner_id_organisation_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lv_measure" ADD CONSTRAINT "lv_measure_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lv_pin" ADD CONSTRAINT "lv_pin_space_id_space_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."space"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lv_pin" ADD CONSTRAINT "lv_pin_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lv_ranking" ADD CONSTRAINT "lv_ranking_measure_id_lv_measure_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."lv_measure"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lv_ranking" ADD CONSTRAINT "lv_ranking_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "lv_area_municipality_idx" ON "lv_area" USING btree ("municipality_code","level");--> statement-breakpoint
CREATE INDEX "lv_area_data_municipality_idx" ON "lv_area_data" USING btree ("municipality_code","year");--> statement-breakpoint
CREATE INDEX "lv_boundary_municipality_idx" ON "lv_boundary" USING btree ("municipality_code","level","year");--> statement-breakpoint
CREATE INDEX "lv_comment_area_idx" ON "lv_comment" USING btree ("space_id","area_code");--> statement-breakpoint
CREATE UNIQUE INDEX "lv_complex_number_idx" ON "lv_complex" USING btree ("space_id","corporation_id","number");--> statement-breakpoint
CREATE INDEX "lv_complex_buurt_idx" ON "lv_complex" USING btree ("space_id","buurt_code");--> statement-breakpoint
CREATE INDEX "lv_measure_area_idx" ON "lv_measure" USING btree ("space_id","area_code");--> statement-breakpoint
CREATE INDEX "lv_pin_area_idx" ON "lv_pin" USING btree ("space_id","area_code");