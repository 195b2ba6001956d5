CREATE TABLE "advice_document" (
	"id" text PRIMARY KEY NOT NULL,
	"space_id" text NOT NULL,
	"request_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"part" text NOT NULL,
	"name" text NOT NULL,
	"storage_key" text NOT NULL,
	"size" integer NOT NULL,
	"uploaded_by" text,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "advice_document" ADD CONSTRAINT "advice_document_space_id_space_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."space"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advice_document" ADD CONSTRAINT "advice_document_request_id_advice_request_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."advice_request"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advice_document" ADD CONSTRAINT "advice_document_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advice_document" ADD CONSTRAINT "advice_document_uploaded_by_user_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "advice_document_request_idx" ON "advice_document" USING btree ("request_id");--> statement-breakpoint
CREATE TRIGGER advice_document_stamp AFTER INSERT OR UPDATE OR DELETE ON advice_document FOR EACH ROW EXECUTE FUNCTION stamp_by_space('advice');
