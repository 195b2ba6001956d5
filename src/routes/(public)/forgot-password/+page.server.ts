import { fail } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { z } from 'zod';
import { emailField } from '$lib/server/validation';
import { callAuth } from '$lib/server/auth/forward';
import type { Actions, PageServerLoad } from './$types';

const schema = z.object({ email: emailField });

export const load: PageServerLoad = async () => ({ form: await superValidate(zod4(schema)) });

export const actions: Actions = {
	default: async (event) => {
		const form = await superValidate(event.request, zod4(schema));
		if (!form.valid) return fail(400, { form });
		const result = await callAuth(event, '/request-password-reset', { email: form.data.email, redirectTo: '/reset-password' });
		if (result.status === 429) return message(form, { type: 'error', key: 'tooManyAttempts' }, { status: 429 });
		// The same answer whether or not the address is known: no user enumeration.
		return message(form, { type: 'ok', key: 'resetSent' });
	}
};
