import { describe, expect, it } from 'vitest';
import { addMonths, cycleFor, defaultSignDeadline, disputeClock, validateSignDeadline } from './cycle';

describe('addMonths', () => {
	it('keeps the day, or takes the last day of a shorter month', () => {
		expect(addMonths('2026-07-01', 6)).toBe('2027-01-01');
		expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
		expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
		expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
	});
});

describe('cycleFor', () => {
	it('defaults the sign deadline to 15 December and counts down to it', () => {
		const c = cycleFor({ year: 2026 }, '2026-11-23');
		expect(c.signDeadline).toBe(defaultSignDeadline(2026));
		expect(c.current).toBe('signing');
		expect(c.next).toEqual({ phase: 'negotiation', date: '2026-12-14', daysLeft: 21 });
	});

	it('the bid is due before 1 July: 30 June is the last day', () => {
		expect(cycleFor({ year: 2026 }, '2026-06-30').phases.find((p) => p.id === 'bid')!.state).toBe('current');
		expect(cycleFor({ year: 2026 }, '2026-06-30').phases.find((p) => p.id === 'bid')!.daysLeft).toBe(0);
		expect(cycleFor({ year: 2026 }, '2026-07-01').phases.find((p) => p.id === 'bid')!.state).toBe('done');
		expect(cycleFor({ year: 2026 }, '2026-07-01').current).toBe('signing');
	});

	it('uses a configured deadline (1 December) at its edge', () => {
		const before = cycleFor({ year: 2026, signDeadline: '2026-12-01' }, '2026-11-30');
		expect(before.phases.find((p) => p.id === 'signing')).toMatchObject({ state: 'current', daysLeft: 0 });
		const on = cycleFor({ year: 2026, signDeadline: '2026-12-01' }, '2026-12-01');
		expect(on.phases.find((p) => p.id === 'signing')!.state).toBe('done');
		expect(on.current).toBe('monitoring');
	});

	it('marks signing done once signed, before the deadline', () => {
		const c = cycleFor({ year: 2026, signed: true }, '2026-10-01');
		expect(c.phases.find((p) => p.id === 'signing')!.state).toBe('done');
		expect(c.dispute.state).toBe('notNeeded');
	});

	it('is upcoming in the year before', () => {
		const c = cycleFor({ year: 2027 }, '2026-12-31');
		expect(c.phases.every((p) => p.state === 'upcoming')).toBe(true);
	});
});

describe('dispute clock', () => {
	it('opens six months after the start of talks and closes four weeks later', () => {
		expect(disputeClock('2026-07-01', '2026-12-31')).toMatchObject({ opensOn: '2027-01-01', closesOn: '2027-01-28', state: 'notYet', daysLeft: 1 });
		expect(disputeClock('2026-07-01', '2027-01-01').state).toBe('open');
		expect(disputeClock('2026-07-01', '2027-01-28')).toMatchObject({ state: 'open', daysLeft: 0 });
		expect(disputeClock('2026-07-01', '2027-01-29').state).toBe('closed');
	});
	it('is not needed once the agreements are signed', () => {
		expect(disputeClock('2026-07-01', '2027-01-10', true).state).toBe('notNeeded');
	});
});

describe('validateSignDeadline', () => {
	it('accepts a date after the bid in the cycle year only', () => {
		expect(validateSignDeadline('2026-12-01', 2026)).toBeNull();
		expect(validateSignDeadline('2026-12-31', 2026)).toBeNull();
		expect(validateSignDeadline('2027-01-01', 2026)).toBe('agrDeadlineOutsideYear');
		expect(validateSignDeadline('2026-07-01', 2026)).toBe('agrDeadlineOutsideYear');
		expect(validateSignDeadline('2026-02-30', 2026)).toBe('agrDateInvalid');
	});
});
