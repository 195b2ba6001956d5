import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { DbHandle } from '../db';
import { createTestDb } from '../testing/db';
import { demoIds } from '../seed/demo';
import { loadActor } from '../organisations/store';
import type { Actor } from '../auth/access';
import { wsAnswer, wsParticipant } from '../db/schema';
import {
	activityAction,
	addActivity,
	compareProgramme,
	createProgramme,
	createSession,
	findSessionCode,
	getProgramme,
	getSession,
	joinSession,
	listProgrammes,
	participantFor,
	sessionAction,
	sessionResults,
	submitAnswer,
	type ParticipantRow
} from './store';
import { createMemoryHub, createPostgresHub, type LiveMessage } from './live';
import { inject } from 'vitest';

let handle: DbHandle;
let karin: Actor;
let eva: Actor;
const hunzedal = demoIds.organisation('hunzedal');

beforeAll(async () => {
	handle = await createTestDb();
	karin = (await loadActor(handle.db, demoIds.user('karin.bos@hunzedal.example')))!;
	eva = (await loadActor(handle.db, demoIds.user('eva.mulder@hunzedal.example')))!;
});
afterAll(() => handle.close());

describe('demo programme', () => {
	it('compares the two finished sessions', async () => {
		const [p] = await listProgrammes(handle.db, [hunzedal]);
		expect(p.title).toBe('Masterclass Wonen & Sociale huur 2026');
		expect(p.sessions).toBe(2);
		const c = await compareProgramme(handle.db, p.id);
		expect(c.sessions.map((s) => s.label)).toEqual(['Assen', 'Tynaarlo']);
		const affordability = c.themes!.rows.find((r) => r.code === 'affordability')!;
		expect(affordability.shares[c.sessions[0].id]).toBeCloseTo(33.33, 1);
		expect(c.estimates[0].rows.map((r) => r.trueValue)).toEqual([4.8, 6.2]);
		expect(c.estimates[0].rows[0].summary!.median).toBe(4.5);
	});
});

