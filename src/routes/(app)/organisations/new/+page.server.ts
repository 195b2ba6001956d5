import { fail, redirect } from '@sveltejs/kit';
import { setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { app } from '$lib/server/app';
import { requirePlatformAdmin } from '$lib/server/auth/guards';
import { organisationSchema } from '$lib/server/organisations/rules';
import { createOrganisation, DuplicateError } from '$lib/server/organisations/store';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requirePlatformAdmin(event);
	return { form: await superValidate(zod4(organisationSchema)) };
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requirePlatformAdmin(event);
		const form = await superValidate(event.request, zod4(organisationSchema));
		if (!form.valid) return fail(400, { form });
		let id: string;
		try {
			id = (await createOrganisation(app().db, actor, form.data)).id;
		} catch (err) {
			if (err instanceof DuplicateError) {
				return err.field === 'name' ? setError(form, 'name', 'nameTaken') : setError(form, 'cbsCode', 'cbsCodeTaken');
			}
			throw err;
		}
		redirect(303, `/organisations/${id}?created=1`);
	}
};
