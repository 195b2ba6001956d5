/**
 * Date and deadline rules for tenant participation (Overlegwet) in Driehoek.
 *
 * Pure functions only: no I/O and no clock. "Today" is always a parameter.
 *
 * Rules in short:
 * - All dates are calendar dates in Europe/Amsterdam, written 'YYYY-MM-DD'.
 *   Arithmetic works on whole calendar days, so daylight saving cannot shift a day.
 * - A period of N days starting on day X ends on X + N: the start day itself does
 *   not count, the last day does. Acting on the last day is in time.
 * - Algemene termijnenwet (Atw) art. 1: a period ending on a Saturday, Sunday or
 *   public holiday (art. 3) moves to the next day that is none of these.
 * - Advice (Overlegwet art. 5 lid 1): the landlord gives the tenant organisation at
 *   least 6 weeks (42 days) from receipt of the request; a longer period may be agreed.
 * - Reasons (art. 5 lid 2): a landlord that does not (fully) follow the advice gives
 *   written reasons within 14 days after receiving the advice.
 * - Execution (art. 5 lid 3 sub c): after such reasons, the landlord may carry out
 *   the plan no earlier than 3 days after the tenant organisation received them.
 * - Consent (art. 5a): only a tenant organisation can consent, never a residents'
 *   committee (bewonerscommissie).
 * - Information requests (art. 3): answer "as soon as possible"; there is no
 *   statutory term, so we only count how long a request has been open.
 */

/** A calendar date in Europe/Amsterdam, 'YYYY-MM-DD'. Use `parseIsoDate` for user input. */
export type IsoDate = string;

export type RuleError =
	| 'invalidDate'
	| 'advicePeriodTooShort'
	| 'advicePeriodNotWhole'
	| 'reasonsRequired'
	| 'answerWithoutAdvice'
	| 'answerBeforeAdvice'
	| 'answerBeforeRequest'
	| 'adviceBeforeRequest'
	| 'closedBeforeRequest'
	| 'replyBeforeRequest'
	| 'consentNotForResidentsCommittee';

export const MIN_ADVICE_PERIOD_DAYS = 42;
export const REASONS_PERIOD_DAYS = 14;
export const EXECUTION_WAIT_DAYS = 3;

// ---------------------------------------------------------------------------
// Calendar dates
// ---------------------------------------------------------------------------

const MS_PER_DAY = 86_400_000;
const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
// Gregorian calendar only (Easter and leap years); also keeps Date.UTC away from
// its two-digit-year quirk.
const MIN_YEAR = 1583;
const MAX_YEAR = 9999;

