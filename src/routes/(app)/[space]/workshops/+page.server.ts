import { app } from '$lib/server/app';
import { requireSpace } from '$lib/server/auth/guards';
import { listSessionsForSpace } from '$lib/server/workshops/store';
import type { PageServerLoad } from './$types';

// Sessions held for this municipality, from any organisation's programme: their results are
// open to everyone in the space.
export const load: PageServerLoad = async (event) => {
	const { space } = await requireSpace(event, 'view');
	return { sessions: await listSessionsForSpace(app().db, space.id) };
};
