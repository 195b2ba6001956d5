import { describe, it, expect } from 'vitest';
import {
	addDays,
	adviceDeadline,
	adviceRequestStatus,
	daysBetween,
	dayOfWeek,
	dutchPublicHolidays,
	earliestExecutionDate,
	easterSunday,
	explainDeadlineRule,
	extendToWorkingDay,
	informationRequestDaysOpen,
	isWorkingDay,
	parseIsoDate,
	publicHolidayName,
	reasonsDueDate,
	toAmsterdamDate,
	validateAdvicePeriod,
	validateAdviceRequest,
	validateAnswer,
	validateConsentParty,
	validateReplyAfterRequest,
	type AdviceRequestInput
} from './rules';

describe('parseIsoDate', () => {
	it.each(['2026-01-01', '2024-02-29', '2028-02-29', '2000-02-29', '2026-12-31', '2026-04-30'])(
		'accepts %s',
		(value) => {
			expect(parseIsoDate(value)).toEqual({ ok: true, date: value });
		}
	);

	it.each([
		'2026-02-30',
		'2025-02-29',
		'1900-02-29',
		'2026-04-31',
		'2026-13-01',
		'2026-00-10',
		'2026-01-00',
		'2026-1-5',
		'26-01-05',
		'2026-01-05T00:00',
		' 2026-01-05',
		'05-01-2026',
		''
	])('rejects %j', (value) => {
		expect(parseIsoDate(value)).toEqual({ ok: false, error: 'invalidDate' });
	});
});

describe('toAmsterdamDate', () => {
	it.each([
		// Winter time, UTC+1.
		{ instant: '2026-01-15T22:59:59Z', date: '2026-01-15' },
		{ instant: '2026-01-15T23:00:00Z', date: '2026-01-16' },
		// Clocks go forward at 01:00Z on 29 March 2026.
		{ instant: '2026-03-28T22:59:59Z', date: '2026-03-28' },
		{ instant: '2026-03-28T23:00:00Z', date: '2026-03-29' },
		{ instant: '2026-03-29T00:30:00Z', date: '2026-03-29' },
		{ instant: '2026-03-29T21:59:59Z', date: '2026-03-29' },
		{ instant: '2026-03-29T22:00:00Z', date: '2026-03-30' },
		// Summer time, UTC+2.
		{ instant: '2026-07-01T21:59:59Z', date: '2026-07-01' },
		{ instant: '2026-07-01T22:00:00Z', date: '2026-07-02' },
		// Clocks go back at 01:00Z on 25 October 2026.
		{ instant: '2026-10-24T22:30:00Z', date: '2026-10-25' },
		{ instant: '2026-10-25T22:30:00Z', date: '2026-10-25' },
		{ instant: '2026-10-25T23:30:00Z', date: '2026-10-26' },
		// Turn of the year.
		{ instant: '2026-12-31T23:00:00Z', date: '2027-01-01' }
	])('$instant is $date in Amsterdam', ({ instant, date }) => {
		expect(toAmsterdamDate(new Date(instant))).toBe(date);
	});

	it('rejects an invalid Date', () => {
		expect(() => toAmsterdamDate(new Date('nonsense'))).toThrow(RangeError);
	});
});

describe('calendar arithmetic', () => {
	it('adds days across month, leap day and year ends', () => {
		expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
		expect(addDays('2028-02-29', 1)).toBe('2028-03-01');
		expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
		expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
		expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
	});

	it('is not shifted by daylight saving', () => {
		expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
		expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
		expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
		expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
		expect(daysBetween('2026-10-01', '2026-11-01')).toBe(31);
		expect(daysBetween('2026-04-01', '2026-03-01')).toBe(-31);
	});

	it('knows the weekday', () => {
		expect(dayOfWeek('2026-03-29')).toBe(0); // Sunday
		expect(dayOfWeek('2026-04-27')).toBe(1); // Monday
		expect(dayOfWeek('2025-04-26')).toBe(6); // Saturday
	});

	it('throws on invalid dates and fractional days', () => {
		expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
		expect(() => addDays('2026-02-01', 1.5)).toThrow(RangeError);
		expect(() => daysBetween('2026-01-01', 'tomorrow')).toThrow(RangeError);
	});
});

