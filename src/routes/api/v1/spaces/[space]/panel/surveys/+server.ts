import { apiSpace } from '$lib/server/api/guard';
import { apiData } from '$lib/server/api/respond';
import { listSpaceSurveys } from '$lib/server/panel/store';
import { app } from '$lib/server/app';
import type { RequestHandler } from './$types';

// Panel surveys of a space: titles and dates, no answers.
export const GET: RequestHandler = async (event) => {
	const guarded = await apiSpace(event, event.params.space);
	if (!guarded.ok) return guarded.response;
	const rows = await listSpaceSurveys(app().db, guarded.value.space.id);
	return apiData(rows.map((r) => ({ id: r.id, title: r.title, panelId: r.panelId, panelName: r.panelName, opensAt: r.opensAt, closesAt: r.closesAt, version: r.version, resultsPublic: r.resultsPublic })));
};