function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
	if (month === 2) return isLeapYear(year) ? 29 : 28;
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Days since 1970-01-01, or null for anything that is not a real date. */
function dayNumberOrNull(value: string): number | null {
	const match = ISO_DATE_PATTERN.exec(value);
	if (!match) return null;
	const year = Number(match[1]);
	const month = Number(match[2]);
	const day = Number(match[3]);
	if (year < MIN_YEAR || year > MAX_YEAR) return null;
	if (month < 1 || month > 12) return null;
	if (day < 1 || day > daysInMonth(year, month)) return null;
	return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

function dayNumber(date: IsoDate): number {
	const n = dayNumberOrNull(date);
	// Rules expect validated dates; a bad one here is a programming error.
	if (n === null) throw new RangeError(`Invalid IsoDate: ${JSON.stringify(date)}`);
	return n;
}

function fromDayNumber(n: number): IsoDate {
	const iso = new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
	if (dayNumberOrNull(iso) === null) throw new RangeError(`Date out of range: day ${n}`);
	return iso;
}

function toIsoDate(year: number, month: number, day: number): IsoDate {
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export type ParseResult = { ok: true; date: IsoDate } | { ok: false; error: 'invalidDate' };

/** Strict 'YYYY-MM-DD' check that rejects impossible dates such as 2026-02-30. */
export function parseIsoDate(value: string): ParseResult {
	return dayNumberOrNull(value) === null
		? { ok: false, error: 'invalidDate' }
		: { ok: true, date: value };
}

const amsterdamFormatter = new Intl.DateTimeFormat('en-US', {
	timeZone: 'Europe/Amsterdam',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit'
});

/** The calendar date in Europe/Amsterdam at the given instant. */
export function toAmsterdamDate(instant: Date): IsoDate {
	if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid Date');
	// formatToParts instead of format(): the order of parts differs per locale.
	const parts = amsterdamFormatter.formatToParts(instant);
	const part = (type: Intl.DateTimeFormatPartTypes) =>
		Number(parts.find((p) => p.type === type)?.value);
	return toIsoDate(part('year'), part('month'), part('day'));
}

export function addDays(date: IsoDate, days: number): IsoDate {
	if (!Number.isInteger(days)) throw new RangeError(`Days must be a whole number: ${days}`);
	return fromDayNumber(dayNumber(date) + days);
}

/** Calendar days from `from` to `to`; negative when `to` lies before `from`. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
	return dayNumber(to) - dayNumber(from);
}

/** 0 = Sunday … 6 = Saturday, as in Date#getUTCDay. */
export function dayOfWeek(date: IsoDate): number {
	return new Date(dayNumber(date) * MS_PER_DAY).getUTCDay();
}

// ---------------------------------------------------------------------------
// Public holidays (Algemene termijnenwet art. 3)
// ---------------------------------------------------------------------------

export interface PublicHoliday {
	date: IsoDate;
	name: string;
}

function assertYear(year: number): void {
	if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
		throw new RangeError(`Unsupported year: ${year}`);
	}
}

/** Easter Sunday, anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
	assertYear(year);
	const a = year % 19;
	const b = Math.floor(year / 100);
	const c = year % 100;
	const d = Math.floor(b / 4);
	const e = b % 4;
	const f = Math.floor((b + 8) / 25);
	const g = Math.floor((b - f + 1) / 3);
	const h = (19 * a + b - d - g + 15) % 30;
	const i = Math.floor(c / 4);
	const k = c % 4;
	const l = (32 + 2 * e + 2 * i - h - k) % 7;
	const m = Math.floor((a + 11 * h + 22 * l) / 451);
	const month = Math.floor((h + l - 7 * m + 114) / 31);
	const day = ((h + l - 7 * m + 114) % 31) + 1;
	return toIsoDate(year, month, day);
}

/**
 * Holidays that extend a period under the Algemene termijnenwet, sorted by date.
 * Easter Sunday and Whit Sunday are always Sundays; they are listed for display.
 * Koningsdag follows the rule in force since 2014 (27 April, or 26 April when the
 * 27th is a Sunday). Extra days the Crown may add under art. 3 lid 3 (such as the
 * Friday after Ascension) are not included.
 */
export function dutchPublicHolidays(year: number): PublicHoliday[] {
	assertYear(year);
	const easter = easterSunday(year);
	const kingsDay = toIsoDate(year, 4, 27);
	const holidays: PublicHoliday[] = [
		{ date: toIsoDate(year, 1, 1), name: 'Nieuwjaarsdag' },
		{ date: addDays(easter, -2), name: 'Goede Vrijdag' },
		{ date: easter, name: 'Eerste Paasdag' },
		{ date: addDays(easter, 1), name: 'Tweede Paasdag' },
		{
			date: dayOfWeek(kingsDay) === 0 ? toIsoDate(year, 4, 26) : kingsDay,
			name: 'Koningsdag'
		},
		{ date: toIsoDate(year, 5, 5), name: 'Bevrijdingsdag' },
		{ date: addDays(easter, 39), name: 'Hemelvaartsdag' },
		{ date: addDays(easter, 49), name: 'Eerste Pinksterdag' },
		{ date: addDays(easter, 50), name: 'Tweede Pinksterdag' },
		{ date: toIsoDate(year, 12, 25), name: 'Eerste Kerstdag' },
		{ date: toIsoDate(year, 12, 26), name: 'Tweede Kerstdag' }
	];
	// ISO strings sort chronologically; Easter may fall before or after Koningsdag.
	return holidays.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

// Memoised per year: deadline loops ask for the same year many times.
const holidayCache = new Map<number, ReadonlyMap<IsoDate, string>>();

function holidaysByDate(year: number): ReadonlyMap<IsoDate, string> {
	let byDate = holidayCache.get(year);
	if (!byDate) {
		byDate = new Map(dutchPublicHolidays(year).map((h) => [h.date, h.name]));
		holidayCache.set(year, byDate);
	}
	return byDate;
}

/** The Dutch name of the public holiday on this date, or null. */
export function publicHolidayName(date: IsoDate): string | null {
	dayNumber(date); // validate before trusting the year prefix
	return holidaysByDate(Number(date.slice(0, 4))).get(date) ?? null;
}

/** Not a Saturday, Sunday or public holiday in the sense of the Algemene termijnenwet. */
export function isWorkingDay(date: IsoDate): boolean {
	const weekday = dayOfWeek(date);
	return weekday !== 0 && weekday !== 6 && publicHolidayName(date) === null;
}

/** Atw art. 1: a period ending on a non-working day ends on the next working day instead. */
export function extendToWorkingDay(date: IsoDate): IsoDate {
	let result = date;
	while (!isWorkingDay(result)) result = addDays(result, 1);
	return result;
}

// ---------------------------------------------------------------------------
// Advice right (Overlegwet art. 5)
// ---------------------------------------------------------------------------

export function validateAdvicePeriod(
	periodDays: number
): 'advicePeriodTooShort' | 'advicePeriodNotWhole' | null {
	if (!Number.isInteger(periodDays)) return 'advicePeriodNotWhole';
	if (periodDays < MIN_ADVICE_PERIOD_DAYS) return 'advicePeriodTooShort';
	return null;
}

/**
 * Last day on which the tenant organisation can give its advice in time.
 * Computes what it is given; check the period with `validateAdvicePeriod` first.
 */
export function adviceDeadline(receivedOn: IsoDate, periodDays: number): IsoDate {
	return extendToWorkingDay(addDays(receivedOn, periodDays));
}

/** Last day for the landlord's written reasons when it does not (fully) follow the advice. */
export function reasonsDueDate(adviceReceivedOn: IsoDate): IsoDate {
	return extendToWorkingDay(addDays(adviceReceivedOn, REASONS_PERIOD_DAYS));
}

/**
 * First day on which the landlord may carry out the plan after giving reasons.
 *
 * Choice: we also apply the Atw art. 1 extension to this 3-day waiting period.
 * Strictly it is a "not before" period rather than one within which something
 * must be done, but extending it is the tenant-friendly reading: the earliest
 * start never falls on a weekend or holiday, and the app never shows a date
 * earlier than any reading of the law allows. Atw art. 4 (at least two working
 * days in a period of 3+ days) is not applied.
 */
export function earliestExecutionDate(reasonsReceivedOn: IsoDate): IsoDate {
	return extendToWorkingDay(addDays(reasonsReceivedOn, EXECUTION_WAIT_DAYS));
}

export type AnswerKind = 'follows' | 'followsInPart' | 'departs';

export interface AdviceAnswer {
	kind: AnswerKind;
	/** Date the tenant organisation received the landlord's written answer. */
	answeredOn: IsoDate;
	reasons?: string | undefined;
}

export interface AdviceRequestInput {
	/** Date the tenant organisation received the request for advice. */
	receivedOn: IsoDate;
	periodDays: number;
	/** Date the landlord received the written advice. */
	adviceGivenOn?: IsoDate | undefined;
	answer?: AdviceAnswer | undefined;
	closedOn?: IsoDate | undefined;
	/** The tenant organisation has started working on its advice. */
	workStarted?: boolean | undefined;
}

export type AnswerError =
	| 'reasonsRequired'
	| 'answerWithoutAdvice'
	| 'answerBeforeAdvice'
	| 'answerBeforeRequest';

/** Checks the landlord's answer; returns every problem found (empty when valid). */
export function validateAnswer(input: {
	receivedOn: IsoDate;
	adviceGivenOn?: IsoDate | undefined;
	answer: AdviceAnswer;
}): AnswerError[] {
	const { receivedOn, adviceGivenOn, answer } = input;
	const errors: AnswerError[] = [];
	// Art. 5 lid 2: not (fully) following the advice requires written reasons.
	if (answer.kind !== 'follows' && !answer.reasons?.trim()) errors.push('reasonsRequired');
	if (answer.answeredOn < receivedOn) errors.push('answerBeforeRequest');
	if (adviceGivenOn === undefined) errors.push('answerWithoutAdvice');
	else if (answer.answeredOn < adviceGivenOn) errors.push('answerBeforeAdvice');
	return errors;
}

/** All problems with a stored advice request, for forms and imports. */
export function validateAdviceRequest(input: AdviceRequestInput): RuleError[] {
	const errors: RuleError[] = [];
	for (const date of [input.receivedOn, input.adviceGivenOn, input.answer?.answeredOn, input.closedOn]) {
		if (date !== undefined && dayNumberOrNull(date) === null) return ['invalidDate'];
	}
	const periodError = validateAdvicePeriod(input.periodDays);
	if (periodError) errors.push(periodError);
	if (input.adviceGivenOn !== undefined && input.adviceGivenOn < input.receivedOn) {
		errors.push('adviceBeforeRequest');
	}
	if (input.answer) {
		errors.push(...validateAnswer({ ...input, answer: input.answer }));
	}
	if (input.closedOn !== undefined && input.closedOn < input.receivedOn) {
		errors.push('closedBeforeRequest');
	}
	return errors;
}

export type AdviceRequestState =
	| 'received'
	| 'inProgress'
	| 'adviceGiven'
	| 'answered'
	| 'closed'
	| 'overdue';

export type DeadlineKind = 'adviceDue' | 'reasonsDue' | 'earliestExecution';

export interface AdviceRequestStatus {
	status: AdviceRequestState;
	/** Calendar days from today to nextDeadline.date; 0 on the day itself, negative when past. */
	daysLeft: number | null;
	nextDeadline: { kind: DeadlineKind; date: IsoDate } | null;
	/** The advice period ended without advice; the landlord may then go ahead (art. 5 lid 3 sub b). */
	lapsed: boolean;
}

/**
 * Status of an advice request on `today`. Events dated after today are not yet
 * taken into account, so the status can be computed for any day.
 *
 * 1. closed      closedOn on or before today.
 * 2. answered    the landlord answered. When it (partly) departs from the advice, the
 *                next date is the earliest execution date, shown up to and including that day.
 * 3. adviceGiven advice given, no answer yet; next date is the reasons due date.
 *    overdue     the same, but the reasons due date has passed (daysLeft < 0).
 * 4. received /  no advice yet ('inProgress' once work has started); next date is
 *    inProgress  the advice deadline. When that has passed the period has lapsed:
 *                status 'inProgress', lapsed = true, daysLeft < 0. This is not
 *                'overdue': giving advice is a right, not an obligation.
 */
export function adviceRequestStatus(
	input: AdviceRequestInput,
	today: IsoDate
): AdviceRequestStatus {
	const known = (date: IsoDate | undefined): date is IsoDate =>
		date !== undefined && date <= today;
	const lapsed =
		!known(input.adviceGivenOn) && today > adviceDeadline(input.receivedOn, input.periodDays);

	const result = (
		status: AdviceRequestState,
		deadline: AdviceRequestStatus['nextDeadline']
	): AdviceRequestStatus => ({
		status,
		daysLeft: deadline ? daysBetween(today, deadline.date) : null,
		nextDeadline: deadline,
		lapsed
	});

	if (known(input.closedOn)) return result('closed', null);

	if (input.answer && known(input.answer.answeredOn)) {
		if (input.answer.kind === 'follows') return result('answered', null);
		const date = earliestExecutionDate(input.answer.answeredOn);
		return result('answered', today <= date ? { kind: 'earliestExecution', date } : null);
	}

	if (known(input.adviceGivenOn)) {
		const date = reasonsDueDate(input.adviceGivenOn);
		return result(today <= date ? 'adviceGiven' : 'overdue', { kind: 'reasonsDue', date });
	}

	const date = adviceDeadline(input.receivedOn, input.periodDays);
	const status = lapsed || input.workStarted ? 'inProgress' : 'received';
	return result(status, { kind: 'adviceDue', date });
}

// ---------------------------------------------------------------------------
// Consent, information requests, general checks
// ---------------------------------------------------------------------------

export type ConsentPartyKind = 'tenantOrganisation' | 'residentsCommittee';

/** Art. 5a: the consent right belongs to tenant organisations only. */
export function validateConsentParty(
	kind: ConsentPartyKind
): 'consentNotForResidentsCommittee' | null {
	return kind === 'residentsCommittee' ? 'consentNotForResidentsCommittee' : null;
}

/**
 * Calendar days an information request has been open: until the answer if it came
 * on or before today, else until today. Never negative.
 */
export function informationRequestDaysOpen(
	requestedOn: IsoDate,
	today: IsoDate,
	answeredOn?: IsoDate
): number {
	const end = answeredOn !== undefined && answeredOn <= today ? answeredOn : today;
	return Math.max(0, daysBetween(requestedOn, end));
}

/** A reply on the day of the request is fine; a reply before it is not. */
export function validateReplyAfterRequest(
	requestOn: IsoDate,
	replyOn: IsoDate
): 'replyBeforeRequest' | null {
	return daysBetween(requestOn, replyOn) < 0 ? 'replyBeforeRequest' : null;
}

const DEADLINE_RULE_TEXT: Record<'nl' | 'en', string> = {
	nl:
		'Zo rekenen we de datums uit. We tellen gewone dagen op de kalender. ' +
		'De dag waarop iets binnenkomt, telt niet mee. ' +
		'De huurdersorganisatie krijgt minstens 6 weken (42 dagen) voor haar advies. ' +
		'Volgt de verhuurder het advies niet, of maar voor een deel? ' +
		'Dan legt hij binnen 14 dagen na het advies schriftelijk uit waarom. ' +
		'Daarna mag hij zijn plan pas uitvoeren 3 dagen nadat de huurdersorganisatie die uitleg heeft gekregen. ' +
		'Valt de laatste dag op een zaterdag, zondag of officiële feestdag? ' +
		'Dan schuift die dag op naar de eerstvolgende werkdag. Dat staat in de Algemene termijnenwet. ' +
		'De laatste dag telt nog mee: wie dan reageert, is op tijd. ' +
		'Alle datums zijn in Nederlandse tijd.',
	en:
		'This is how we calculate the dates. We count calendar days. ' +
		'The day something arrives does not count. ' +
		'The tenant organisation gets at least 6 weeks (42 days) to give its advice. ' +
		'If the landlord does not follow the advice, or only in part, ' +
		'it explains why in writing within 14 days after receiving the advice. ' +
		'It may then carry out the plan no earlier than 3 days after the tenant organisation received that explanation. ' +
		'Does the last day fall on a Saturday, Sunday or public holiday? ' +
		'Then it moves to the next working day, as the Dutch General Time Limits Act (Algemene termijnenwet) says. ' +
		'The last day still counts: a response on that day is in time. ' +
		'All dates are in Dutch time.'
};

/** Plain-language explanation of the date rules (B1 Dutch or English) for the page. */
export function explainDeadlineRule(locale: 'nl' | 'en'): string {
	return DEADLINE_RULE_TEXT[locale];
}
