import { describe, expect, it } from 'vitest';
import { answerSchema, defaultSay, newRequestSchema, requestStatus, timelineOf, topics, type RequestDates } from './model';

const advice = (over: Partial<RequestDates> = {}): RequestDates => ({
	kind: 'advice',
	receivedOn: '2026-03-02',
	periodDays: 42,
	adviceGivenOn: null,
	answerKind: null,
	answeredOn: null,
	closedOn: null,
	...over
});

describe('topic × say from the law', () => {
	it('gives consent on service costs and advice on the other topics', () => {
		expect(defaultSay('serviceCosts')).toBe('consent');
		expect(topics.filter((t) => defaultSay(t) === 'consent')).toEqual(['serviceCosts']);
		expect(topics).toHaveLength(10);
	});
});

describe('request input', () => {
	const base = { kind: 'advice', pair: 'c|t', topic: 'rentPolicy', title: 'Huurbeleid', receivedOn: '2026-03-02', periodDays: '42' };
	it('refuses an advice period shorter than six weeks at the field', () => {
		const r = newRequestSchema.safeParse({ ...base, periodDays: '41' });
		expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['periodDays', 'advPeriodTooShort']]);
		expect(newRequestSchema.safeParse({ ...base, periodDays: '60' }).success).toBe(true);
		expect(newRequestSchema.safeParse({ ...base, kind: 'information', periodDays: '' }).success).toBe(true);
	});
	it('refuses a date that does not exist', () => {
		const r = newRequestSchema.safeParse({ ...base, receivedOn: '2026-02-30' });
		expect(r.error?.issues[0]).toMatchObject({ path: ['receivedOn'], message: 'advInvalidDate' });
	});
	it('needs reasons for a departure or a refusal, not for following or consenting', () => {
		expect(answerSchema.safeParse({ answerKind: 'departs', text: '', on: '2026-05-01' }).error?.issues[0]).toMatchObject({ path: ['text'], message: 'advReasonsRequired' });
		expect(answerSchema.safeParse({ answerKind: 'refusal', text: ' ', on: '2026-05-01' }).success).toBe(false);
		expect(answerSchema.safeParse({ answerKind: 'follows', text: '', on: '2026-05-01' }).success).toBe(true);
		expect(answerSchema.safeParse({ answerKind: 'consent', text: '', on: '2026-05-01' }).success).toBe(true);
	});
});

describe('status of each kind of request', () => {
	it('counts down to the advice deadline, then to the reasons, then to the earliest execution', () => {
		// 2026-03-02 + 42 = 2026-04-13 (a Monday).
		expect(requestStatus(advice(), '2026-04-01')).toMatchObject({ status: 'received', adviceDue: '2026-04-13', daysLeft: 12 });
		const given = advice({ adviceGivenOn: '2026-04-10' });
		expect(requestStatus(given, '2026-04-20')).toMatchObject({ status: 'adviceGiven', reasonsDue: '2026-04-24' });
		expect(requestStatus(given, '2026-04-27')).toMatchObject({ status: 'overdue' });
		// Reasons received Friday 2026-04-24: + 3 = Monday 27 April, King's Day → Tuesday 28 April.
		const departed = advice({ adviceGivenOn: '2026-04-10', answerKind: 'departs', answeredOn: '2026-04-24' });
		expect(requestStatus(departed, '2026-04-25')).toMatchObject({ status: 'answered', earliestExecution: '2026-04-28' });
	});
	it('treats consent and information as open until answered, counting days open', () => {
		const info = advice({ kind: 'information', periodDays: null });
		expect(requestStatus(info, '2026-03-12')).toMatchObject({ status: 'received', daysOpen: 10, nextDeadline: null });
		expect(requestStatus({ ...info, answerKind: 'answered', answeredOn: '2026-03-05' }, '2026-03-12')).toMatchObject({ status: 'answered', daysOpen: 3 });
	});
	it('starts unsolicited advice with the advice itself: the answer is due like after asked advice', () => {
		const u = advice({ kind: 'unsolicitedAdvice', periodDays: null, adviceGivenOn: '2026-03-02' });
		expect(requestStatus(u, '2026-03-05')).toMatchObject({ status: 'adviceGiven', reasonsDue: '2026-03-16' });
	});
});

describe('timeline', () => {
	it('puts events and rule dates in order with today among them', () => {
		const r = advice({ adviceGivenOn: '2026-04-10', answerKind: 'departs', answeredOn: '2026-04-24' });
		const t = timelineOf(r, '2026-04-25');
		expect(t.map((e) => e.kind)).toEqual(['received', 'adviceGiven', 'adviceDue', 'answered', 'today', 'earliestExecution']);
		expect(t.find((e) => e.kind === 'earliestExecution')).toMatchObject({ date: '2026-04-28', when: 'future', deadline: true });
		const waiting = timelineOf(advice({ adviceGivenOn: '2026-04-10' }), '2026-04-20');
		expect(waiting.map((e) => e.kind)).toEqual(['received', 'adviceGiven', 'adviceDue', 'today', 'reasonsDue']);
	});
});
