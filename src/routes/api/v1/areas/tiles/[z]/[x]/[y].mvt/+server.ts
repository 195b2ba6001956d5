import { apiActor } from '$lib/server/api/guard';
import { apiError } from '$lib/server/api/respond';
import { readAreaQuery } from '$lib/server/liveability/area-query';
import { areaTileIndex, parseTileAddress, tileResponse } from '$lib/server/liveability/tiles';
import { app } from '$lib/server/app';
import type { RequestHandler } from './$types';

// One vector tile (MVT, layer "areas") of the areas of a level with indicator values; the
// query is the same as for /areas/geojson. 204 where no area is.
export const GET: RequestHandler = async (event) => {
	const actor = apiActor(event);
	if (!actor.ok) return actor.response;
	const address = parseTileAddress(event.params.z, event.params.x, event.params.y);
	if (!address) return apiError(400, 'lvTileAddress');
	const read = readAreaQuery(event.url.searchParams);
	if (!read.ok) return apiError(400, read.error);
	const { municipality, level, indicators } = read.query;
	const index = await areaTileIndex(app().db, municipality, level, indicators);
	return tileResponse(index.tile(address), event.request.headers.get('accept-encoding'));
};
