import { app } from '$lib/server/app';
import { requireSpace } from '$lib/server/auth/guards';
import { getPreferences, savePreferences } from '$lib/server/advice/reminders';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { actor } = await requireSpace(event, 'view');
	return { preferences: await getPreferences(app().db, actor.userId) };
};

export const actions: Actions = {
	save: async (event) => {
		// Preferences are personal: anyone who can see the space chooses their own mail.
		const { actor } = await requireSpace(event, 'view');
		const data = await event.request.formData();
		await savePreferences(app().db, actor.userId, {
			beforeDeadline: data.get('beforeDeadline') === 'on',
			overdueAnswer: data.get('overdueAnswer') === 'on',
			weeklyDigest: data.get('weeklyDigest') === 'on'
		});
		return { ok: true };
	}
};
