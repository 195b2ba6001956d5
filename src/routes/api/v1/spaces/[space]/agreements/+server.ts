import { app } from '$lib/server/app';
import { agreementScope, chosenSet } from '$lib/server/api/agreements';
import { apiData, apiError } from '$lib/server/api/respond';
import { agreementsWithLight } from '$lib/server/agreements/store';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const scope = await agreementScope(event, event.params.space);
	if (!scope.ok) return scope.response;
	const set = await chosenSet(scope, event.url);
	if (!set) return apiError(404, 'notFound');
	const rows = await agreementsWithLight(app().db, set.id);
	const party = (id: string) => scope.space.participants.find((p) => p.organisationId === id);
	return apiData({
		version: { version: set.versionNo, year: set.year, signed: !!set.lockedAt, signedAt: set.lockedAt },
		agreements: rows.map((r) => ({
			id: r.id,
			lineageId: r.lineageId,
			theme: r.theme,
			text: r.text,
			committingParties: r.committingParties.map((id) => party(id)).filter(Boolean).map((p) => ({ id: p!.organisationId, name: p!.name, kind: p!.kind })),
			owner: r.ownerName,
			indicator: r.indicator,
			unit: r.unit,
			baseline: r.baseline,
			baselineYear: r.baselineYear,
			targets: r.targets,
			deadline: r.deadline,
			trafficLight: r.light.color
		}))
	});
};
