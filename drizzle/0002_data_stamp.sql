CREATE TABLE "data_stamp" (
	"space_id" text NOT NULL,
	"area" text NOT NULL,
	"stamp" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "data_stamp_space_id_area_pk" PRIMARY KEY("space_id","area")
);
--> statement-breakpoint
CREATE OR REPLACE FUNCTION bump_data_stamp(p_space text, p_area text) RETURNS void AS $$
BEGIN
	IF p_space IS NULL THEN RETURN; END IF;
	INSERT INTO data_stamp (space_id, area, stamp) VALUES (p_space, p_area, 1)
	ON CONFLICT (space_id, area) DO UPDATE SET stamp = data_stamp.stamp + 1;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
-- Rows that carry space_id themselves. TG_ARGV[0] is the area.
CREATE OR REPLACE FUNCTION stamp_by_space() RETURNS trigger AS $$
BEGIN
	IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM bump_data_stamp(OLD.space_id, TG_ARGV[0]); END IF;
	IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM bump_data_stamp(NEW.space_id, TG_ARGV[0]); END IF;
	RETURN NULL;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
-- Rows of an agreement set: the space is the set's.
CREATE OR REPLACE FUNCTION stamp_by_agreement_set() RETURNS trigger AS $$
DECLARE set_ref text;
BEGIN
	IF TG_OP = 'DELETE' THEN set_ref := OLD.set_id; ELSE set_ref := NEW.set_id; END IF;
	PERFORM bump_data_stamp((SELECT space_id FROM agreement_set WHERE id = set_ref), TG_ARGV[0]);
	RETURN NULL;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
-- Comments on an advice request: the space is the request's.
CREATE OR REPLACE FUNCTION stamp_by_advice_request() RETURNS trigger AS $$
DECLARE request_ref text;
BEGIN
	IF TG_OP = 'DELETE' THEN request_ref := OLD.request_id; ELSE request_ref := NEW.request_id; END IF;
	PERFORM bump_data_stamp((SELECT space_id FROM advice_request WHERE id = request_ref), TG_ARGV[0]);
	RETURN NULL;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER agreement_cycle_stamp AFTER INSERT OR UPDATE OR DELETE ON agreement_cycle FOR EACH ROW EXECUTE FUNCTION stamp_by_space('agreements');
--> statement-breakpoint
CREATE TRIGGER housing_vision_goal_stamp AFTER INSERT OR UPDATE OR DELETE ON housing_vision_goal FOR EACH ROW EXECUTE FUNCTION stamp_by_space('agreements');
--> statement-breakpoint
CREATE TRIGGER bid_part_stamp AFTER INSERT OR UPDATE OR DELETE ON bid_part FOR EACH ROW EXECUTE FUNCTION stamp_by_space('agreements');
--> statement-breakpoint
CREATE TRIGGER agreement_set_stamp AFTER INSERT OR UPDATE OR DELETE ON agreement_set FOR EACH ROW EXECUTE FUNCTION stamp_by_space('agreements');
--> statement-breakpoint
CREATE TRIGGER progress_entry_stamp AFTER INSERT OR UPDATE OR DELETE ON progress_entry FOR EACH ROW EXECUTE FUNCTION stamp_by_space('agreements');
--> statement-breakpoint
CREATE TRIGGER agreement_stamp AFTER INSERT OR UPDATE OR DELETE ON agreement FOR EACH ROW EXECUTE FUNCTION stamp_by_agreement_set('agreements');
--> statement-breakpoint
CREATE TRIGGER agreement_signature_stamp AFTER INSERT OR UPDATE OR DELETE ON agreement_signature FOR EACH ROW EXECUTE FUNCTION stamp_by_agreement_set('agreements');
--> statement-breakpoint
CREATE TRIGGER advice_request_stamp AFTER INSERT OR UPDATE OR DELETE ON advice_request FOR EACH ROW EXECUTE FUNCTION stamp_by_space('advice');
--> statement-breakpoint
CREATE TRIGGER advice_topic_say_stamp AFTER INSERT OR UPDATE OR DELETE ON advice_topic_say FOR EACH ROW EXECUTE FUNCTION stamp_by_space('advice');
--> statement-breakpoint
CREATE TRIGGER calendar_item_stamp AFTER INSERT OR UPDATE OR DELETE ON calendar_item FOR EACH ROW EXECUTE FUNCTION stamp_by_space('advice');
--> statement-breakpoint
CREATE TRIGGER calendar_version_stamp AFTER INSERT OR UPDATE OR DELETE ON calendar_version FOR EACH ROW EXECUTE FUNCTION stamp_by_space('advice');
--> statement-breakpoint
CREATE TRIGGER advice_comment_stamp AFTER INSERT OR UPDATE OR DELETE ON advice_comment FOR EACH ROW EXECUTE FUNCTION stamp_by_advice_request('advice');
--> statement-breakpoint
CREATE TRIGGER calendar_feed_stamp AFTER INSERT OR UPDATE OR DELETE ON calendar_feed FOR EACH ROW EXECUTE FUNCTION stamp_by_space('advice');
--> statement-breakpoint
-- People, organisations, memberships and spaces: one stamp for the whole platform, read by the
-- per-person page cache (a page shows the person's name, organisations and role).
CREATE OR REPLACE FUNCTION stamp_tenancy() RETURNS trigger AS $$
BEGIN
	PERFORM bump_data_stamp('*', 'tenancy');
	RETURN NULL;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER user_stamp AFTER INSERT OR UPDATE OR DELETE ON "user" FOR EACH STATEMENT EXECUTE FUNCTION stamp_tenancy();
--> statement-breakpoint
CREATE TRIGGER organisation_stamp AFTER INSERT OR UPDATE OR DELETE ON organisation FOR EACH STATEMENT EXECUTE FUNCTION stamp_tenancy();
--> statement-breakpoint
CREATE TRIGGER membership_stamp AFTER INSERT OR UPDATE OR DELETE ON membership FOR EACH STATEMENT EXECUTE FUNCTION stamp_tenancy();
--> statement-breakpoint
CREATE TRIGGER region_stamp AFTER INSERT OR UPDATE OR DELETE ON region FOR EACH STATEMENT EXECUTE FUNCTION stamp_tenancy();
--> statement-breakpoint
CREATE TRIGGER space_stamp AFTER INSERT OR UPDATE OR DELETE ON space FOR EACH STATEMENT EXECUTE FUNCTION stamp_tenancy();
--> statement-breakpoint
CREATE TRIGGER space_participant_stamp AFTER INSERT OR UPDATE OR DELETE ON space_participant FOR EACH STATEMENT EXECUTE FUNCTION stamp_tenancy();
