import { error } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { getSessionByCode } from '$lib/server/workshops/store';
import { sseResponse } from '$lib/server/workshops/sse';
import type { RequestHandler } from './$types';

// Live stream for phones: only version and phase numbers, nothing anyone typed, so knowing the
// join code is enough (the code is what gives access to the room anyway).
export const GET: RequestHandler = async ({ params, request, url }) => {
	const session = /^[A-Z0-9]{6}$/.test(params.code) ? await getSessionByCode(app().db, params.code) : null;
	if (!session) error(404, { message: 'Not found', code: 'notFound' });
	return sseResponse({ sessionId: session.id, version: session.version, phase: session.phase }, request.signal, url.searchParams.has('once'));
};
