import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => {
	const actor = locals.actor;
	return {
		actor: actor
			? {
					name: actor.name,
					email: actor.email,
					platformAdmin: actor.platformAdmin,
					organisations: actor.memberships.map((m) => ({ id: m.organisationId, name: m.organisationName, role: m.role }))
				}
			: null
	};
};
