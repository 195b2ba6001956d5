import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { DbHandle } from '../db';
import { createTestDb } from '../testing/db';
import { demoIds } from '../seed/demo';
import { loadActor } from '../organisations/store';
import type { Actor } from '../auth/access';
import { lvArea, lvPin, wsAnswer, wsParticipant, wsSession } from '../db/schema';
import { listPins } from '../liveability/store';
import { programmeXlsx } from './exports';
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
	myPins,
	participantFor,
	pinAreaChoices,
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
		// Pins: Assen on its demo wijken and buurten, Tynaarlo (no areas imported) as a whole.
		expect(c.pins!.sessions.map((s) => [s.label, s.pins])).toEqual([
			['Assen', 7],
			['Tynaarlo', 3]
		]);
		expect(c.pins!.sessions[0].areas[0]).toMatchObject({ code: 'WK010603', name: 'Assen-Oost', total: 3, counts: { nuisance: 1, maintenance: 1, loneliness: 1 } });
		expect(c.pins!.sessions[1].areas).toEqual([expect.objectContaining({ code: 'GM1730', name: 'Tynaarlo', total: 3 })]);
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

describe('pins in a live session', () => {
	let sessionId: string;
	let pinsId: string;
	let programmeId: string;
	let a: ParticipantRow;
	let b: ParticipantRow;
	const assen = demoIds.space('assen');
	const tynaarlo = demoIds.space('tynaarlo');
	const pin = { areaCode: 'BU01060300', category: 'nuisance', spot: 'Bij de flat', comment: 'Lawaai in de avond.' };
	const pinsOfActivity = async () => handle.db.select().from(lvPin).where(eq(lvPin.wsActivityId, pinsId));
	const version = async () => (await handle.db.select({ v: wsSession.version }).from(wsSession).where(eq(wsSession.id, sessionId)))[0].v;

	it('adds a pins activity with the liveability categories, and refuses a bad configuration', async () => {
		const p = await createProgramme(handle.db, karin, { organisationId: hunzedal, title: 'Buurtavond 2027' });
		if (!p.ok) throw new Error(p.error);
		programmeId = p.id;
		const s = await createSession(handle.db, karin, (await getProgramme(handle.db, p.id))!, { title: 'Buurtavond Assen en Tynaarlo', date: '2027-02-10', spaceIds: [assen, tynaarlo] });
		if (!s.ok) throw new Error(s.error);
		sessionId = s.id;
		expect(await addActivity(handle.db, karin, sessionId, 'pins', { categories: [{ code: 'a', label: 'Alleen' }] })).toMatchObject({ ok: false, error: 'tooFewCategories' });
		expect(await addActivity(handle.db, karin, sessionId, 'pins', { maxPerParticipant: 0 })).toMatchObject({ ok: false, error: 'maxPinsTooSmall' });
		const r = await addActivity(handle.db, karin, sessionId, 'pins', { maxPerParticipant: 2 });
		if (!r.ok) throw new Error(r.error);
		pinsId = r.id;
		const act = (await sessionResults(handle.db, sessionId))!.activities[0];
		expect(act.kind).toBe('pins');
		expect(act.pins).toMatchObject({ pins: 0, participants: 0, areas: [] });
		expect(act.pins!.categories.map((c) => c.code)).toEqual(['nuisance', 'maintenance', 'greenSpace', 'safety', 'loneliness', 'other']);
	});

	it('offers the imported wijken and buurten, and a municipality without them as a whole', async () => {
		const { choices, missing } = await pinAreaChoices(handle.db, (await getSession(handle.db, sessionId))!.spaces);
		expect(choices.filter((c) => c.spaceId === assen).map((c) => c.code)).toEqual(expect.arrayContaining(['WK010603', 'BU01060300', 'BU01060800']));
		expect(choices.some((c) => c.level === 'gemeente' && c.spaceId === assen)).toBe(false);
		expect(choices.filter((c) => c.spaceId === tynaarlo)).toEqual([expect.objectContaining({ code: 'GM1730', level: 'gemeente', fallback: true })]);
		expect(missing).toEqual([{ spaceId: tynaarlo, name: 'Tynaarlo', reason: 'noAreas' }]);
	});

	it('places pins as liveability pins of the area\'s space, and refuses bad ones with nothing stored', async () => {
		await sessionAction(handle.db, karin, sessionId, 'open');
		const s = (await getSession(handle.db, sessionId))!;
		const ja = await joinSession(handle.db, s, { tableId: '1', role: 'councillor', displayName: 'Jan' }, null);
		const jb = await joinSession(handle.db, s, { tableId: '2', role: 'other', displayName: '' }, null);
		if (!ja.ok || !jb.ok) throw new Error('join');
		a = (await participantFor(handle.db, sessionId, ja.token))!;
		b = (await participantFor(handle.db, sessionId, jb.token))!;
		expect(await submitAnswer(handle.db, a, pinsId, pin)).toMatchObject({ ok: false, error: 'activityNotOpen' });
		await sessionAction(handle.db, karin, sessionId, 'next');
		// An area of another municipality (in the register, not in this session) and an unknown one.
		await handle.db.insert(lvArea).values({ code: 'WK036300', level: 'wijk', name: 'Burgwallen', municipalityCode: 'GM0363' }).onConflictDoNothing();
		const before = await version();
		const bad: [unknown, string, string][] = [
			[{ ...pin, areaCode: 'WK036300' }, 'areaCode', 'pinAreaOutside'],
			[{ ...pin, areaCode: 'WK999999' }, 'areaCode', 'pinAreaUnknown'],
			[{ ...pin, areaCode: '' }, 'areaCode', 'pinAreaRequired'],
			[{ ...pin, category: 'parking' }, 'category', 'pinCategoryUnknown'],
			[{ ...pin, comment: '' }, 'comment', 'pinCommentEmpty'],
			[{ ...pin, comment: 'x'.repeat(281) }, 'comment', 'pinCommentTooLong'],
			[{ ...pin, comment: '<img src=x onerror=alert(1)>' }, 'comment', 'pinMarkup'],
			[{ ...pin, areaCode: 'GM1730', spot: '' }, 'spot', 'pinSpotRequired'],
			['BU01060300', 'pin', 'invalidAnswer']
		];
		for (const [raw, field, error] of bad) expect(await submitAnswer(handle.db, a, pinsId, raw)).toEqual({ ok: false, field, error });
		expect(await pinsOfActivity()).toHaveLength(0);
		expect(await version()).toBe(before);

		const first = await submitAnswer(handle.db, a, pinsId, { ...pin, comment: '  Lawaai\n in de avond. ' });
		expect(first).toMatchObject({ ok: true, pin: { areaCode: 'BU01060300', placed: 1, left: 1 } });
		if (!first.ok) throw new Error();
		expect(first.version).toBe(before + 1);
		const [row] = await pinsOfActivity();
		expect(row).toMatchObject({ spaceId: assen, areaCode: 'BU01060300', category: 'nuisance', comment: 'Lawaai in de avond.', spot: 'Bij de flat', authorId: null, authorName: 'Buurtavond Assen en Tynaarlo', wsParticipantId: a.id, lon: null, lat: null });
		// It shows in the liveability pages of Assen.
		expect((await listPins(handle.db, assen, 'BU01060300')).map((p) => p.id)).toContain(row.id);
		// A whole municipality with a described spot lands in that municipality's space.
		expect(await submitAnswer(handle.db, a, pinsId, { areaCode: 'gm1730', category: 'safety', spot: 'Brink in Vries', comment: 'Te hard rijden.' })).toMatchObject({ ok: true, pin: { placed: 2, left: 0 } });
		expect((await listPins(handle.db, tynaarlo)).map((p) => p.spot)).toContain('Brink in Vries');
		expect((await myPins(handle.db, a.id, pinsId)).map((p) => [p.areaName, p.category])).toEqual([
			['Assen-Oost Noord', 'nuisance'],
			['Tynaarlo', 'safety']
		]);
	});

	it('stops at the limit per participant, also for quick submits at once', async () => {
		expect(await submitAnswer(handle.db, a, pinsId, pin)).toEqual({ ok: false, field: 'pin', error: 'pinLimitReached' });
		const burst = await Promise.all(Array.from({ length: 5 }, (_, i) => submitAnswer(handle.db, b, pinsId, { ...pin, areaCode: 'WK010603', comment: `Punt ${i}` })));
		expect(burst.filter((r) => r.ok)).toHaveLength(2);
		expect(burst.filter((r) => !r.ok).every((r) => !r.ok && r.error === 'pinLimitReached')).toBe(true);
		expect(await pinsOfActivity()).toHaveLength(4);
	});

	it('counts per area and category in the results, the comparison and the XLSX', async () => {
		const r = (await sessionResults(handle.db, sessionId))!.activities.find((x) => x.id === pinsId)!;
		expect(r.answers).toBe(4);
		expect(r.pins).toMatchObject({ pins: 4, participants: 2, other: 0 });
		expect(r.pins!.areas.map((x) => [x.name, x.total])).toEqual([
			['Assen-Oost', 2],
			['Assen-Oost Noord', 1],
			['Tynaarlo', 1]
		]);
		expect(r.pins!.categories.find((c) => c.code === 'nuisance')!.count).toBe(3);
		const c = await compareProgramme(handle.db, programmeId);
		expect(c.pins!.sessions[0]).toMatchObject({ label: 'Assen, Tynaarlo', pins: 4, participants: 2 });
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load((await programmeXlsx(handle.db, (await getProgramme(handle.db, programmeId))!)) as unknown as ArrayBuffer);
		const rows = wb.getWorksheet('Spelden')!.getSheetValues().slice(2) as unknown[][];
		expect(rows.map((x) => x.slice(5, 9))).toEqual(
			expect.arrayContaining([
				['Assen-Oost', 'WK010603', 'Overlast', 2],
				['Tynaarlo', 'GM1730', 'Veiligheid', 1]
			])
		);
	});

	it('refuses pins once the activity is closed, and a reset removes exactly its pins', async () => {
		const otherPins = async () => (await handle.db.select({ n: sql<number>`count(*)::int` }).from(lvPin).where(sql`${lvPin.wsActivityId} is distinct from ${pinsId}`))[0].n;
		const others = await otherPins();
		await activityAction(handle.db, karin, sessionId, pinsId, 'close');
		expect(await submitAnswer(handle.db, b, pinsId, pin)).toMatchObject({ ok: false, error: 'activityNotOpen' });
		expect(await activityAction(handle.db, karin, sessionId, pinsId, 'reset')).toMatchObject({ ok: true });
		expect(await pinsOfActivity()).toHaveLength(0);
		expect(await otherPins()).toBe(others);
		expect((await sessionResults(handle.db, sessionId))!.activities.find((x) => x.id === pinsId)!.pins!.pins).toBe(0);
		// After the reset a participant starts with a full quota again.
		await activityAction(handle.db, karin, sessionId, pinsId, 'open');
		expect(await submitAnswer(handle.db, a, pinsId, pin)).toMatchObject({ ok: true, pin: { placed: 1, left: 1 } });
	});

	it('a reset racing with submits and a session action ends with no pins and no deadlock', async () => {
		const raced = await Promise.all([
			...Array.from({ length: 4 }, (_, i) => submitAnswer(handle.db, i % 2 ? a : b, pinsId, { ...pin, comment: `Race ${i}` })),
			activityAction(handle.db, karin, sessionId, pinsId, 'reset'),
			sessionAction(handle.db, karin, sessionId, 'lock')
		]);
		expect(raced.slice(4).every((r) => r.ok)).toBe(true);
		const act = (await sessionResults(handle.db, sessionId))!.activities.find((x) => x.id === pinsId)!;
		expect(act.state).toBe('draft');
		expect(await pinsOfActivity()).toHaveLength(0);
	});
});
