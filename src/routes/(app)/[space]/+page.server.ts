import { app } from '$lib/server/app';
import { requireSpace } from '$lib/server/auth/guards';
import { dashboard } from '$lib/server/capabilities';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { actor, space, access } = await requireSpace(event);
	const { deadlines, tiles } = await dashboard({ db: app().db, actor, space, access, now: new Date() });
	return {
		participants: space.participants,
		myOrganisations: access.organisations.map((o) => o.organisationName),
		deadlines,
		tiles
	};
};
