import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DbHandle } from '../db';
import { createTestDb } from '../testing/db';
import { demoIds } from '../seed/demo';
import { loadActor } from '../organisations/store';
import { getSpaceBySlug, type SpaceContext } from '../spaces/store';
import type { Actor } from '../auth/access';
import { adviceRequest, auditLog, calendarItem } from '../db/schema';
import {
	addComment,
	answerRequest,
	approveCalendar,
	createCalendarItem,
	createRequest,
	getMatrix,
	getRequest,
	findPair,
	listRequests,
	listVersions,
	saveDraft,
	saveMatrix,
	sendAdvice,
	setItemStatus
} from './store';
import { adviceDemoId } from './seed';

let handle: DbHandle;
let space: SpaceContext;
let karin: Actor, henk: Actor, ineke: Actor, marja: Actor, anouk: Actor;
const hunzedal = demoIds.organisation('hunzedal');
const raad = demoIds.organisation('huurdersraad');
const committee = demoIds.organisation('kloosterveen');
const pairKey = `${hunzedal}|${raad}`;
const actor = async (email: string) => (await loadActor(handle.db, demoIds.user(email)))!;

beforeAll(async () => {
	handle = await createTestDb();
	space = (await getSpaceBySlug(handle.db, 'assen'))!;
	karin = await actor('karin.bos@hunzedal.example');
	henk = await actor('henk.jansen@huurdersraad.example');
	ineke = await actor('ineke.bakker@huurdersraad.example');
	marja = await actor('marja.kok@kloosterveste.example');
	anouk = await actor('anouk.visser@assen.example');
});
afterAll(async () => handle?.close());

const input = (over: Record<string, string> = {}) => ({
	kind: 'advice' as const,
	pair: pairKey,
	topic: 'rentPolicy' as const,
	title: 'Huurbeleid 2027',
	body: 'Voorstel',
	documentsUrl: '',
	receivedOn: '2026-03-02',
	periodDays: '42',
	calendarItemId: '',
	...over
});
const count = async () => (await handle.db.select({ id: adviceRequest.id }).from(adviceRequest)).length;

describe('demo data', () => {
	it('shows Assen requests in different states and a 2026 calendar', async () => {
		const rows = await listRequests(handle.db, space.id);
		expect(rows.length).toBeGreaterThanOrEqual(6);
		expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(['advice', 'consent', 'information', 'unsolicitedAdvice']));
		const items = await handle.db.select().from(calendarItem).where(eq(calendarItem.spaceId, space.id));
		expect(items.length).toBeGreaterThanOrEqual(6);
	});
});

describe('topic × say matrix', () => {
	it('starts from the law and is changed, audited, by either side', async () => {
		const pair = findPair(space, pairKey)!;
		const before = await getMatrix(handle.db, space.id, pair);
		expect(before.find((r) => r.topic === 'serviceCosts')?.say).toBe('consent');
		expect(await saveMatrix(handle.db, henk, space.id, pair, { mergers: 'consent' })).toEqual({ ok: true });
		const after = await getMatrix(handle.db, space.id, pair);
		expect(after.find((r) => r.topic === 'mergers')).toMatchObject({ say: 'consent', changed: true });
		const audits = await handle.db.select().from(auditLog).where(eq(auditLog.entity, 'adviceTopicSay'));
		expect(audits).toHaveLength(1);
		expect(await saveMatrix(handle.db, anouk, space.id, pair, { mergers: 'inform' })).toMatchObject({ ok: false, error: 'advNotYourPair' });
	});
	it('never gives a residents committee consent', async () => {
		const pair = findPair(space, `${hunzedal}|${committee}`)!;
		expect((await getMatrix(handle.db, space.id, pair)).some((r) => r.say === 'consent')).toBe(false);
		expect(await saveMatrix(handle.db, marja, space.id, pair, { serviceCosts: 'consent' })).toMatchObject({ ok: false, error: 'advConsentNotForCommittee' });
	});
});

