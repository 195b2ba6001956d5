-- One platform-wide stamp for the national area data (names, figures, boundaries), so caches
-- built from it (the vector tile index) see every import, from this process or another.
-- Statement triggers: an import of 18,000 rows bumps it once per statement, not per row.
CREATE OR REPLACE FUNCTION stamp_liveability() RETURNS trigger AS $$
BEGIN
	PERFORM bump_data_stamp('*', 'liveability');
	RETURN NULL;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER lv_area_stamp AFTER INSERT OR UPDATE OR DELETE ON lv_area FOR EACH STATEMENT EXECUTE FUNCTION stamp_liveability();
--> statement-breakpoint
CREATE TRIGGER lv_area_data_stamp AFTER INSERT OR UPDATE OR DELETE ON lv_area_data FOR EACH STATEMENT EXECUTE FUNCTION stamp_liveability();
--> statement-breakpoint
CREATE TRIGGER lv_boundary_stamp AFTER INSERT OR UPDATE OR DELETE ON lv_boundary FOR EACH STATEMENT EXECUTE FUNCTION stamp_liveability();
