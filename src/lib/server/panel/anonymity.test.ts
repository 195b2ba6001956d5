import { describe, expect, it } from 'vitest';
import { assertNoJoinKeys, isoWeek, localDate, splitSubmission } from './anonymity';

const input = {
	invitationId: 'inv_7f3a',
	memberId: 'mem_19c2',
	answers: { Q1: 'a', Q2: 'Lekkage sinds 2026-11-20 14:00' },
	submittedAt: new Date('2026-11-23T23:30:00Z'), // 00:30 on 24 November in Amsterdam
	source: 'online' as const
};

describe('splitting a submission', () => {
	it('gives a participation without answers and a response without ids or exact time', () => {
		const { participation, response } = splitSubmission(input);
		expect(participation).toEqual({ invitationId: 'inv_7f3a', memberId: 'mem_19c2', answeredOn: '2026-11-24' });
		expect(response).toEqual({ answers: input.answers, source: 'online', period: '2026-W48' });
		expect(Object.keys(participation)).not.toContain('answers');
		expect(() => assertNoJoinKeys(response, participation)).not.toThrow();
	});

	it('uses a day bucket only when asked, and copies the answers', () => {
		const { response } = splitSubmission({ ...input, bucket: 'day' });
		expect(response.period).toBe('2026-11-24');
		expect(response.answers).not.toBe(input.answers);
	});

	it.each([
		[undefined, undefined],
		['   ', undefined],
		[' Fatima  ', 'Fatima']
	])('attaches a name only when the tenant gave one (%j)', (attachName, expected) => {
		expect(splitSubmission({ ...input, attachName }).response.optionalName).toBe(expected);
	});

	it.each([
		['2026-01-01', '2026-W01'],
		['2027-01-01', '2026-W53'],
		['2024-12-30', '2025-W01'],
		['2026-11-23', '2026-W48']
	])('ISO week of %s is %s', (date, week) => {
		expect(isoWeek(date)).toBe(week);
	});

	it('takes the calendar date in Amsterdam, also across summer time', () => {
		expect(localDate(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
		expect(localDate(new Date('2026-06-30T21:30:00Z'))).toBe('2026-06-30');
	});
});

describe('join key guard', () => {
	const ok = { answers: { Q1: 'a' }, source: 'letter', period: '2026-W48' };
	it.each([
		['a member id field', { ...ok, memberId: 'mem_1' }],
		['an invitation id field', { ...ok, invitationId: 'inv_1' }],
		['a submittedAt field', { ...ok, submittedAt: '2026-11-23' }],
		['a Date anywhere', { ...ok, extra: { when: new Date() } }],
		['an exact timestamp string', { ...ok, period: '2026-11-23T10:15:00Z' }],
		['the participation id as a value', { ...ok, answers: { Q1: 'mem_19c2' } }]
	])('throws on %s', (_name, response) => {
		expect(() => assertNoJoinKeys(response, { memberId: 'mem_19c2', invitationId: 'inv_7f3a', answeredOn: '2026-11-24' })).toThrow(/joinKey/);
	});

	it('allows a date and time typed inside an open answer', () => {
		expect(() => assertNoJoinKeys({ ...ok, answers: { Q2: 'sinds 2026-11-20 14:00' } })).not.toThrow();
	});
});
