import { error } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { getSurvey } from '$lib/server/panel/store';
import { resultsModel } from '$lib/server/panel/report';
import type { PageServerLoad } from './$types';

// The feedback loop: published results for panel members and anyone else. Aggregates only.
export const load: PageServerLoad = async ({ params, setHeaders }) => {
	const loaded = await getSurvey(app().db, params.survey);
	if (!loaded || !loaded.row.resultsPublic) error(404, { message: 'Not found', code: 'surveyNotFound' });
	setHeaders({ 'cache-control': 'public, max-age=60' });
	const model = await resultsModel(app().db, loaded);
	return { title: loaded.survey.title, panelName: loaded.panel.name, responses: model.responses, questions: model.questions.filter((q) => q.type !== 'openText') };
};
