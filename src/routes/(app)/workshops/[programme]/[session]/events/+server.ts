import { requireSession } from '$lib/server/workshops/guard';
import { sseResponse } from '$lib/server/workshops/sse';
import type { RequestHandler } from './$types';

// Live stream for the facilitator's console and the projector.
export const GET: RequestHandler = async (event) => {
	const { session } = await requireSession(event, 'run');
	return sseResponse({ sessionId: session.id, version: session.version, phase: session.phase }, event.request.signal, event.url.searchParams.has('once'));
};
