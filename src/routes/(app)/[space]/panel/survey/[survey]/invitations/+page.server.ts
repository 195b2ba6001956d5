import { fail } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { panelKey } from '$lib/server/panel/form';
import { requireSurvey } from '$lib/server/panel/guards';
import { createLetterInvitations, invitationStats, letterRows, inviteByEmail, sendReminders } from '$lib/server/panel/store';
import type { Actions, PageServerLoad } from './$types';

// Inviting to a survey that has closed would only disappoint people.
const closed = (loaded: { survey: { closesAt: Date } }) => loaded.survey.closesAt.getTime() <= Date.now();

export const load: PageServerLoad = async (event) => {
	const { loaded } = await requireSurvey(event, 'manage');
	const [stats, letters] = await Promise.all([invitationStats(app().db, loaded.row.id), letterRows(app().db, loaded.row.id)]);
	return { survey: { id: loaded.row.id, title: loaded.survey.title }, stats, letters: letters.map((l) => ({ name: l.name, address: l.address, code: l.display })) };
};

export const actions: Actions = {
	email: async (event) => {
		const { actor, loaded } = await requireSurvey(event, 'manage');
		if (closed(loaded)) return fail(400, { error: panelKey('surveyClosed') });
		const { db, mailer, config } = app();
		return { sent: (await inviteByEmail(db, mailer, config.origin, actor, loaded)).sent };
	},
	letters: async (event) => {
		const { actor, loaded } = await requireSurvey(event, 'manage');
		if (closed(loaded)) return fail(400, { error: panelKey('surveyClosed') });
		return { letters: (await createLetterInvitations(app().db, actor, loaded)).created };
	},
	remind: async (event) => {
		const { actor, loaded } = await requireSurvey(event, 'manage');
		if (closed(loaded)) return fail(400, { error: panelKey('surveyClosed') });
		const { db, mailer, config } = app();
		return { reminded: (await sendReminders(db, mailer, config.origin, actor, loaded)).reminded };
	}
};
