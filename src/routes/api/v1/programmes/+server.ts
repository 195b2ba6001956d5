import { apiActor } from '$lib/server/api/guard';
import { apiData } from '$lib/server/api/respond';
import { listProgrammes } from '$lib/server/workshops/store';
import { app } from '$lib/server/app';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const actor = apiActor(event);
	if (!actor.ok) return actor.response;
	const orgIds = actor.value.platformAdmin ? [] : actor.value.memberships.map((m) => m.organisationId);
	return apiData(await listProgrammes(app().db, orgIds));
};
