import { fail } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { panelKey } from '$lib/server/panel/form';
import { requireSurvey } from '$lib/server/panel/guards';
import { searchOpenAnswers, setResultsPublic, surveyBreakdown } from '$lib/server/panel/store';
import { resultsModel } from '$lib/server/panel/report';
import { profileAttributes, type ProfileAttribute } from '$lib/server/panel/results';
import { effectiveThreshold } from '$lib/server/panel/results';
import type { Actions, PageServerLoad } from './$types';

// Aggregated results: every party of the space. Open answers and exports with single answers: the panel's own people.
export const load: PageServerLoad = async (event) => {
	const { loaded, manages } = await requireSurvey(event, 'view');
	const { db } = app();
	const q = event.url.searchParams;
	const model = await resultsModel(db, loaded);
	const breakdownQuestion = q.get('bq') ?? '';
	const attribute = (profileAttributes as readonly string[]).includes(q.get('by') ?? '') ? (q.get('by') as ProfileAttribute) : null;
	const breakdown = breakdownQuestion && attribute ? await surveyBreakdown(db, loaded, breakdownQuestion, attribute) : null;
	const openQuestions = loaded.survey.questions.filter((x) => x.type === 'openText');
	const search = (q.get('q') ?? '').slice(0, 100);
	const open = manages ? await Promise.all(openQuestions.map(async (x) => ({ id: x.id, text: x.text, answers: await searchOpenAnswers(db, loaded.row.id, x.id, search) }))) : [];
	return {
		survey: { id: loaded.row.id, title: loaded.survey.title, resultsPublic: loaded.row.resultsPublic, questions: loaded.survey.questions.map((x) => ({ id: x.id, text: x.text, type: x.type })) },
		panelName: loaded.panel.name,
		threshold: effectiveThreshold(loaded.panel.threshold),
		manages,
		model,
		breakdown,
		breakdownQuestion,
		attribute,
		attributes: [...profileAttributes],
		open,
		search
	};
};

export const actions: Actions = {
	publish: async (event) => {
		const { actor, loaded } = await requireSurvey(event, 'manage');
		const f = await event.request.formData();
		const value = f.get('public');
		if (value !== 'yes' && value !== 'no') return fail(400, { error: panelKey('generic') });
		await setResultsPublic(app().db, actor, loaded, f.get('public') === 'yes');
		return { published: f.get('public') === 'yes' };
	}
};