describe('a live session', () => {
	let sessionId: string;
	let chipsId: string, estimateId: string, pollId: string;
	let a: { token: string; p: ParticipantRow };
	let b: { token: string; p: ParticipantRow };

	it('refuses a programme for an organisation that is not yours, and an eva (viewer)', async () => {
		expect(await createProgramme(handle.db, karin, { organisationId: demoIds.organisation('assen'), title: 'Test' })).toMatchObject({ ok: false, error: 'organisationNotYours' });
		expect(await createProgramme(handle.db, eva, { organisationId: hunzedal, title: 'Test' })).toMatchObject({ ok: false });
		expect(await createProgramme(handle.db, karin, { organisationId: hunzedal, title: '<b>x</b>' })).toMatchObject({ ok: false, error: 'markup' });
	});

	it('creates a programme, a session for two spaces and three activities', async () => {
		const p = await createProgramme(handle.db, karin, { organisationId: hunzedal, title: 'Werkatelier 2027' });
		if (!p.ok) throw new Error(p.error);
		const programme = (await getProgramme(handle.db, p.id))!;
		expect(await createSession(handle.db, karin, programme, { title: 'Sessie', date: '2027-13-01', spaceIds: [demoIds.space('assen')] })).toMatchObject({ ok: false, error: 'dateInvalid' });
		expect(await createSession(handle.db, karin, programme, { title: 'Sessie', date: '2027-01-20', spaceIds: [] })).toMatchObject({ ok: false, error: 'spaceRequired' });
		const s = await createSession(handle.db, karin, programme, { title: 'Sessie Assen', date: '2027-01-20', place: 'Assen', spaceIds: [demoIds.space('assen'), demoIds.space('tynaarlo')] });
		if (!s.ok) throw new Error(s.error);
		expect(s.joinCode).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
		sessionId = s.id;
		expect((await getSession(handle.db, s.id))!.spaces.map((x) => x.name)).toEqual(['Assen', 'Tynaarlo']);
		const c = await addActivity(handle.db, karin, sessionId, 'chips', { budget: 10, step: 1 });
		const e = await addActivity(handle.db, karin, sessionId, 'estimate', { question: 'Hoe lang is de inschrijfduur?', unit: 'years', trueValue: 5, source: 'Woonkeus', topic: 'waitingTime', measure: 'registrationTime' });
		const bad = await addActivity(handle.db, karin, sessionId, 'estimate', { question: 'Hoe lang is de wachttijd?', unit: 'years', topic: 'waitingTime' });
		expect(bad).toMatchObject({ ok: false, error: 'measureRequired' });
		const q = await addActivity(handle.db, karin, sessionId, 'poll', { type: 'singleChoice', question: 'Wat eerst?', options: [{ code: 'a', label: 'Bouwen' }, { code: 'b', label: 'Verduurzamen' }] });
		if (!c.ok || !e.ok || !q.ok) throw new Error('activity');
		[chipsId, estimateId, pollId] = [c.id, e.id, q.id];
	});

	it('joins by code only when open, with a clear error for markup and unknown codes', async () => {
		const s = (await getSession(handle.db, sessionId))!;
		expect(await joinSession(handle.db, s, { tableId: '1', role: 'councillor', displayName: '' }, null)).toMatchObject({ ok: false, error: 'sessionNotOpen' });
		await sessionAction(handle.db, karin, sessionId, 'open');
		const open = (await getSession(handle.db, sessionId))!;
		expect(await joinSession(handle.db, open, { tableId: '1', role: 'councillor', displayName: '<script>' }, null)).toMatchObject({ ok: false, error: 'displayNameMarkup' });
		expect(await joinSession(handle.db, open, { tableId: '99', role: 'councillor', displayName: '' }, null)).toMatchObject({ ok: false, error: 'tableRequired' });
		expect(await findSessionCode(handle.db, 'ZZZZZZ')).toMatchObject({ ok: false, error: 'joinCodeUnknown' });
		expect(await findSessionCode(handle.db, open.joinCode.toLowerCase())).toEqual({ ok: true, code: open.joinCode });
		const ja = await joinSession(handle.db, open, { tableId: '1', role: 'councillor', displayName: 'Jan' }, null);
		const jb = await joinSession(handle.db, open, { tableId: '2', role: 'alderman', displayName: '' }, null);
		if (!ja.ok || !jb.ok) throw new Error('join');
		a = { token: ja.token, p: (await participantFor(handle.db, sessionId, ja.token))! };
		b = { token: jb.token, p: (await participantFor(handle.db, sessionId, jb.token))! };
		// The same phone joining again changes its table, it does not add a participant.
		const again = await joinSession(handle.db, open, { tableId: '3', role: 'councillor', displayName: 'Jan' }, ja.token);
		expect(again).toMatchObject({ ok: true, participantId: a.p.id });
		a.p = (await participantFor(handle.db, sessionId, ja.token))!;
		expect(a.p.tableId).toBe('3');
		expect(await handle.db.select().from(wsParticipant).where(eq(wsParticipant.sessionId, sessionId))).toHaveLength(2);
		await sessionAction(handle.db, karin, sessionId, 'lock');
		expect(await joinSession(handle.db, (await getSession(handle.db, sessionId))!, { tableId: '1', role: 'other', displayName: '' }, null)).toMatchObject({ ok: false, error: 'sessionLocked' });
	});

	it('takes chips only while open, refuses bad counts, and replaces a second submit', async () => {
		expect(await submitAnswer(handle.db, a.p, chipsId, { affordability: '5' })).toMatchObject({ ok: false, error: 'activityNotOpen' });
		await sessionAction(handle.db, karin, sessionId, 'next');
		expect(await submitAnswer(handle.db, a.p, chipsId, { affordability: '11' })).toMatchObject({ ok: false, error: 'overBudget' });
		expect(await submitAnswer(handle.db, a.p, chipsId, { affordability: '-1' })).toMatchObject({ ok: false, error: 'chipsNegative' });
		expect(await submitAnswer(handle.db, a.p, chipsId, { affordability: '1.5' })).toMatchObject({ ok: false, error: 'chipsNotWhole' });
		const first = await submitAnswer(handle.db, a.p, chipsId, { affordability: '6', liveability: '4' });
		const second = await submitAnswer(handle.db, a.p, chipsId, { affordability: '2', liveability: '3' });
		expect(first).toMatchObject({ ok: true, remainder: 0 });
		expect(second).toMatchObject({ ok: true, remainder: 5 });
		if (!first.ok || !second.ok) throw new Error();
		expect(second.version).toBeGreaterThan(first.version);
		await submitAnswer(handle.db, b.p, chipsId, { affordability: '10' });
		const r = (await sessionResults(handle.db, sessionId))!;
		const chips = r.activities.find((x) => x.id === chipsId)!.chips!;
		expect(chips.overall.participants).toBe(2);
		expect(chips.overall.themes.find((t) => t.code === 'affordability')!.sum).toBe(12);
		expect(chips.perTable.map((t) => t.tableId)).toEqual(['2', '3']);
		expect(await handle.db.select().from(wsAnswer).where(and(eq(wsAnswer.activityId, chipsId), eq(wsAnswer.participantId, a.p.id)))).toHaveLength(1);
	});

	it('hides guesses until the reveal and flags absurd ones', async () => {
		await sessionAction(handle.db, karin, sessionId, 'next');
		expect(await submitAnswer(handle.db, a.p, estimateId, 'vier')).toMatchObject({ ok: false, error: 'guessNotANumber' });
		expect(await submitAnswer(handle.db, a.p, estimateId, '4,5 jaar')).toMatchObject({ ok: true, implausible: false });
		expect(await submitAnswer(handle.db, b.p, estimateId, '1000')).toMatchObject({ ok: true, implausible: true });
		let r = (await sessionResults(handle.db, sessionId))!;
		let est = r.activities.find((x) => x.id === estimateId)!;
		expect(est.answers).toBe(2);
		expect(est.estimate).toBeUndefined();
		expect(await activityAction(handle.db, karin, sessionId, estimateId, 'reveal')).toMatchObject({ ok: false, error: 'transitionNotAllowed' });
		await activityAction(handle.db, karin, sessionId, estimateId, 'close');
		await activityAction(handle.db, karin, sessionId, estimateId, 'reveal');
		r = (await sessionResults(handle.db, sessionId))!;
		est = r.activities.find((x) => x.id === estimateId)!;
		expect(est.estimate).toMatchObject({ guesses: 2, flagged: 1, trueValue: 5 });
		expect(est.estimate!.summary!.median).toBe(4.5);
	});

	it('counts a poll, and a reset clears it', async () => {
		await activityAction(handle.db, karin, sessionId, pollId, 'open');
		expect(await submitAnswer(handle.db, a.p, pollId, 'zzz')).toMatchObject({ ok: false, error: 'optionUnknown' });
		await submitAnswer(handle.db, a.p, pollId, 'a');
		await submitAnswer(handle.db, a.p, pollId, 'b');
		await submitAnswer(handle.db, b.p, pollId, 'b');
		let poll = (await sessionResults(handle.db, sessionId))!.activities.find((x) => x.id === pollId)!.poll!;
		expect(poll.participants).toBe(2);
		expect(poll.type === 'singleChoice' && poll.options.map((o) => o.count)).toEqual([0, 2]);
		await activityAction(handle.db, karin, sessionId, pollId, 'reset');
		poll = (await sessionResults(handle.db, sessionId))!.activities.find((x) => x.id === pollId)!.poll!;
		expect(poll.participants).toBe(0);
		await sessionAction(handle.db, karin, sessionId, 'close');
		expect(await submitAnswer(handle.db, a.p, chipsId, { affordability: '1' })).toMatchObject({ ok: false, error: 'sessionClosed' });
	});

	it('counts 40 concurrent submits exactly once each', async () => {
		await sessionAction(handle.db, karin, sessionId, 'open');
		await sessionAction(handle.db, karin, sessionId, 'unlock');
		await activityAction(handle.db, karin, sessionId, chipsId, 'open');
		const s = (await getSession(handle.db, sessionId))!;
		const people = [];
		for (let i = 0; i < 20; i++) {
			const j = await joinSession(handle.db, s, { tableId: String((i % 4) + 1), role: 'other', displayName: '' }, null);
			if (!j.ok) throw new Error(j.error);
			people.push((await participantFor(handle.db, sessionId, j.token))!);
		}
		const results = await Promise.all(people.flatMap((p) => [submitAnswer(handle.db, p, chipsId, { liveability: '2' }), submitAnswer(handle.db, p, chipsId, { liveability: '1' })]));
		expect(results.every((r) => r.ok)).toBe(true);
		const versions = results.map((r) => (r.ok ? r.version : 0));
		expect(new Set(versions).size).toBe(40);
		const chips = (await sessionResults(handle.db, sessionId))!.activities.find((x) => x.id === chipsId)!.chips!;
		expect(chips.overall.participants).toBe(22);
	});
});

describe('live hub', () => {
	it('delivers a published message to subscribers of that session only, coalesced', async () => {
		const hub = handle.kind === 'postgres' ? createPostgresHub(inject('dbTemplate').mode === 'postgres' ? (handle.pool as unknown as { options: { connectionString: string } }).options.connectionString : '', (q, p) => handle.pool!.query(q, p)) : createMemoryHub();
		const got: LiveMessage[] = [];
		const other: LiveMessage[] = [];
		hub.subscribe('s1', (m) => got.push(m));
		hub.subscribe('s2', (m) => other.push(m));
		await hub.ready();
		await hub.publish({ sessionId: 's1', version: 3, phase: 1 });
		await hub.publish({ sessionId: 's1', version: 4, phase: 1 });
		const until = Date.now() + 3000;
		while (!got.some((m) => m.version === 4) && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
		expect(got.at(-1)).toEqual({ sessionId: 's1', version: 4, phase: 1 });
		expect(other).toEqual([]);
		await hub.close();
	});
});
