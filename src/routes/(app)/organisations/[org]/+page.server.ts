import { error, fail } from '@sveltejs/kit';
import { message, setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { app } from '$lib/server/app';
import { can } from '$lib/server/auth/access';
import { forbidden, requireActor } from '$lib/server/auth/guards';
import { listAudit } from '$lib/server/audit';
import { bilingual } from '$lib/server/mail';
import { invitationSchema, memberRoleSchema } from '$lib/server/organisations/rules';
import {
	changeMemberRole,
	createInvitation,
	getOrganisation,
	listMembers,
	listOpenInvitations,
	removeMember,
	revokeInvitation,
	spacesOfOrganisation
} from '$lib/server/organisations/store';
import { label } from '$lib/i18n';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

async function loadOrganisation(event: RequestEvent | Parameters<PageServerLoad>[0], manage: boolean) {
	const actor = requireActor(event);
	const org = await getOrganisation(app().db, event.params.org);
	if (!org) error(404, { message: 'Not found', code: 'organisationNotFound' });
	if (!can.viewOrganisation(actor, org.id)) forbidden('notYourOrganisation');
	if (manage && !can.manageOrganisation(actor, org.id)) forbidden('organisationAdminOnly');
	return { actor, org };
}

export const load: PageServerLoad = async (event) => {
	const { actor, org } = await loadOrganisation(event, false);
	const { db } = app();
	const manage = can.manageOrganisation(actor, org.id);
	const [members, spaces, invitations, history] = await Promise.all([
		listMembers(db, org.id),
		spacesOfOrganisation(db, org.id),
		manage ? listOpenInvitations(db, org.id) : Promise.resolve([]),
		manage ? listAudit(db, { organisationId: org.id }, { limit: 20 }) : Promise.resolve([])
	]);
	return {
		organisation: org,
		members,
		spaces,
		invitations,
		history: history.map((h) => ({ id: h.id, at: h.at, actorName: h.actorName, action: h.action, entity: h.entity, after: h.after, before: h.before })),
		manage,
		myUserId: actor.userId,
		inviteForm: await superValidate(zod4(invitationSchema), { id: 'invite' }),
		joined: event.url.searchParams.has('joined'),
		created: event.url.searchParams.has('created')
	};
};

export const actions: Actions = {
	invite: async (event) => {
		const { actor, org } = await loadOrganisation(event, true);
		const form = await superValidate(event.request, zod4(invitationSchema), { id: 'invite' });
		if (!form.valid) return fail(400, { inviteForm: form });
		const { db, mailer, config } = app();
		const members = await listMembers(db, org.id);
		if (members.some((m) => m.email === form.data.email)) return setError(form, 'email', 'alreadyMember');
		const { token, invitation } = await createInvitation(db, actor, org.id, form.data, config.invitationTtlHours);
		const url = `${config.origin}/invite/${token}`;
		try {
			await mailer.send({
				to: form.data.email,
				subject: `Uitnodiging voor ${org.name} in Driehoek / Invitation to ${org.name} in Driehoek`,
				text: bilingual(
					`${actor.name} nodigt je uit voor ${org.name} in Driehoek, als ${label('role', form.data.role).toLowerCase()}.\n\nOpen deze link om de uitnodiging aan te nemen. De link werkt ${config.invitationTtlHours} uur en één keer.\n\n${url}`,
					`${actor.name} invites you to ${org.name} in Driehoek.\n\nOpen this link to accept. It works for ${config.invitationTtlHours} hours, once.\n\n${url}`
				)
			});
		} catch {
			// No invitation without a mail: withdraw it, so no unreachable open invitation stays behind.
			await revokeInvitation(db, actor, org.id, invitation.id);
			return message(form, { type: 'error', key: 'mailFailed' }, { status: 502 });
		}
		return message(form, { type: 'ok', key: 'invitationSent', text: undefined });
	},
	changeRole: async (event) => {
		const { actor, org } = await loadOrganisation(event, true);
		const parsed = memberRoleSchema.safeParse(Object.fromEntries(await event.request.formData()));
		if (!parsed.success) return fail(400, { memberError: 'roleRequired' });
		const result = await changeMemberRole(app().db, actor, org.id, parsed.data.userId, parsed.data.role);
		if (!result.ok) return fail(400, { memberError: result.error });
		return { memberOk: 'roleChanged' };
	},
	removeMember: async (event) => {
		const { actor, org } = await loadOrganisation(event, true);
		const userId = String((await event.request.formData()).get('userId') ?? '');
		const result = await removeMember(app().db, actor, org.id, userId);
		if (!result.ok) return fail(400, { memberError: result.error });
		return { memberOk: 'memberRemoved' };
	},
	revokeInvitation: async (event) => {
		const { actor, org } = await loadOrganisation(event, true);
		const id = String((await event.request.formData()).get('invitationId') ?? '');
		const ok = await revokeInvitation(app().db, actor, org.id, id);
		if (!ok) return fail(400, { memberError: 'invitationNotOpen' });
		return { memberOk: 'invitationRevoked' };
	}
};
