import { apiProgramme, publicSession } from '$lib/server/api/workshops';
import { apiData } from '$lib/server/api/respond';
import { compareProgramme, listSessions } from '$lib/server/workshops/store';
import { app } from '$lib/server/app';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const guarded = await apiProgramme(event, event.params.programme);
	if (!guarded.ok) return guarded.response;
	const { programme } = guarded.value;
	const { db } = app();
	const [sessions, comparison] = await Promise.all([listSessions(db, programme.id), compareProgramme(db, programme.id)]);
	return apiData({ programme, sessions: sessions.map(publicSession), comparison });
};
