import { json } from '@sveltejs/kit';
import { apiActor } from '$lib/server/api/guard';
import { apiError } from '$lib/server/api/respond';
import { areaQueryString, readAreaQuery } from '$lib/server/liveability/area-query';
import { TILE_LAYER, TILE_MAX_ZOOM, areaTileIndex } from '$lib/server/liveability/tiles';
import { AREA_ATTRIBUTION } from '$lib/server/liveability/catalog';
import { app } from '$lib/server/app';
import type { RequestHandler } from './$types';

// TileJSON 3.0 for the vector tiles of a query: a map library needs only this URL. Building
// the index here means the tiles that follow are served from memory.
export const GET: RequestHandler = async (event) => {
	const actor = apiActor(event);
	if (!actor.ok) return actor.response;
	const read = readAreaQuery(event.url.searchParams);
	if (!read.ok) return apiError(400, read.error);
	const { query } = read;
	const index = await areaTileIndex(app().db, query.municipality, query.level, query.indicators);
	// The properties of layer "areas": the CBS code and name, then each indicator.
	const fields = Object.fromEntries([...['code', 'name'].map((k) => [k, 'String']), ...query.indicators.map((k) => [k, 'Number'])]);
	return json(
		{
			tilejson: '3.0.0',
			name: `Driehoek ${query.level}`,
			attribution: AREA_ATTRIBUTION,
			scheme: 'xyz',
			tiles: [`${event.url.origin}/api/v1/areas/tiles/{z}/{x}/{y}.mvt?${areaQueryString(query)}`],
			minzoom: 0,
			maxzoom: TILE_MAX_ZOOM,
			...(index.bbox ? { bounds: index.bbox } : {}),
			vector_layers: [{ id: TILE_LAYER, fields, minzoom: 0, maxzoom: TILE_MAX_ZOOM }],
			boundaryYear: index.boundaryYear,
			features: index.features
		},
		{ headers: { 'cache-control': 'private, max-age=60' } }
	);
};
