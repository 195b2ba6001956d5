import { error, fail, redirect } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { hashPassword } from 'better-auth/crypto';
import { app } from '$lib/server/app';
import { callAuth } from '$lib/server/auth/forward';
import { acceptInvitationSchema, invitationState } from '$lib/server/organisations/rules';
import { acceptInvitation, findInvitationByToken, registerByInvitation, userExists } from '$lib/server/organisations/store';
import type { Actions, PageServerLoad } from './$types';

const stateErrors = { expired: 'invitationExpired', used: 'invitationUsed', revoked: 'invitationRevoked' } as const;

async function openInvitation(token: string) {
	const inv = await findInvitationByToken(app().db, token);
	if (!inv) error(404, { message: 'Not found', code: 'invitationUnknown' });
	const state = invitationState(inv, new Date());
	if (state !== 'open') error(410, { message: 'Gone', code: stateErrors[state] });
	return inv;
}

export const load: PageServerLoad = async ({ params, locals }) => {
	const inv = await openInvitation(params.token);
	const actor = locals.actor;
	const mode = actor
		? actor.email === inv.email
			? 'accept'
			: 'wrongAccount'
		: (await userExists(app().db, inv.email))
			? 'signIn'
			: 'register';
	return {
		invitation: { email: inv.email, role: inv.role, organisationName: inv.organisationName, expiresAt: inv.expiresAt },
		mode,
		signedInAs: actor?.email ?? null,
		form: await superValidate(zod4(acceptInvitationSchema))
	};
};

export const actions: Actions = {
	accept: async ({ params, locals }) => {
		const inv = await openInvitation(params.token);
		const actor = locals.actor;
		if (!actor) redirect(303, `/login?redirectTo=${encodeURIComponent(`/invite/${params.token}`)}`);
		if (actor.email !== inv.email) error(403, { message: 'Forbidden', code: 'invitationOtherAccount' });
		const ok = await acceptInvitation(app().db, inv.id, actor.userId, actor.name);
		if (!ok) error(410, { message: 'Gone', code: 'invitationUsed' });
		redirect(303, `/organisations/${inv.organisationId}?joined=1`);
	},
	register: async (event) => {
		const inv = await openInvitation(event.params.token);
		const form = await superValidate(event.request, zod4(acceptInvitationSchema));
		const password = form.data.password;
		form.data.password = '';
		form.data.passwordRepeat = '';
		if (!form.valid) return fail(400, { form });
		const result = await registerByInvitation(app().db, inv.id, {
			email: inv.email,
			name: form.data.name,
			passwordHash: await hashPassword(password)
		});
		if (!result.ok) return message(form, { type: 'error', key: result.error }, { status: 409 });
		await callAuth(event, '/sign-in/email', { email: inv.email, password, rememberMe: true });
		redirect(303, `/organisations/${inv.organisationId}?joined=1`);
	}
};
