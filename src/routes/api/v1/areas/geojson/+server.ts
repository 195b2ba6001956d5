import { apiActor } from '$lib/server/api/guard';
import { apiError } from '$lib/server/api/respond';
import { areasGeoJsonText } from '$lib/server/liveability/store';
import { validateAreaCode } from '$lib/server/liveability/codes';
import { indicatorInfo } from '$lib/server/liveability/catalog';
import { app } from '$lib/server/app';
import type { RequestHandler } from './$types';

// GeoJSON (RFC 7946, WGS84) of the areas of one level with indicator values of the latest year;
// without ?municipality= all of the Netherlands.
export const GET: RequestHandler = async (event) => {
	const actor = apiActor(event);
	if (!actor.ok) return actor.response;
	const q = event.url.searchParams;
	let municipality: string | null = null;
	if (q.get('municipality')) {
		const v = validateAreaCode(q.get('municipality')!, 'gemeente');
		if (!v.ok) return apiError(400, 'municipalityRequired');
		municipality = v.code;
	}
	const levelRaw = q.get('level');
	const level = levelRaw === 'gemeente' || levelRaw === 'buurt' ? levelRaw : 'wijk';
	const indicators = (q.get('indicators') ?? 'inhabitants').split(',').filter((k) => indicatorInfo(k)).slice(0, 40);
	const body = await areasGeoJsonText(app().db, municipality, level, indicators);
	return new Response(body, { headers: { 'content-type': 'application/geo+json' } });
};
