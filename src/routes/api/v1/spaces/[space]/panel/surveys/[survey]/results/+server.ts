import { apiSpace } from '$lib/server/api/guard';
import { apiData, apiError } from '$lib/server/api/respond';
import { getSurvey } from '$lib/server/panel/store';
import { resultsModel } from '$lib/server/panel/report';
import { app } from '$lib/server/app';
import type { RequestHandler } from './$types';

// Aggregated results only: counts, shares and summaries per question. Single answers never leave through the API.
export const GET: RequestHandler = async (event) => {
	const guarded = await apiSpace(event, event.params.space);
	if (!guarded.ok) return guarded.response;
	const loaded = await getSurvey(app().db, event.params.survey);
	if (!loaded || loaded.panel.spaceId !== guarded.value.space.id) return apiError(404, 'notFound');
	const model = await resultsModel(app().db, loaded);
	return apiData({ surveyId: loaded.row.id, title: loaded.survey.title, version: loaded.survey.version, responses: model.responses, responseRate: model.rates, bySource: model.bySource, questions: model.questions });
};
