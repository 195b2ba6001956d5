import { apiActor } from '$lib/server/api/guard';
import { apiData, apiError } from '$lib/server/api/respond';
import { listAreas } from '$lib/server/liveability/store';
import { validateAreaCode } from '$lib/server/liveability/codes';
import { app } from '$lib/server/app';
import type { RequestHandler } from './$types';

// National reference data: every signed-in person (or token) may read it.
export const GET: RequestHandler = async (event) => {
	const actor = apiActor(event);
	if (!actor.ok) return actor.response;
	const municipality = validateAreaCode(event.url.searchParams.get('municipality') ?? '', 'gemeente');
	if (!municipality.ok) return apiError(400, 'municipalityRequired');
	const levelRaw = event.url.searchParams.get('level');
	const level = levelRaw === 'gemeente' || levelRaw === 'wijk' || levelRaw === 'buurt' ? levelRaw : undefined;
	return apiData(await listAreas(app().db, municipality.code, level));
};
