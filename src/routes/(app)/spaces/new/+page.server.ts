import { fail, redirect } from '@sveltejs/kit';
import { setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { app } from '$lib/server/app';
import { requirePlatformAdmin } from '$lib/server/auth/guards';
import { listOrganisations, DuplicateError } from '$lib/server/organisations/store';
import { createSpace, listRegions } from '$lib/server/spaces/store';
import { spaceSchema } from '$lib/server/spaces/rules';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requirePlatformAdmin(event);
	const { db } = app();
	const [organisations, regions] = await Promise.all([listOrganisations(db), listRegions(db)]);
	return {
		form: await superValidate(zod4(spaceSchema)),
		municipalities: organisations.filter((o) => o.kind === 'municipality').map((o) => ({ id: o.id, name: o.name })),
		regions
	};
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requirePlatformAdmin(event);
		const form = await superValidate(event.request, zod4(spaceSchema));
		if (!form.valid) return fail(400, { form });
		try {
			const created = await createSpace(app().db, actor, form.data);
			redirect(303, `/${created.slug}/settings?created=1`);
		} catch (err) {
			if (err instanceof DuplicateError) {
				return setError(form, 'municipalityId', err.field === 'municipalityTaken' ? 'municipalityTaken' : 'municipalityRequired');
			}
			throw err;
		}
	}
};