describe('easterSunday', () => {
	it.each([
		[2024, '2024-03-31'],
		[2025, '2025-04-20'],
		[2026, '2026-04-05'],
		[2027, '2027-03-28'],
		[2028, '2028-04-16'],
		[2030, '2030-04-21'],
		// Extremes of the Gregorian range: earliest and latest possible Easter.
		[1818, '1818-03-22'],
		[2038, '2038-04-25']
	])('%i: %s', (year, date) => {
		expect(easterSunday(year)).toBe(date);
	});
});

describe('dutchPublicHolidays', () => {
	it('lists all holidays of 2026 in order', () => {
		expect(dutchPublicHolidays(2026)).toEqual([
			{ date: '2026-01-01', name: 'Nieuwjaarsdag' },
			{ date: '2026-04-03', name: 'Goede Vrijdag' },
			{ date: '2026-04-05', name: 'Eerste Paasdag' },
			{ date: '2026-04-06', name: 'Tweede Paasdag' },
			{ date: '2026-04-27', name: 'Koningsdag' },
			{ date: '2026-05-05', name: 'Bevrijdingsdag' },
			{ date: '2026-05-14', name: 'Hemelvaartsdag' },
			{ date: '2026-05-24', name: 'Eerste Pinksterdag' },
			{ date: '2026-05-25', name: 'Tweede Pinksterdag' },
			{ date: '2026-12-25', name: 'Eerste Kerstdag' },
			{ date: '2026-12-26', name: 'Tweede Kerstdag' }
		]);
	});

	it.each([
		[2025, '2025-04-26'], // 27 April 2025 was a Sunday
		[2026, '2026-04-27'],
		[2014, '2014-04-26'], // also a Sunday
		[2031, '2031-04-26'] // also a Sunday
	])('Koningsdag %i is %s', (year, date) => {
		expect(dutchPublicHolidays(year).find((h) => h.name === 'Koningsdag')?.date).toBe(date);
	});

	it('counts Bevrijdingsdag every year, not only every five years', () => {
		for (const year of [2026, 2027, 2029, 2030]) {
			expect(publicHolidayName(`${year}-05-05`)).toBe('Bevrijdingsdag');
		}
	});

	it('keeps the holidays in date order when Easter falls after Koningsdag', () => {
		const dates = dutchPublicHolidays(2038).map((h) => h.date);
		expect(dates).toEqual([...dates].sort());
		expect(publicHolidayName('2038-04-26')).toBe('Tweede Paasdag');
		expect(publicHolidayName('2038-04-27')).toBe('Koningsdag');
	});

	it('names holidays and returns null for ordinary days', () => {
		expect(publicHolidayName('2027-03-29')).toBe('Tweede Paasdag');
		expect(publicHolidayName('2026-05-14')).toBe('Hemelvaartsdag');
		expect(publicHolidayName('2025-04-27')).toBeNull();
		expect(publicHolidayName('2026-05-15')).toBeNull();
	});
});

