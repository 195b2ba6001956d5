ALTER TABLE "lv_pin" ADD COLUMN "ws_activity_id" text;--> statement-breakpoint
ALTER TABLE "lv_pin" ADD COLUMN "ws_participant_id" text;--> statement-breakpoint
ALTER TABLE "lv_pin" ADD CONSTRAINT "lv_pin_ws_activity_id_ws_activity_id_fk" FOREIGN KEY ("ws_activity_id") REFERENCES "public"."ws_activity"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lv_pin" ADD CONSTRAINT "lv_pin_ws_participant_id_ws_participant_id_fk" FOREIGN KEY ("ws_participant_id") REFERENCES "public"."ws_participant"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "lv_pin_ws_activity_idx" ON "lv_pin" USING btree ("ws_activity_id","ws_participant_id");