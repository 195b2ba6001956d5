import { error, fail, redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { findSessionCode, getSessionByCode, joinSession, listActivities, participantFor, submitAnswer, TABLES } from '$lib/server/workshops/store';
import { answerFromForm, cookieName, phoneView, setParticipantCookie } from '$lib/server/workshops/phone';
import { liveHub } from '$lib/server/workshops/live';
import { participantRoles } from '$lib/server/workshops/session';
import type { Actions, PageServerLoad } from './$types';

async function sessionFor(code: string) {
	const { db } = app();
	const session = /^[A-Z0-9]{6}$/.test(code) ? await getSessionByCode(db, code) : null;
	if (session) return session;
	// Typed by hand in the address bar: accept look-alikes and lower case.
	const found = await findSessionCode(db, code);
	if (found.ok) redirect(303, `/w/${found.code}`);
	error(404, { message: 'Not found', code: 'notFound' });
}

export const load: PageServerLoad = async ({ params, cookies, url }) => {
	const session = await sessionFor(params.code);
	const view = await phoneView(app().db, session, cookies.get(cookieName(session.joinCode)));
	return {
		session: { code: session.joinCode, title: session.title, state: session.state, locked: session.locked, phase: session.phase },
		...view,
		editing: url.searchParams.has('edit') || !view.participant,
		saved: url.searchParams.has('saved'),
		flagged: url.searchParams.get('saved') === 'flagged',
		tables: TABLES,
		roles: participantRoles
	};
};

// A workshop rule code (ws_err_activityUnknown), kept in a constant.
const ACTIVITY_UNKNOWN = 'activityUnknown';

export const actions: Actions = {
	join: async ({ params, cookies, request, url }) => {
		const session = await sessionFor(params.code);
		const form = await request.formData();
		const values = { tableId: form.get('tableId'), role: form.get('role'), displayName: form.get('displayName') };
		const result = await joinSession(app().db, session, values, cookies.get(cookieName(session.joinCode)) ?? null);
		if (!result.ok) return fail(400, { join: { field: result.field, error: result.error, values: { tableId: String(values.tableId ?? ''), role: String(values.role ?? ''), displayName: String(values.displayName ?? '') } } });
		setParticipantCookie(cookies, session.joinCode, result.token, url.protocol === 'https:');
		await (await liveHub()).publish(result.live);
		redirect(303, `/w/${session.joinCode}`);
	},
	answer: async ({ params, cookies, request }) => {
		const session = await sessionFor(params.code);
		const { db } = app();
		const participant = await participantFor(db, session.id, cookies.get(cookieName(session.joinCode)));
		if (!participant) redirect(303, `/w/${session.joinCode}`);
		const form = await request.formData();
		const activity = (await listActivities(db, session.id)).find((a) => a.id === String(form.get('activityId') ?? ''));
		if (!activity) return fail(400, { answer: { field: 'activity', error: ACTIVITY_UNKNOWN, errors: [] as { theme: string | null; code: string }[], values: {} as Record<string, string> } });
		const raw = answerFromForm(activity, form);
		const result = await submitAnswer(db, participant, activity.id, raw);
		if (!result.ok) {
			const values = Object.fromEntries([...form.entries()].filter(([k]) => k !== 'activityId').map(([k, v]) => [k, String(v)]));
			return fail(400, { answer: { field: result.field, error: result.error, errors: result.errors ?? [], values } });
		}
		await (await liveHub()).publish(result.live);
		redirect(303, `/w/${session.joinCode}?saved=${result.implausible ? 'flagged' : '1'}`);
	}
};
