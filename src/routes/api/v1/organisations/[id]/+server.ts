import { app } from '$lib/server/app';
import { can } from '$lib/server/auth/access';
import { apiActor } from '$lib/server/api/guard';
import { apiData, apiError } from '$lib/server/api/respond';
import { getOrganisation, listMembers, spacesOfOrganisation } from '$lib/server/organisations/store';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const actor = apiActor(event);
	if (!actor.ok) return actor.response;
	const org = await getOrganisation(app().db, event.params.id);
	if (!org) return apiError(404, 'notFound');
	if (!can.viewOrganisation(actor.value, org.id)) return apiError(403, 'forbidden');
	const [members, spaces] = await Promise.all([listMembers(app().db, org.id), spacesOfOrganisation(app().db, org.id)]);
	return apiData({
		id: org.id,
		name: org.name,
		kind: org.kind,
		cbsCode: org.cbsCode,
		homes: org.homes,
		members: members.map(({ name, email, role }) => ({ name, email, role })),
		spaces: spaces.map(({ slug, name }) => ({ slug, name }))
	});
};
