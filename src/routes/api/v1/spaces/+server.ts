import { app } from '$lib/server/app';
import { apiActor } from '$lib/server/api/guard';
import { apiData } from '$lib/server/api/respond';
import { listSpacesForOrganisations } from '$lib/server/spaces/store';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const actor = apiActor(event);
	if (!actor.ok) return actor.response;
	const spaces = await listSpacesForOrganisations(app().db, actor.value.memberships.map((m) => m.organisationId));
	return apiData(spaces.map(({ slug, name, regionName }) => ({ slug, name, region: regionName })));
};
