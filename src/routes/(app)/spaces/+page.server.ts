import { app } from '$lib/server/app';
import { requireActor } from '$lib/server/auth/guards';
import { listAllSpaces, listSpacesForOrganisations } from '$lib/server/spaces/store';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event);
	const { db } = app();
	const mine = await listSpacesForOrganisations(db, actor.memberships.map((m) => m.organisationId));
	return {
		spaces: mine,
		// Platform admins manage all spaces but only enter those of their own organisations.
		otherSpaces: actor.platformAdmin ? (await listAllSpaces(db)).filter((s) => !mine.some((x) => x.id === s.id)) : [],
		platformAdmin: actor.platformAdmin
	};
};
