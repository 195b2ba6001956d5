import { apiActor } from '$lib/server/api/guard';
import { apiData } from '$lib/server/api/respond';
import { INDICATORS } from '$lib/server/liveability/catalog';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const actor = apiActor(event);
	if (!actor.ok) return actor.response;
	return apiData(INDICATORS);
};