describe('isWorkingDay and extendToWorkingDay', () => {
	it.each([
		['2026-06-15', true], // Monday
		['2026-06-13', false], // Saturday
		['2026-06-14', false], // Sunday
		['2026-04-03', false], // Goede Vrijdag
		['2026-04-06', false], // Tweede Paasdag
		['2026-04-27', false], // Koningsdag
		['2026-05-05', false], // Bevrijdingsdag
		['2026-05-15', true], // Friday after Ascension: not a statutory holiday
		['2026-12-24', true], // Christmas Eve
		['2026-12-31', true] // New Year's Eve
	])('%s working day: %s', (date, expected) => {
		expect(isWorkingDay(date)).toBe(expected);
	});

	it('leaves a working day alone and moves past a run of closed days', () => {
		expect(extendToWorkingDay('2026-06-15')).toBe('2026-06-15');
		expect(extendToWorkingDay('2026-04-03')).toBe('2026-04-07'); // Fri GF, weekend, Easter Monday
		expect(extendToWorkingDay('2025-12-25')).toBe('2025-12-29'); // Thu, Fri, weekend
	});
});

describe('adviceDeadline (42 days, Algemene termijnenwet)', () => {
	it.each([
		{ why: 'ordinary Monday', receivedOn: '2026-05-04', periodDays: 42, expected: '2026-06-15' },
		{ why: 'ends on a Saturday', receivedOn: '2026-05-02', periodDays: 42, expected: '2026-06-15' },
		{ why: 'ends on a Sunday', receivedOn: '2026-05-03', periodDays: 42, expected: '2026-06-15' },
		{ why: 'ends on Koningsdag 2026 (Monday 27 April)', receivedOn: '2026-03-16', periodDays: 42, expected: '2026-04-28' },
		{ why: 'ends on Koningsdag 2025 (Saturday 26 April)', receivedOn: '2025-03-15', periodDays: 42, expected: '2025-04-28' },
		{ why: 'ends on Easter Monday 2026', receivedOn: '2026-02-23', periodDays: 42, expected: '2026-04-07' },
		{ why: 'ends on Easter Monday 2027', receivedOn: '2027-02-15', periodDays: 42, expected: '2027-03-30' },
		{ why: 'ends on Good Friday, over Easter', receivedOn: '2026-02-20', periodDays: 42, expected: '2026-04-07' },
		{ why: 'ends on Bevrijdingsdag', receivedOn: '2026-03-24', periodDays: 42, expected: '2026-05-06' },
		{ why: 'ends on Ascension', receivedOn: '2026-04-02', periodDays: 42, expected: '2026-05-15' },
		{ why: 'ends on Whit Monday', receivedOn: '2026-04-13', periodDays: 42, expected: '2026-05-26' },
		{ why: 'Christmas (Fri), Boxing Day (Sat) and Sunday', receivedOn: '2026-11-13', periodDays: 42, expected: '2026-12-28' },
		{ why: 'Christmas (Thu), Boxing Day (Fri) and weekend', receivedOn: '2025-11-13', periodDays: 42, expected: '2025-12-29' },
		{ why: "New Year's Day (Fri) and weekend", receivedOn: '2026-11-20', periodDays: 42, expected: '2027-01-04' },
		{ why: 'across spring DST change', receivedOn: '2026-03-20', periodDays: 42, expected: '2026-05-01' },
		{ why: 'across autumn DST change', receivedOn: '2026-10-01', periodDays: 42, expected: '2026-11-12' },
		{ why: 'starts on leap day', receivedOn: '2028-02-29', periodDays: 42, expected: '2028-04-11' },
		{ why: 'ends on leap day', receivedOn: '2028-01-18', periodDays: 42, expected: '2028-02-29' },
		{ why: 'same start in a common year', receivedOn: '2027-01-18', periodDays: 42, expected: '2027-03-01' },
		{ why: 'longer agreed period from leap day, ends Good Friday', receivedOn: '2028-02-29', periodDays: 45, expected: '2028-04-18' },
		{ why: 'longer agreed period of 8 weeks', receivedOn: '2026-05-04', periodDays: 56, expected: '2026-06-29' }
	])('$why: $receivedOn + $periodDays → $expected', ({ receivedOn, periodDays, expected }) => {
		expect(adviceDeadline(receivedOn, periodDays)).toBe(expected);
	});
});

