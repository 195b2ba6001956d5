import { apiActor } from '$lib/server/api/guard';
import { apiData } from '$lib/server/api/respond';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => {
	const actor = apiActor(event);
	if (!actor.ok) return actor.response;
	const { name, email, platformAdmin, memberships } = actor.value;
	return apiData({ name, email, platformAdmin, organisations: memberships.map((m) => ({ id: m.organisationId, name: m.organisationName, kind: m.kind, role: m.role })) });
};
