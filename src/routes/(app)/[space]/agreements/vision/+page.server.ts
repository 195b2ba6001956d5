import { fail } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { forbidden, requireSpace } from '$lib/server/auth/guards';
import { toAmsterdamDate } from '$lib/server/advice/rules';
import { currentCycleYear } from '$lib/server/agreements/cycle';
import { agreementRules } from '$lib/server/agreements/access';
import { listVision, saveVisionGoal } from '$lib/server/agreements/store';
import { visionSchema } from '$lib/server/agreements/schemas';
import { THEMES } from '$lib/server/agreements/rules';
import type { Actions, PageServerLoad } from './$types';

const year = () => currentCycleYear(toAmsterdamDate(new Date()));

export const load: PageServerLoad = async (event) => {
	const { actor, space } = await requireSpace(event, 'view');
	const goals = await listVision(app().db, space.id, year());
	return { year: year(), themes: [...THEMES], goals, canEdit: agreementRules.editVision(actor, space) };
};

export const actions: Actions = {
	save: async (event) => {
		const { actor, space } = await requireSpace(event, 'change');
		if (!agreementRules.editVision(actor, space)) forbidden('agrMunicipalityOnly');
		const raw = Object.fromEntries(await event.request.formData());
		const parsed = visionSchema.safeParse(raw);
		if (!parsed.success) {
			const issue = parsed.error.issues[0];
			return fail(400, { theme: String(raw.theme ?? ''), text: String(raw.text ?? ''), field: String(issue.path[0]), error: issue.message });
		}
		await saveVisionGoal(app().db, actor, space.id, year(), parsed.data);
		return { saved: parsed.data.theme };
	}
};
