-- Platform-wide stamps for the national area data, so caches built from it (the vector tiles)
-- see every import, from this process or another: 'liveability' moves with any change (names,
-- figures, boundaries), 'liveability-boundaries' only with boundaries (the costly index).
-- Statement triggers: an import of 18,000 rows bumps them once per statement, not per row.
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
CREATE OR REPLACE FUNCTION stamp_liveability_boundaries() RETURNS trigger AS $$
BEGIN
	PERFORM bump_data_stamp('*', 'liveability');
	PERFORM bump_data_stamp('*', 'liveability-boundaries');
	RETURN NULL;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER lv_boundary_stamp AFTER INSERT OR UPDATE OR DELETE ON lv_boundary FOR EACH STATEMENT EXECUTE FUNCTION stamp_liveability_boundaries();