describe('validateAdvicePeriod', () => {
	it.each([
		[41, 'advicePeriodTooShort'],
		[0, 'advicePeriodTooShort'],
		[-42, 'advicePeriodTooShort'],
		[42.5, 'advicePeriodNotWhole'],
		[Number.NaN, 'advicePeriodNotWhole'],
		[42, null],
		[43, null],
		[90, null]
	])('%d days → %s', (days, expected) => {
		expect(validateAdvicePeriod(days)).toBe(expected);
	});
});

describe('reasonsDueDate (14 days) and earliestExecutionDate (3 days)', () => {
	it.each([
		{ why: 'ordinary', from: '2026-06-01', expected: '2026-06-15' },
		{ why: 'ends on a Saturday', from: '2026-06-06', expected: '2026-06-22' },
		{ why: 'ends on a Sunday', from: '2026-06-07', expected: '2026-06-22' },
		{ why: 'ends on Koningsdag', from: '2026-04-13', expected: '2026-04-28' },
		{ why: 'ends on Christmas', from: '2026-12-11', expected: '2026-12-28' },
		{ why: 'ends on leap day', from: '2028-02-15', expected: '2028-02-29' }
	])('reasons due, $why: $from → $expected', ({ from, expected }) => {
		expect(reasonsDueDate(from)).toBe(expected);
	});

	it.each([
		{ why: 'ordinary', from: '2026-06-08', expected: '2026-06-11' },
		{ why: 'ends on a Saturday', from: '2026-06-10', expected: '2026-06-15' },
		{ why: 'ends on a Sunday', from: '2026-06-11', expected: '2026-06-15' },
		{ why: 'ends on Ascension', from: '2026-05-11', expected: '2026-05-15' },
		{ why: 'ends on Easter Monday', from: '2027-03-26', expected: '2027-03-30' },
		{ why: 'across spring DST change', from: '2026-03-27', expected: '2026-03-30' },
		{ why: 'from leap day', from: '2028-02-29', expected: '2028-03-03' }
	])('earliest execution, $why: $from → $expected', ({ from, expected }) => {
		expect(earliestExecutionDate(from)).toBe(expected);
	});
});

describe('validateAnswer', () => {
	const base = { receivedOn: '2026-03-16', adviceGivenOn: '2026-04-20' };

	it('accepts an answer that follows the advice without reasons', () => {
		expect(validateAnswer({ ...base, answer: { kind: 'follows', answeredOn: '2026-04-24' } })).toEqual([]);
	});

	it.each(['departs', 'followsInPart'] as const)('rejects %s without reasons', (kind) => {
		for (const reasons of [undefined, '', '   \n']) {
			expect(validateAnswer({ ...base, answer: { kind, answeredOn: '2026-04-24', reasons } })).toEqual([
				'reasonsRequired'
			]);
		}
	});

	it('accepts a departure with reasons, also on the day of the advice', () => {
		expect(
			validateAnswer({
				...base,
				answer: { kind: 'departs', answeredOn: '2026-04-20', reasons: 'Budget is fixed.' }
			})
		).toEqual([]);
	});

	it('rejects an answer dated before the advice or the request', () => {
		expect(
			validateAnswer({ ...base, answer: { kind: 'follows', answeredOn: '2026-04-19' } })
		).toEqual(['answerBeforeAdvice']);
		expect(
			validateAnswer({ ...base, answer: { kind: 'follows', answeredOn: '2026-03-15' } })
		).toEqual(['answerBeforeRequest', 'answerBeforeAdvice']);
	});

	it('rejects an answer when no advice was given', () => {
		expect(
			validateAnswer({ receivedOn: '2026-03-16', answer: { kind: 'follows', answeredOn: '2026-05-01' } })
		).toEqual(['answerWithoutAdvice']);
	});
});

