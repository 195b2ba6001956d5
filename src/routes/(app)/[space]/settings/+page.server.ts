import { fail } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { requireSpace } from '$lib/server/auth/guards';
import { listOrganisations } from '$lib/server/organisations/store';
import { participantSchema } from '$lib/server/spaces/rules';
import { addParticipant, removeParticipant } from '$lib/server/spaces/store';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { space } = await requireSpace(event, 'admin');
	const all = await listOrganisations(app().db);
	const inside = new Set(space.participants.map((p) => p.organisationId));
	return {
		participants: space.participants,
		candidates: all.filter((o) => !inside.has(o.id) && o.kind !== 'municipality').map((o) => ({ id: o.id, name: o.name, kind: o.kind })),
		municipalityId: space.municipalityId,
		created: event.url.searchParams.has('created')
	};
};

export const actions: Actions = {
	add: async (event) => {
		const { actor, space } = await requireSpace(event, 'admin');
		const parsed = participantSchema.safeParse(Object.fromEntries(await event.request.formData()));
		if (!parsed.success) return fail(400, { error: 'organisationRequired' });
		const result = await addParticipant(app().db, actor, space.id, parsed.data.organisationId);
		if (!result.ok) return fail(400, { error: result.error });
		return { ok: 'participantAdded' };
	},
	remove: async (event) => {
		const { actor, space } = await requireSpace(event, 'admin');
		const parsed = participantSchema.safeParse(Object.fromEntries(await event.request.formData()));
		if (!parsed.success) return fail(400, { error: 'organisationRequired' });
		const result = await removeParticipant(app().db, actor, space.id, parsed.data.organisationId);
		if (!result.ok) return fail(400, { error: result.error });
		return { ok: 'participantRemoved' };
	}
};
