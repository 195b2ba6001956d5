import { app } from '$lib/server/app';
import { requireSession } from '$lib/server/workshops/guard';
import { sessionResults } from '$lib/server/workshops/store';
import type { PageServerLoad } from './$types';

// Results that last: readable by the programme's organisation and by everyone in the session's
// municipalities. Estimates show their spread once revealed or once the session is closed.
export const load: PageServerLoad = async (event) => {
	const { programme, session, mayRun } = await requireSession(event, 'results');
	const results = (await sessionResults(app().db, session.id))!;
	return { programme: { id: programme.id, title: programme.title }, mayRun, ...results };
};
