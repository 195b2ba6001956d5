import { fail, redirect } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { z } from 'zod';
import { emailField } from '$lib/server/validation';
import { callAuth, safeRedirect } from '$lib/server/auth/forward';
import type { Actions, PageServerLoad } from './$types';

const passwordSchema = z.object({
	email: emailField,
	password: z.string().min(1, 'passwordRequired').max(200, 'passwordTooLong'),
	redirectTo: z.string().default('')
});
const magicLinkSchema = z.object({
	email: emailField,
	redirectTo: z.string().default('')
});

export type FormMessage = { type: 'ok' | 'error'; key: string };

export const load: PageServerLoad = async ({ locals, url }) => {
	const redirectTo = safeRedirect(url.searchParams.get('redirectTo'), '');
	if (locals.actor) redirect(303, redirectTo || '/spaces');
	return {
		passwordForm: await superValidate({ email: '', password: '', redirectTo }, zod4(passwordSchema), { errors: false, id: 'password' }),
		magicLinkForm: await superValidate({ email: '', redirectTo }, zod4(magicLinkSchema), { errors: false, id: 'magic' }),
		signedOut: url.searchParams.has('signedOut'),
		reset: url.searchParams.has('reset'),
		linkError: url.searchParams.get('error')
	};
};

export const actions: Actions = {
	password: async (event) => {
		const form = await superValidate(event.request, zod4(passwordSchema), { id: 'password' });
		const password = form.data.password;
		form.data.password = ''; // never send a password back to the page
		if (!form.valid) return fail(400, { passwordForm: form });
		const result = await callAuth(event, '/sign-in/email', { email: form.data.email, password, rememberMe: true });
		if (result.status === 429) {
			return message(form, { type: 'error', key: 'tooManyAttempts' } satisfies FormMessage, { status: 429 });
		}
		if (!result.ok) return message(form, { type: 'error', key: 'invalidCredentials' } satisfies FormMessage, { status: 400 });
		redirect(303, safeRedirect(form.data.redirectTo));
	},
	magicLink: async (event) => {
		const form = await superValidate(event.request, zod4(magicLinkSchema), { id: 'magic' });
		if (!form.valid) return fail(400, { magicLinkForm: form });
		const result = await callAuth(event, '/sign-in/magic-link', {
			email: form.data.email,
			callbackURL: safeRedirect(form.data.redirectTo),
			errorCallbackURL: '/login?error=link'
		});
		if (result.status === 429) return message(form, { type: 'error', key: 'tooManyAttempts' } satisfies FormMessage, { status: 429 });
		redirect(303, '/login/check-mail');
	}
};
