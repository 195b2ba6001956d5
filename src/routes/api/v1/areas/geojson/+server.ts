import { apiActor } from '$lib/server/api/guard';
import { apiError } from '$lib/server/api/respond';
import { areasGeoJsonText } from '$lib/server/liveability/store';
import { readAreaQuery } from '$lib/server/liveability/area-query';
import { app } from '$lib/server/app';
import type { RequestHandler } from './$types';

// GeoJSON (RFC 7946, WGS84) of the areas of one level with indicator values of the latest year;
// without ?municipality= all of the Netherlands (for a national map, /areas/tiles is lighter).
export const GET: RequestHandler = async (event) => {
	const actor = apiActor(event);
	if (!actor.ok) return actor.response;
	const read = readAreaQuery(event.url.searchParams);
	if (!read.ok) return apiError(400, read.error);
	const { municipality, level, indicators } = read.query;
	const body = await areasGeoJsonText(app().db, municipality, level, indicators);
	return new Response(body, { headers: { 'content-type': 'application/geo+json' } });
};
