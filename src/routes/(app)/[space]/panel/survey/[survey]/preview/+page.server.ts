import { requireSurvey } from '$lib/server/panel/guards';
import type { PageServerLoad } from './$types';

// What a tenant will see, without sending anything.
export const load: PageServerLoad = async (event) => {
	const { loaded } = await requireSurvey(event, 'manage');
	return { survey: { id: loaded.row.id, title: loaded.survey.title, intro: loaded.survey.intro, questions: loaded.survey.questions }, panelName: loaded.panel.name };
};
