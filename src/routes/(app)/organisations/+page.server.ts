import { app } from '$lib/server/app';
import { requireActor } from '$lib/server/auth/guards';
import { listOrganisations } from '$lib/server/organisations/store';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event);
	const organisations = await listOrganisations(
		app().db,
		actor.platformAdmin ? undefined : actor.memberships.map((m) => m.organisationId)
	);
	const roles = new Map(actor.memberships.map((m) => [m.organisationId, m.role]));
	return {
		organisations: organisations.map((o) => ({ ...o, myRole: roles.get(o.id) ?? null })),
		platformAdmin: actor.platformAdmin
	};
};