describe('validateAdviceRequest', () => {
	it('collects all problems', () => {
		expect(
			validateAdviceRequest({
				receivedOn: '2026-03-16',
				periodDays: 30,
				adviceGivenOn: '2026-03-10',
				answer: { kind: 'departs', answeredOn: '2026-03-12' },
				closedOn: '2026-03-01'
			})
		).toEqual([
			'advicePeriodTooShort',
			'adviceBeforeRequest',
			'reasonsRequired',
			'answerBeforeRequest',
			'closedBeforeRequest'
		]);
	});

	it('reports impossible dates first', () => {
		expect(validateAdviceRequest({ receivedOn: '2026-02-30', periodDays: 42 })).toEqual(['invalidDate']);
	});

	it('accepts a complete valid request', () => {
		expect(
			validateAdviceRequest({
				receivedOn: '2026-03-16',
				periodDays: 42,
				adviceGivenOn: '2026-04-20',
				answer: { kind: 'followsInPart', answeredOn: '2026-04-30', reasons: 'Phase 2 later.' },
				closedOn: '2026-06-01'
			})
		).toEqual([]);
	});
});

describe('adviceRequestStatus', () => {
	// Advice deadline: 2026-03-16 + 42 = Koningsdag 2026-04-27 → Tuesday 2026-04-28.
	const request: AdviceRequestInput = { receivedOn: '2026-03-16', periodDays: 42 };

	it.each([
		{ today: '2026-03-16', status: 'received', daysLeft: 43, lapsed: false },
		{ today: '2026-04-27', status: 'received', daysLeft: 1, lapsed: false },
		{ today: '2026-04-28', status: 'received', daysLeft: 0, lapsed: false },
		{ today: '2026-04-29', status: 'inProgress', daysLeft: -1, lapsed: true }
	])('before advice, $today: $status ($daysLeft days)', ({ today, status, daysLeft, lapsed }) => {
		expect(adviceRequestStatus(request, today)).toEqual({
			status,
			daysLeft,
			nextDeadline: { kind: 'adviceDue', date: '2026-04-28' },
			lapsed
		});
	});

	it('is inProgress once work has started', () => {
		expect(adviceRequestStatus({ ...request, workStarted: true }, '2026-04-01').status).toBe('inProgress');
	});

	// Reasons due: 2026-04-13 + 14 = Koningsdag 2026-04-27 → 2026-04-28.
	const advised: AdviceRequestInput = { ...request, adviceGivenOn: '2026-04-13' };

	it.each([
		{ today: '2026-04-13', status: 'adviceGiven', daysLeft: 15 },
		{ today: '2026-04-28', status: 'adviceGiven', daysLeft: 0 },
		{ today: '2026-04-29', status: 'overdue', daysLeft: -1 }
	])('after advice, $today: $status ($daysLeft days)', ({ today, status, daysLeft }) => {
		expect(adviceRequestStatus(advised, today)).toEqual({
			status,
			daysLeft,
			nextDeadline: { kind: 'reasonsDue', date: '2026-04-28' },
			lapsed: false
		});
	});

	it('ignores advice dated after today', () => {
		expect(adviceRequestStatus(advised, '2026-04-12')).toMatchObject({
			status: 'received',
			nextDeadline: { kind: 'adviceDue', date: '2026-04-28' }
		});
	});

	// Earliest execution: Wednesday 2026-06-10 + 3 = Saturday → Monday 2026-06-15.
	const departed: AdviceRequestInput = {
		...advised,
		answer: { kind: 'departs', answeredOn: '2026-06-10', reasons: 'Costs.' }
	};

	it.each([
		{ today: '2026-06-10', nextDeadline: { kind: 'earliestExecution', date: '2026-06-15' }, daysLeft: 5 },
		{ today: '2026-06-15', nextDeadline: { kind: 'earliestExecution', date: '2026-06-15' }, daysLeft: 0 },
		{ today: '2026-06-16', nextDeadline: null, daysLeft: null }
	])('after a departure, $today: next date $nextDeadline.date', ({ today, nextDeadline, daysLeft }) => {
		expect(adviceRequestStatus(departed, today)).toEqual({
			status: 'answered',
			daysLeft,
			nextDeadline,
			lapsed: false
		});
	});

	it('has no next date when the landlord follows the advice', () => {
		const followed: AdviceRequestInput = {
			...advised,
			answer: { kind: 'follows', answeredOn: '2026-04-20' }
		};
		expect(adviceRequestStatus(followed, '2026-04-20')).toEqual({
			status: 'answered',
			daysLeft: null,
			nextDeadline: null,
			lapsed: false
		});
	});

	it('is closed from closedOn, whatever else happened', () => {
		const closed: AdviceRequestInput = { ...departed, closedOn: '2026-07-01' };
		expect(adviceRequestStatus(closed, '2026-06-30').status).toBe('answered');
		expect(adviceRequestStatus(closed, '2026-07-01')).toEqual({
			status: 'closed',
			daysLeft: null,
			nextDeadline: null,
			lapsed: false
		});
	});

	it('reports a lapsed period on a closed request without advice', () => {
		expect(adviceRequestStatus({ ...request, closedOn: '2026-05-10' }, '2026-05-10')).toMatchObject({
			status: 'closed',
			lapsed: true
		});
	});

	it('counts days across the DST change without drift', () => {
		// 2026-03-20 + 42 = Friday 2026-05-01; clocks changed on 29 March.
		const status = adviceRequestStatus({ receivedOn: '2026-03-20', periodDays: 42 }, '2026-03-28');
		expect(status.nextDeadline).toEqual({ kind: 'adviceDue', date: '2026-05-01' });
		expect(status.daysLeft).toBe(34);
	});
});

