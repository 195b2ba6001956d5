import { app } from '$lib/server/app';
import { requireSurvey } from '$lib/server/panel/guards';
import { createLetterInvitations, invitationStats, inviteByEmail, sendReminders } from '$lib/server/panel/store';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { loaded } = await requireSurvey(event, 'manage');
	return { survey: { id: loaded.row.id, title: loaded.survey.title }, stats: await invitationStats(app().db, loaded.row.id) };
};

export const actions: Actions = {
	email: async (event) => {
		const { actor, loaded } = await requireSurvey(event, 'manage');
		const { db, mailer, config } = app();
		return { sent: (await inviteByEmail(db, mailer, config.origin, actor, loaded)).sent };
	},
	letters: async (event) => {
		const { actor, loaded } = await requireSurvey(event, 'manage');
		return { letters: (await createLetterInvitations(app().db, actor, loaded)).created };
	},
	remind: async (event) => {
		const { actor, loaded } = await requireSurvey(event, 'manage');
		const { db, mailer, config } = app();
		return { reminded: (await sendReminders(db, mailer, config.origin, actor, loaded)).reminded };
	}
};
