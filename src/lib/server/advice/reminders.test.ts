import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DbHandle } from '../db';
import { createTestDb } from '../testing/db';
import { createMailer } from '../mail';
import { mailOutbox } from '../db/schema';
import { demoIds } from '../seed/demo';
import { runReminders, savePreferences, selectReminders, defaultPreferences, type Person, type ReminderRequest } from './reminders';

const req = (over: Partial<ReminderRequest> = {}): ReminderRequest => ({
	id: 'r1',
	title: 'Huurbeleid',
	spaceSlug: 'assen',
	kind: 'advice',
	corporationId: 'corp',
	tenantOrganisationId: 'tenant',
	receivedOn: '2026-03-02',
	periodDays: 42,
	adviceGivenOn: null,
	answerKind: null,
	answeredOn: null,
	closedOn: null,
	...over
});
const person = (over: Partial<Person> = {}): Person => ({ userId: 'u1', email: 'a@x.example', organisationIds: ['tenant'], preferences: defaultPreferences, ...over });

describe('which reminders are due', () => {
	it('reminds the tenant side in the last week of the advice period, not before', () => {
		// Advice due 2026-04-13.
		expect(selectReminders([req()], [person()], '2026-04-05')).toEqual([]);
		const due = selectReminders([req()], [person()], '2026-04-06');
		expect(due.map((r) => r.key)).toEqual(['before:r1:u1:2026-04-13']);
		expect(selectReminders([req()], [person({ organisationIds: ['corp'] })], '2026-04-06')).toEqual([]);
		expect(selectReminders([req()], [person({ preferences: { ...defaultPreferences, beforeDeadline: false } })], '2026-04-06')).toEqual([]);
	});
	it('reminds the corporation when the written reasons are overdue', () => {
		const r = req({ adviceGivenOn: '2026-04-10' });
		const corp = person({ organisationIds: ['corp'] });
		expect(selectReminders([r], [corp], '2026-04-24')).toEqual([]);
		expect(selectReminders([r], [corp], '2026-04-25').map((x) => x.kind)).toEqual(['overdueAnswer']);
	});
	it('sends a digest on Mondays only, to who asked for it', () => {
		const p = person({ preferences: { beforeDeadline: false, overdueAnswer: false, weeklyDigest: true } });
		expect(selectReminders([req()], [p], '2026-03-10')).toEqual([]);
		expect(selectReminders([req()], [p], '2026-03-09').map((x) => x.key)).toEqual(['digest:u1:2026-03-09']);
	});
});

describe('the runner', () => {
	let handle: DbHandle;
	beforeAll(async () => {
		handle = await createTestDb();
	});
	afterAll(async () => handle?.close());

	it('sends each due reminder exactly once and respects choices', async () => {
		const mailer = createMailer(handle.db, { smtpUrl: null, from: 'test' });
		// Demo: the answer on the eviction policy is overdue (advice given 2026-08-10).
		const now = new Date('2026-09-01T08:00:00Z');
		await savePreferences(handle.db, demoIds.user('dennis.smit@hunzedal.example'), { beforeDeadline: true, overdueAnswer: false, weeklyDigest: false });
		const first = await runReminders(handle.db, mailer, 'http://localhost', now);
		expect(first).toBeGreaterThan(0);
		const mails = await handle.db.select().from(mailOutbox);
		expect(mails.some((m) => m.to === 'karin.bos@hunzedal.example' && m.text.includes('Nieuw ontruimingsbeleid'))).toBe(true);
		expect(mails.some((m) => m.to === 'dennis.smit@hunzedal.example')).toBe(false);
		// Viewers read along and get no reminders.
		expect(mails.some((m) => m.to === 'eva.mulder@hunzedal.example')).toBe(false);
		expect(await runReminders(handle.db, mailer, 'http://localhost', now)).toBe(0);
		expect((await handle.db.select().from(mailOutbox)).length).toBe(mails.length);
		expect((await handle.db.select().from(mailOutbox).where(eq(mailOutbox.to, 'karin.bos@hunzedal.example'))).length).toBe(1);
	});
});
