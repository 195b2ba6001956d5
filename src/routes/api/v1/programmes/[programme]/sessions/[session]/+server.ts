import { apiSession, publicSession } from '$lib/server/api/workshops';
import { apiData } from '$lib/server/api/respond';
import { sessionResults } from '$lib/server/workshops/store';
import { app } from '$lib/server/app';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const guarded = await apiSession(event, event.params.programme, event.params.session);
	if (!guarded.ok) return guarded.response;
	const r = (await sessionResults(app().db, guarded.value.session.id))!;
	return apiData({
		session: publicSession(r.session),
		activities: r.activities.map(({ sessionId: _s, ...a }) => a),
		tables: r.tables
	});
};
