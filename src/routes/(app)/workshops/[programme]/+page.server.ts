import { fail, redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { listSpacesForOrganisations } from '$lib/server/spaces/store';
import { createSession, listSessions } from '$lib/server/workshops/store';
import { requireProgramme } from '$lib/server/workshops/guard';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { programme, mayRun } = await requireProgramme(event, 'view');
	const { db } = app();
	const [sessions, spaces] = await Promise.all([listSessions(db, programme.id), mayRun ? listSpacesForOrganisations(db, [programme.organisationId]) : []]);
	return { programme, sessions, mayRun, spaces: spaces.map((s) => ({ id: s.id, name: s.name })) };
};

export const actions: Actions = {
	createSession: async (event) => {
		const { actor, programme } = await requireProgramme(event, 'run');
		const form = await event.request.formData();
		const values = { title: String(form.get('title') ?? ''), date: String(form.get('date') ?? ''), place: String(form.get('place') ?? ''), spaceIds: form.getAll('spaceIds').map(String) };
		const result = await createSession(app().db, actor, programme, values);
		if (!result.ok) return fail(400, { create: { field: result.field, problem: result.error, values } });
		redirect(303, `/workshops/${programme.id}/${result.id}`);
	}
};
