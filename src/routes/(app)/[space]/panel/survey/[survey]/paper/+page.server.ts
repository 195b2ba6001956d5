import { fail } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { requireSurvey } from '$lib/server/panel/guards';
import { submitPaper } from '$lib/server/panel/store';
import { answersFromForm, formValues } from '$lib/server/panel/form';
import { ageBands, householdTypes } from '$lib/server/panel/profile';
import type { Actions, PageServerLoad } from './$types';

// Volunteers type in paper questionnaires; they count as source "paper".
export const load: PageServerLoad = async (event) => {
	const { loaded } = await requireSurvey(event, 'manage');
	return { survey: { id: loaded.row.id, title: loaded.survey.title, questions: loaded.survey.questions }, ageBands: [...ageBands], householdTypes: [...householdTypes] };
};

export const actions: Actions = {
	enter: async (event) => {
		const { actor, loaded } = await requireSurvey(event, 'manage');
		const f = await event.request.formData();
		const raw = answersFromForm(loaded.survey, f);
		if (!Object.keys(raw).length) return fail(400, { errors: {}, general: 'emptyForm', values: {} });
		const result = await submitPaper(app().db, actor, loaded, raw, { ageBand: String(f.get('ageBand') ?? ''), householdType: String(f.get('householdType') ?? '') });
		if (result.ok) return { entered: true };
		const errors = 'errors' in result ? Object.fromEntries(result.errors.filter((e) => e.questionId).map((e) => [e.questionId!, e.code])) : {};
		return fail(400, { errors, general: 'errors' in result ? (result.errors.find((e) => !e.questionId)?.code ?? null) : null, values: formValues(raw) });
	}
};