describe('validateConsentParty', () => {
	it('allows a tenant organisation', () => {
		expect(validateConsentParty('tenantOrganisation')).toBeNull();
	});

	it('rejects a residents committee', () => {
		expect(validateConsentParty('residentsCommittee')).toBe('consentNotForResidentsCommittee');
	});
});

describe('informationRequestDaysOpen', () => {
	it.each([
		{ requestedOn: '2026-03-01', today: '2026-03-01', answeredOn: undefined, days: 0 },
		{ requestedOn: '2026-03-01', today: '2026-04-01', answeredOn: undefined, days: 31 },
		{ requestedOn: '2026-03-01', today: '2026-04-01', answeredOn: '2026-03-10', days: 9 },
		{ requestedOn: '2026-03-01', today: '2026-03-05', answeredOn: '2026-03-10', days: 4 },
		{ requestedOn: '2026-03-10', today: '2026-03-01', answeredOn: undefined, days: 0 }
	])('$requestedOn to $today (answered $answeredOn): $days', ({ requestedOn, today, answeredOn, days }) => {
		expect(informationRequestDaysOpen(requestedOn, today, answeredOn)).toBe(days);
	});
});

describe('validateReplyAfterRequest', () => {
	it.each([
		['2026-03-10', '2026-03-09', 'replyBeforeRequest'],
		['2026-03-10', '2026-03-10', null],
		['2026-03-10', '2026-03-11', null],
		['2026-12-31', '2027-01-01', null]
	])('request %s, reply %s → %s', (requestOn, replyOn, expected) => {
		expect(validateReplyAfterRequest(requestOn, replyOn)).toBe(expected);
	});
});

describe('explainDeadlineRule', () => {
	it.each([
		['nl', ['42', '14', '3', 'Algemene termijnenwet', 'zaterdag']],
		['en', ['42', '14', '3', 'Algemene termijnenwet', 'Saturday']]
	] as const)('%s mentions the rules', (locale, words) => {
		const text = explainDeadlineRule(locale);
		for (const word of words) expect(text).toContain(word);
	});

	it('differs per locale', () => {
		expect(explainDeadlineRule('nl')).not.toBe(explainDeadlineRule('en'));
	});
});
