import { app } from '$lib/server/app';
import { agreementScope, chosenSet } from '$lib/server/api/agreements';
import { apiData, apiError } from '$lib/server/api/respond';
import { listAgreements, listProgress } from '$lib/server/agreements/store';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const scope = await agreementScope(event, event.params.space);
	if (!scope.ok) return scope.response;
	const set = await chosenSet(scope, event.url);
	if (!set) return apiError(404, 'notFound');
	const rows = await listAgreements(app().db, set.id);
	const progress = await listProgress(app().db, rows.map((r) => r.lineageId));
	return apiData(
		progress.map((p) => ({ id: p.id, lineageId: p.lineageId, period: p.period, measuredOn: p.measuredOn, value: p.value, explanation: p.explanation }))
	);
};
