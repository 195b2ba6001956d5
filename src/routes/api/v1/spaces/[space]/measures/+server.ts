import { apiSpace } from '$lib/server/api/guard';
import { apiData } from '$lib/server/api/respond';
import { listMeasures } from '$lib/server/liveability/store';
import { app } from '$lib/server/app';
import type { RequestHandler } from './$types';

// Measures per problem area with their joint rank (mean position over the participants).
export const GET: RequestHandler = async (event) => {
	const guarded = await apiSpace(event, event.params.space);
	if (!guarded.ok) return guarded.response;
	const area = event.url.searchParams.get('area') ?? undefined;
	const areas = await listMeasures(app().db, guarded.value.space.id, null, area);
	return apiData(areas.map((a) => ({ ...a, measures: a.measures.map(({ mine: _m, ...x }) => x) })));
};
