import { fail, redirect } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { z } from 'zod';
import { callAuth } from '$lib/server/auth/forward';
import type { Actions, PageServerLoad } from './$types';

const schema = z
	.object({
		token: z.string().min(1, 'resetLinkInvalid'),
		password: z.string().min(10, 'passwordTooShort').max(200, 'passwordTooLong'),
		passwordRepeat: z.string()
	})
	.refine((v) => v.password === v.passwordRepeat, { path: ['passwordRepeat'], message: 'passwordsDiffer' });

export const load: PageServerLoad = async ({ url }) => {
	const token = url.searchParams.get('token') ?? '';
	return {
		form: await superValidate({ token, password: '', passwordRepeat: '' }, zod4(schema), { errors: false }),
		linkInvalid: !token || url.searchParams.get('error') === 'INVALID_TOKEN'
	};
};

export const actions: Actions = {
	default: async (event) => {
		const form = await superValidate(event.request, zod4(schema));
		const password = form.data.password;
		form.data.password = '';
		form.data.passwordRepeat = '';
		if (!form.valid) return fail(400, { form });
		const result = await callAuth(event, '/reset-password', { token: form.data.token, newPassword: password });
		if (!result.ok) return message(form, { type: 'error', key: 'resetLinkInvalid' }, { status: 400 });
		redirect(303, '/login?reset=1');
	}
};
