import { app } from '$lib/server/app';
import { requireSpace } from '$lib/server/auth/guards';
import { municipalityOf } from '$lib/server/liveability/pages';
import { areasGeoJsonText } from '$lib/server/liveability/store';
import { indicatorInfo } from '$lib/server/liveability/catalog';
import type { RequestHandler } from './$types';

// The areas of the space's municipality with indicator values (latest year): the map's data.
export const GET: RequestHandler = async (event) => {
	const { space } = await requireSpace(event, 'view');
	const db = app().db;
	const level = event.url.searchParams.get('level') === 'buurt' ? 'buurt' : 'wijk';
	const indicators = (event.url.searchParams.get('indicator') ?? 'inhabitants').split(',').filter((k) => indicatorInfo(k)).slice(0, 40);
	const body = await areasGeoJsonText(db, await municipalityOf(db, space), level, indicators);
	return new Response(body, { headers: { 'content-type': 'application/geo+json', 'cache-control': 'private, max-age=60' } });
};
