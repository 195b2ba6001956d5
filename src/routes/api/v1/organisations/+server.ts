import { app } from '$lib/server/app';
import { apiActor } from '$lib/server/api/guard';
import { apiData } from '$lib/server/api/respond';
import { listOrganisations } from '$lib/server/organisations/store';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const actor = apiActor(event);
	if (!actor.ok) return actor.response;
	const rows = await listOrganisations(app().db, actor.value.platformAdmin ? undefined : actor.value.memberships.map((m) => m.organisationId));
	return apiData(rows.map(({ id, name, kind, cbsCode, homes }) => ({ id, name, kind, cbsCode, homes })));
};
