import { apiActor } from '$lib/server/api/guard';
import { apiData, apiError } from '$lib/server/api/respond';
import { areaSeries, getArea } from '$lib/server/liveability/store';
import { normalizeCode } from '$lib/server/liveability/codes';
import { app } from '$lib/server/app';
import type { RequestHandler } from './$types';

// One area with its indicator series over the years, next to its municipality and NL01.
export const GET: RequestHandler = async (event) => {
	const actor = apiActor(event);
	if (!actor.ok) return actor.response;
	const area = await getArea(app().db, normalizeCode(event.params.code));
	if (!area) return apiError(404, 'notFound');
	const { series } = await areaSeries(app().db, area);
	return apiData({ ...area, indicators: series });
};