describe('requests', () => {
	it('refuses consent asked from a residents committee, storing nothing', async () => {
		const n = await count();
		const result = await createRequest(handle.db, karin, space, input({ kind: 'consent', pair: `${hunzedal}|${committee}`, topic: 'serviceCosts' }));
		expect(result).toEqual({ ok: false, field: 'pair', error: 'advConsentNotForCommittee' });
		expect(await count()).toBe(n);
	});
	it('lets only the corporation ask advice, and only the tenant side ask information', async () => {
		expect(await createRequest(handle.db, henk, space, input())).toMatchObject({ ok: false, error: 'advWrongSide' });
		expect(await createRequest(handle.db, karin, space, input({ kind: 'information' }))).toMatchObject({ ok: false, error: 'advWrongSide' });
		expect(await createRequest(handle.db, anouk, space, input())).toMatchObject({ ok: false, error: 'advNotYourPair' });
	});
	it('keeps the tenant side draft and comments from the corporation until sent', async () => {
		const created = await createRequest(handle.db, karin, space, input());
		if (!created.ok) throw new Error('not created');
		expect(await saveDraft(handle.db, ineke, space.id, created.id, 'Ons concept')).toEqual({ ok: true });
		expect(await addComment(handle.db, henk, space.id, created.id, 'Goed zo')).toEqual({ ok: true });
		expect(await saveDraft(handle.db, karin, space.id, created.id, 'Gekaapt')).toMatchObject({ ok: false, error: 'advNotYourSide' });
		const asCorporation = (await getRequest(handle.db, karin, space.id, created.id))!;
		expect(asCorporation.adviceDraft).toBeNull();
		expect(asCorporation.comments).toEqual([]);
		expect(asCorporation.adviceText).toBeNull();
		expect(asCorporation.workStarted).toBe(true);
		const asTenant = (await getRequest(handle.db, henk, space.id, created.id))!;
		expect(asTenant.adviceDraft).toBe('Ons concept');
		expect(asTenant.comments.map((c) => c.body)).toEqual(['Goed zo']);
		// The draft text never reaches the audit log, which the corporation's admins read.
		const audits = await handle.db.select().from(auditLog).where(eq(auditLog.entity, 'adviceDraft'));
		expect(JSON.stringify(audits)).not.toContain('Ons concept');

		expect(await sendAdvice(handle.db, henk, space.id, created.id, { text: 'Ons advies', on: '2026-03-01' })).toMatchObject({ ok: false, field: 'on', error: 'advReplyBeforeRequest' });
		expect(await sendAdvice(handle.db, henk, space.id, created.id, { text: 'Ons advies', on: '2026-04-10' })).toEqual({ ok: true });
		expect((await getRequest(handle.db, karin, space.id, created.id))!.adviceText).toBe('Ons advies');
		expect(await sendAdvice(handle.db, henk, space.id, created.id, { text: 'Nog eens', on: '2026-04-11' })).toMatchObject({ ok: false, error: 'advAlreadySent' });
	});
	it('refuses a departure without reasons and an answer dated before the advice, storing nothing', async () => {
		const created = await createRequest(handle.db, karin, space, input({ title: 'Sloop Lariks' }));
		if (!created.ok) throw new Error('not created');
		expect(await answerRequest(handle.db, karin, space.id, created.id, { answerKind: 'follows', text: '', on: '2026-04-20' })).toMatchObject({ error: 'advAnswerWithoutAdvice' });
		await sendAdvice(handle.db, ineke, space.id, created.id, { text: 'Niet slopen', on: '2026-04-10' });
		expect(await answerRequest(handle.db, karin, space.id, created.id, { answerKind: 'departs', text: '  ', on: '2026-04-20' })).toMatchObject({ field: 'text', error: 'advReasonsRequired' });
		expect(await answerRequest(handle.db, karin, space.id, created.id, { answerKind: 'follows', text: '', on: '2026-04-01' })).toMatchObject({ field: 'on' });
		expect(await answerRequest(handle.db, henk, space.id, created.id, { answerKind: 'follows', text: '', on: '2026-04-20' })).toMatchObject({ error: 'advNotYourSide' });
		const [row] = await handle.db.select().from(adviceRequest).where(eq(adviceRequest.id, created.id));
		expect(row.answeredOn).toBeNull();
		expect(await answerRequest(handle.db, karin, space.id, created.id, { answerKind: 'departs', text: 'Funderingen zijn op', on: '2026-04-20' })).toEqual({ ok: true });
	});
	it('has consent given by the tenant organisation', async () => {
		const created = await createRequest(handle.db, karin, space, input({ kind: 'consent', topic: 'serviceCosts', title: 'Glasverzekering' }));
		if (!created.ok) throw new Error('not created');
		expect(await answerRequest(handle.db, karin, space.id, created.id, { answerKind: 'consent', text: '', on: '2026-03-10' })).toMatchObject({ error: 'advNotYourSide' });
		expect(await answerRequest(handle.db, henk, space.id, created.id, { answerKind: 'refusal', text: 'Te duur', on: '2026-03-10' })).toEqual({ ok: true });
	});
});

describe('participation calendar', () => {
	it('refuses an item outside its pair, and locks a version when both sides approve; a change makes a new version', async () => {
		const year = 2027;
		const base = { pair: pairKey, year, topic: 'maintenance' as const, title: 'Onderhoudsplan', when: '2027-03', say: 'advice' as const, raisedBy: 'corporation' as const, priority: 'normal' as const, status: 'planned' as const, owner: '' };
		expect(await createCalendarItem(handle.db, anouk, space, base)).toMatchObject({ ok: false, error: 'advNotYourPair' });
		const made = await createCalendarItem(handle.db, karin, space, base);
		if (!made.ok) throw new Error('not made');
		expect(await approveCalendar(handle.db, karin, space, pairKey, year)).toEqual({ ok: true, locked: false });
		expect(await approveCalendar(handle.db, karin, space, pairKey, year)).toMatchObject({ error: 'advAlreadyApproved' });
		expect(await approveCalendar(handle.db, henk, space, pairKey, year)).toEqual({ ok: true, locked: true });
		expect(await approveCalendar(handle.db, henk, space, pairKey, year)).toMatchObject({ error: 'advAlreadyLocked' });
		await setItemStatus(handle.db, henk, space.id, made.id, 'started');
		expect(await approveCalendar(handle.db, henk, space, pairKey, year)).toEqual({ ok: true, locked: false });
		const pair = findPair(space, pairKey)!;
		const versions = await listVersions(handle.db, space.id, pair, year);
		expect(versions.map((v) => [v.number, !!v.lockedAt])).toEqual([[2, false], [1, true]]);
	});
	it('links a request to an item of the same pair only', async () => {
		const itemId = adviceDemoId('calendarItem', 'huurverhoging');
		expect(await createRequest(handle.db, karin, space, input({ calendarItemId: itemId }))).toMatchObject({ ok: true });
		expect(await createRequest(handle.db, karin, space, input({ pair: `${hunzedal}|${committee}`, calendarItemId: itemId }))).toMatchObject({ ok: false, error: 'advItemNotInPair' });
	});
});
