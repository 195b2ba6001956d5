import { json } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { participantFor, sessionIdByCode, submitAnswer } from '$lib/server/workshops/store';
import { cookieName } from '$lib/server/workshops/phone';
import { liveHub } from '$lib/server/workshops/live';
import type { RequestHandler } from './$types';

// JSON submit for scripted screens (kiosk apps, the benchmark): { activityId, value }. Answers
// with the session version that includes this answer, the acknowledgement the SSE stream echoes.
// A pins activity takes value { areaCode, category, spot?, comment } and adds one pin per call
// (not a replacement); the reply says how many this participant placed and how many are left.
// The phone page itself posts its form to the page's action.
// Error codes are the workshop rules' codes (ws_err_* messages), not the app-wide err_* ones.
const refuse = (status: number, code: string) => json({ ok: false, error: code }, { status });

export const POST: RequestHandler = async ({ params, request, cookies }) => {
	const { db } = app();
	const sessionId = /^[A-Z0-9]{6}$/.test(params.code) ? await sessionIdByCode(db, params.code) : null;
	if (!sessionId) return refuse(404, 'joinCodeUnknown');
	const participant = await participantFor(db, sessionId, cookies.get(cookieName(params.code)));
	if (!participant) return refuse(401, 'notJoined');
	const body = (await request.json().catch(() => null)) as { activityId?: unknown; value?: unknown } | null;
	if (!body || typeof body.activityId !== 'string') return refuse(400, 'invalidAnswer');
	const result = await submitAnswer(db, participant, body.activityId, body.value);
	if (!result.ok) return json(result, { status: 400 });
	await (await liveHub()).publish(result.live);
	return json({ ok: true, version: result.version, remainder: result.remainder, implausible: result.implausible, pin: result.pin });
};
