// Splitting a submission into "who answered" and "what was answered".
//
// Why: DOMAIN (Tenant panel) — answers are anonymous unless the tenant explicitly lifts anonymity
// at the end. The panel still needs to know who answered (to stop reminders, to compute the
// response rate, to let a member withdraw consent). So one submission becomes two records that
// share nothing that could join them again: the participation record knows the member and the
// invitation but not the answers; the response record knows the answers but not the member, the
// invitation or the exact moment (an exact timestamp on both sides would be a join key). The
// response keeps only a coarse period (ISO week by default) for trend charts.
//
// Storage must keep the split honest too (not enforced here): response ids random (not
// sequential), no created_at default on the response table, and the two inserts not logged
// together.
import type { Answers } from './answers';

export const sources = ['online', 'letter', 'paper'] as const;
export type ResponseSource = (typeof sources)[number];

export interface Participation {
	invitationId: string;
	memberId: string;
	/** Date only, Europe/Amsterdam, YYYY-MM-DD: enough for reminders and response curves. */
	answeredOn: string;
}

export interface AnonymousResponse {
	answers: Answers;
	source: ResponseSource;
	/** "2026-W48" (week bucket, default) or "2026-11-23" (day bucket). */
	period: string;
	/** Only when the tenant chose, at the end of the survey, to lift anonymity. */
	optionalName?: string;
}

const amsterdamDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Calendar date in Europe/Amsterdam as YYYY-MM-DD. */
export function localDate(at: Date): string {
	return amsterdamDate.format(at);
}

/** ISO-8601 week of a YYYY-MM-DD date, e.g. "2026-W48". */
export function isoWeek(date: string): string {
	const [y, m, d] = date.split('-').map(Number);
	const t = new Date(Date.UTC(y, m - 1, d));
	const day = t.getUTCDay() || 7;
	t.setUTCDate(t.getUTCDate() + 4 - day); // the Thursday of this week decides the year
	const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
	const week = Math.ceil(((t.getTime() - yearStart) / 86_400_000 + 1) / 7);
	return `${t.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

export interface SubmissionToSplit {
	invitationId: string;
	memberId: string;
	answers: Answers;
	submittedAt: Date;
	source: ResponseSource;
	/** Name given by the tenant when lifting anonymity; omitted or blank = anonymous. */
	attachName?: string | null;
	/**
	 * 'week' (default) or 'day'. A day bucket can be joined to answeredOn on quiet days (one
	 * answer that day = identified), so use it only for large panels.
	 */
	bucket?: 'week' | 'day';
}

export function splitSubmission(input: SubmissionToSplit): { participation: Participation; response: AnonymousResponse } {
	const day = localDate(input.submittedAt);
	const response: AnonymousResponse = {
		// Copied so later edits to the caller's object cannot leak anything back in.
		answers: structuredClone(input.answers),
		source: input.source,
		period: input.bucket === 'day' ? day : isoWeek(day)
	};
	const name = input.attachName?.trim();
	if (name) response.optionalName = name.slice(0, 120);
	return {
		participation: { invitationId: input.invitationId, memberId: input.memberId, answeredOn: day },
		response
	};
}

const FORBIDDEN_KEYS = new Set(['memberid', 'invitationid', 'userid', 'email', 'submittedat', 'createdat', 'timestamp', 'answeredon']);
const TIMESTAMP = /\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;

/**
 * Throws when a response record carries anything that could join it to a participation record:
 * an id or timestamp field, a Date, a string with a time of day, or (when given) the very ids of
 * the participation. For tests and as a guard before the insert.
 */
export function assertNoJoinKeys(response: unknown, participation?: Participation): void {
	const ids = participation ? new Set([participation.memberId, participation.invitationId]) : new Set<string>();
	// Inside the answers a tenant may type a date and time in an open answer: only ids count there.
	const visit = (value: unknown, path: string, inAnswers: boolean): void => {
		if (value instanceof Date) throw new Error(`joinKey: date at ${path}`);
		if (typeof value === 'string') {
			if (ids.has(value)) throw new Error(`joinKey: participation id at ${path}`);
			if (!inAnswers && TIMESTAMP.test(value)) throw new Error(`joinKey: timestamp at ${path}`);
			return;
		}
		if (Array.isArray(value)) return value.forEach((v, i) => visit(v, `${path}[${i}]`, inAnswers));
		if (value && typeof value === 'object') {
			for (const [k, v] of Object.entries(value)) {
				if (!inAnswers && FORBIDDEN_KEYS.has(k.toLowerCase())) throw new Error(`joinKey: field ${path}.${k}`);
				visit(v, `${path}.${k}`, inAnswers || (path === 'response' && k === 'answers'));
			}
		}
	};
	visit(response, 'response', false);
}
