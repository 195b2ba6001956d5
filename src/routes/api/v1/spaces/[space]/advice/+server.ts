import { apiSpace } from '$lib/server/api/guard';
import { apiData } from '$lib/server/api/respond';
import { listRequests } from '$lib/server/advice/store';
import { requestStatus } from '$lib/server/advice/model';
import { toAmsterdamDate } from '$lib/server/advice/rules';
import { app } from '$lib/server/app';
import type { RequestHandler } from './$types';

// The requests of a space with their status and dates. The tenant side's draft advice is never included.
export const GET: RequestHandler = async (event) => {
	const guarded = await apiSpace(event, event.params.space);
	if (!guarded.ok) return guarded.response;
	const { space } = guarded.value;
	const query = event.url.searchParams;
	const wanted = Number(query.get('limit')) || 100;
	const skip = Number(query.get('offset')) || 0;
	const limit = Math.min(500, Math.max(1, wanted));
	const offset = Math.max(0, skip);
	const today = toAmsterdamDate(new Date());
	const rows = await listRequests(app().db, space.id, { limit, offset });
	return apiData(
		rows.map(({ workStarted: _w, ...r }) => {
			const s = requestStatus(r, today);
			return {
				...r,
				status: s.status,
				nextDeadline: s.nextDeadline,
				daysLeft: s.daysLeft,
				adviceDue: s.adviceDue,
				reasonsDue: s.reasonsDue,
				earliestExecution: s.earliestExecution
			};
		})
	);
};
