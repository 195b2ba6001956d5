// Pure rules for the yearly cycle of performance agreements (Woningwet art. 44, BTIV 38–40):
// the statutory moments of one cycle year, the countdown and the dispute clock. No clock and
// no I/O: "today" is a parameter.
import { addDays, daysBetween, parseIsoDate, type IsoDate } from '../advice/rules';

/** Local practice; the minister's letter of 16 June 2023 says 1 December. Configurable per space and year. */
export const DEFAULT_SIGN_DEADLINE = { month: 12, day: 15 } as const;
export const BID_DUE = { month: 7, day: 1 } as const;
export const DISPUTE_AFTER_MONTHS = 6;
export const DISPUTE_WINDOW_DAYS = 28;

export type PhaseId = 'vision' | 'bid' | 'negotiation' | 'signing' | 'monitoring' | 'evaluation';
export type PhaseState = 'done' | 'current' | 'upcoming';

export interface Phase {
	id: PhaseId;
	/** First day of the phase (inclusive). */
	start: IsoDate;
	/** Statutory or agreed last day; the phase ends before this date for "before" moments. */
	end: IsoDate;
	state: PhaseState;
	/** Days from today to `end`; negative once passed. */
	daysLeft: number;
}

export interface CycleSettings {
	/** The calendar year in which the cycle runs: the bid before 1 July, signing before the deadline. */
	year: number;
	/** Signing deadline; default 15 December of the cycle year. */
	signDeadline?: IsoDate | null;
	/** When the talks started; default the bid date (1 July). Starts the dispute clock. */
	talksStartedOn?: IsoDate | null;
	/** True when all parties signed the agreements of this year. */
	signed?: boolean;
}

export interface DisputeClock {
	talksStartedOn: IsoDate;
	/** From this day any party may submit the dispute to the minister (6 months after the talks started). */
	opensOn: IsoDate;
	/** Last day to submit it (4 weeks later). */
	closesOn: IsoDate;
	state: 'notYet' | 'open' | 'closed' | 'notNeeded';
	daysLeft: number;
}

export interface Cycle {
	year: number;
	signDeadline: IsoDate;
	phases: Phase[];
	current: PhaseId;
	/** The next date that matters, with the days until it. */
	next: { phase: PhaseId; date: IsoDate; daysLeft: number } | null;
	dispute: DisputeClock;
}

export function isoDate(year: number, month: number, day: number): IsoDate {
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function defaultSignDeadline(year: number): IsoDate {
	return isoDate(year, DEFAULT_SIGN_DEADLINE.month, DEFAULT_SIGN_DEADLINE.day);
}

/**
 * Adds calendar months; a day that does not exist in the target month becomes its last day
 * (31 August + 6 months = 28 or 29 February), the usual reading of a term in months.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
	const [y, m, d] = date.split('-').map(Number);
	const total = y * 12 + (m - 1) + months;
	const year = Math.floor(total / 12);
	const month = (total % 12) + 1;
	const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
	return isoDate(year, month, Math.min(d, last));
}

/** Why a sign deadline is not acceptable, as a message key, or null. */
export function validateSignDeadline(value: string, year: number): string | null {
	if (!parseIsoDate(value).ok) return 'agrDateInvalid';
	const bid = isoDate(year, BID_DUE.month, BID_DUE.day);
	if (value <= bid || value > isoDate(year, 12, 31)) return 'agrDeadlineOutsideYear';
	return null;
}

export function disputeClock(talksStartedOn: IsoDate, today: IsoDate, signed = false): DisputeClock {
	const opensOn = addMonths(talksStartedOn, DISPUTE_AFTER_MONTHS);
	const closesOn = addDays(opensOn, DISPUTE_WINDOW_DAYS - 1);
	let state: DisputeClock['state'];
	if (signed) state = 'notNeeded';
	else if (today < opensOn) state = 'notYet';
	else if (today <= closesOn) state = 'open';
	else state = 'closed';
	const target = state === 'notYet' ? opensOn : closesOn;
	return { talksStartedOn, opensOn, closesOn, state, daysLeft: daysBetween(today, target) };
}

/** The phases of one cycle year with dates, their state on `today`, and the dispute clock. */
export function cycleFor(settings: CycleSettings, today: IsoDate): Cycle {
	const { year } = settings;
	const signDeadline = settings.signDeadline || defaultSignDeadline(year);
	const bidDue = isoDate(year, BID_DUE.month, BID_DUE.day);
	const talksStartedOn = settings.talksStartedOn || bidDue;
	// "Before 1 July" and "before 15 December": the last allowed day is the day before.
	const ranges: { id: PhaseId; start: IsoDate; end: IsoDate }[] = [
		{ id: 'vision', start: isoDate(year, 1, 1), end: addDays(bidDue, -1) },
		{ id: 'bid', start: isoDate(year, 1, 1), end: addDays(bidDue, -1) },
		{ id: 'negotiation', start: bidDue, end: addDays(signDeadline, -1) },
		{ id: 'signing', start: bidDue, end: addDays(signDeadline, -1) },
		{ id: 'monitoring', start: signDeadline, end: isoDate(year + 1, 12, 31) },
		{ id: 'evaluation', start: isoDate(year + 1, 1, 1), end: isoDate(year + 1, 6, 30) }
	];
	const phases: Phase[] = ranges.map((r) => ({
		...r,
		state: today > r.end ? 'done' : today >= r.start ? 'current' : 'upcoming',
		daysLeft: daysBetween(today, r.end)
	}));
	// Once signed, signing and negotiation are done whatever the date.
	if (settings.signed) {
		for (const p of phases) if ((p.id === 'negotiation' || p.id === 'signing' || p.id === 'bid' || p.id === 'vision') && p.state !== 'done') p.state = 'done';
	}
	const current =
		[...phases].reverse().find((p) => p.state === 'current' && !(settings.signed && p.id === 'evaluation' && today < p.start))?.id ??
		(today < ranges[0].start ? 'vision' : 'evaluation');
	const open = phases.filter((p) => p.state !== 'done' && p.id !== 'vision').sort((a, b) => a.end.localeCompare(b.end));
	const nextPhase = open[0] ?? null;
	return {
		year,
		signDeadline,
		phases,
		current,
		next: nextPhase ? { phase: nextPhase.id, date: nextPhase.end, daysLeft: nextPhase.daysLeft } : null,
		dispute: disputeClock(talksStartedOn, today, !!settings.signed)
	};
}

/** The cycle year that is running on `today`: the calendar year. */
export function currentCycleYear(today: IsoDate): number {
	return Number(today.slice(0, 4));
}
