import { fail, redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { requireActor } from '$lib/server/auth/guards';
import { can } from '$lib/server/auth/access';
import { createProgramme, listProgrammes } from '$lib/server/workshops/store';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event);
	const orgIds = actor.memberships.map((m) => m.organisationId);
	return {
		programmes: await listProgrammes(app().db, orgIds),
		organisations: actor.memberships.filter((m) => can.runProgramme(actor, m.organisationId)).map((m) => ({ id: m.organisationId, name: m.organisationName }))
	};
};

export const actions: Actions = {
	create: async (event) => {
		const actor = requireActor(event);
		const form = await event.request.formData();
		const values = { organisationId: String(form.get('organisationId') ?? ''), title: String(form.get('title') ?? ''), description: String(form.get('description') ?? '') };
		const result = await createProgramme(app().db, actor, values);
		if (!result.ok) return fail(400, { create: { field: result.field, problem: result.error, values } });
		redirect(303, `/workshops/${result.id}`);
	}
};
