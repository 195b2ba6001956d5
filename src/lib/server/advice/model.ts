// Pure rules for requests: the policy topics of Overlegwet art. 3 lid 2, the type of say the
// law gives by default, input schemas and the status of every kind of request on a day.
// Error strings are message keys (messages/advice/*.json, "err_" + key).
import { z } from 'zod';
import {
	adviceDeadline,
	adviceRequestStatus,
	informationRequestDaysOpen,
	parseIsoDate,
	reasonsDueDate,
	earliestExecutionDate,
	validateAdvicePeriod,
	MIN_ADVICE_PERIOD_DAYS,
	type IsoDate
} from './rules';

export const topics = [
	'maintenance',
	'demolitionRenovationSale',
	'allocation',
	'rentalTerms',
	'rentPolicy',
	'serviceCosts',
	'mergers',
	'liveability',
	'careHousing',
	'performanceAgreements'
] as const;
export type Topic = (typeof topics)[number];

export const says = ['inform', 'advice', 'consent'] as const;
export type Say = (typeof says)[number];

/** Art. 5a: service package and costs need consent; the other art. 3 topics carry advice. */
export function defaultSay(topic: Topic): Say {
	return topic === 'serviceCosts' ? 'consent' : 'advice';
}

export const requestKinds = ['advice', 'consent', 'information', 'unsolicitedAdvice'] as const;
export type RequestKind = (typeof requestKinds)[number];

/** Who starts a request: the corporation asks advice and consent; the tenant side asks information and gives unsolicited advice. */
export function startedBy(kind: RequestKind): 'corporation' | 'tenant' {
	return kind === 'advice' || kind === 'consent' ? 'corporation' : 'tenant';
}

const dateField = z
	.string()
	.trim()
	.refine((v) => parseIsoDate(v).ok, 'advInvalidDate');

export const newRequestSchema = z
	.object({
		kind: z.enum(requestKinds, 'advKindRequired'),
		// "corporationId|tenantOrganisationId"
		pair: z.string().min(1, 'advPairRequired'),
		topic: z.enum(topics, 'advTopicRequired'),
		title: z.string().trim().min(3, 'advTitleTooShort').max(200, 'advTitleTooLong'),
		body: z.string().trim().max(20_000, 'advTextTooLong').default(''),
		documentsUrl: z
			.string()
			.trim()
			.max(500, 'advTextTooLong')
			.refine((v) => v === '' || /^https?:\/\/\S+$/.test(v), 'advUrl')
			.default(''),
		receivedOn: dateField,
		periodDays: z.string().trim().default(''),
		calendarItemId: z.string().default('')
	})
	.superRefine((v, ctx) => {
		if (v.kind === 'advice') {
			const n = Number(v.periodDays || 'x');
			const problem = v.periodDays === '' ? 'advicePeriodTooShort' : validateAdvicePeriod(n);
			if (problem) ctx.addIssue({ code: 'custom', path: ['periodDays'], message: problem === 'advicePeriodTooShort' ? 'advPeriodTooShort' : 'advPeriodWhole' });
		}
	});
export type NewRequestInput = z.infer<typeof newRequestSchema>;

export const adviceTextSchema = z.object({
	text: z.string().trim().min(1, 'advTextRequired').max(20_000, 'advTextTooLong'),
	on: dateField
});

export const answerSchema = z
	.object({
		answerKind: z.enum(['follows', 'followsInPart', 'departs', 'consent', 'refusal', 'answered'], 'advAnswerKindRequired'),
		text: z.string().trim().max(20_000, 'advTextTooLong').default(''),
		on: dateField
	})
	.superRefine((v, ctx) => {
		// Art. 5 lid 2 (departure), art. 5a (refusal) and an information answer need written text.
		if (v.answerKind !== 'follows' && v.answerKind !== 'consent' && !v.text) {
			ctx.addIssue({ code: 'custom', path: ['text'], message: v.answerKind === 'answered' ? 'advTextRequired' : 'advReasonsRequired' });
		}
	});

export { MIN_ADVICE_PERIOD_DAYS };

export interface RequestDates {
	kind: RequestKind;
	receivedOn: IsoDate;
	periodDays: number | null;
	adviceGivenOn: IsoDate | null;
	answerKind: string | null;
	answeredOn: IsoDate | null;
	closedOn: IsoDate | null;
	workStarted?: boolean;
}

export type RequestState = 'received' | 'inProgress' | 'adviceGiven' | 'answered' | 'closed' | 'overdue';

export interface RequestStatus {
	status: RequestState;
	daysLeft: number | null;
	nextDeadline: { kind: 'adviceDue' | 'reasonsDue' | 'earliestExecution'; date: IsoDate } | null;
	lapsed: boolean;
	/** Dates derived from the rules, for the page and the timeline. */
	adviceDue: IsoDate | null;
	reasonsDue: IsoDate | null;
	earliestExecution: IsoDate | null;
	daysOpen: number | null;
}

const u = (v: string | null) => v ?? undefined;

/** The status of any kind of request on `today`, every date from rules.ts. */
export function requestStatus(r: RequestDates, today: IsoDate): RequestStatus {
	const departs = r.answerKind === 'departs' || r.answerKind === 'followsInPart';
	if (r.kind === 'advice' || r.kind === 'unsolicitedAdvice') {
		// Unsolicited advice starts with the advice itself: the landlord's answer is then due as after asked-for advice.
		const period = r.kind === 'advice' ? (r.periodDays ?? MIN_ADVICE_PERIOD_DAYS) : MIN_ADVICE_PERIOD_DAYS;
		const adviceGivenOn = r.kind === 'unsolicitedAdvice' ? r.receivedOn : u(r.adviceGivenOn);
		const answer =
			r.answeredOn && r.answerKind && ['follows', 'followsInPart', 'departs'].includes(r.answerKind)
				? { kind: r.answerKind as 'follows' | 'followsInPart' | 'departs', answeredOn: r.answeredOn, reasons: 'x' }
				: undefined;
		const s = adviceRequestStatus(
			{ receivedOn: r.receivedOn, periodDays: period, adviceGivenOn, answer, closedOn: u(r.closedOn), workStarted: r.workStarted },
			today
		);
		return {
			...s,
			adviceDue: r.kind === 'advice' ? s.nextDeadline?.kind === 'adviceDue' ? s.nextDeadline.date : adviceDeadline(r.receivedOn, period) : null,
			reasonsDue: adviceGivenOn ? reasonsDueDate(adviceGivenOn) : null,
			earliestExecution: departs && r.answeredOn ? earliestExecutionDate(r.answeredOn) : null,
			daysOpen: null
		};
	}
	// Consent and information: no statutory term; show how long it has been open.
	const base = { nextDeadline: null, lapsed: false, adviceDue: null, reasonsDue: null, earliestExecution: null, daysLeft: null };
	if (r.closedOn && r.closedOn <= today) return { ...base, status: 'closed', daysOpen: null };
	if (r.answeredOn && r.answeredOn <= today) return { ...base, status: 'answered', daysOpen: informationRequestDaysOpen(r.receivedOn, today, r.answeredOn) };
	return { ...base, status: r.workStarted ? 'inProgress' : 'received', daysOpen: informationRequestDaysOpen(r.receivedOn, today) };
}


export function isOpen(s: RequestStatus): boolean {
	return s.status !== 'closed' && s.status !== 'answered';
}

export interface TimelineEvent {
	date: IsoDate;
	kind: 'received' | 'adviceDue' | 'adviceGiven' | 'reasonsDue' | 'answered' | 'earliestExecution' | 'closed' | 'today';
	/** A date the rules set (a deadline), rather than something that happened. */
	deadline: boolean;
	when: 'past' | 'today' | 'future';
}

/** Everything that happened and every date the rules set, in order, with today among them. */
export function timelineOf(r: RequestDates, today: IsoDate): TimelineEvent[] {
	const s = requestStatus(r, today);
	const events: Omit<TimelineEvent, 'when'>[] = [{ date: r.receivedOn, kind: 'received', deadline: false }];
	if (r.kind === 'advice' && s.adviceDue) events.push({ date: s.adviceDue, kind: 'adviceDue', deadline: true });
	if (r.kind === 'advice' && r.adviceGivenOn) events.push({ date: r.adviceGivenOn, kind: 'adviceGiven', deadline: false });
	// Once answered, the answer carries the reasons: the due date only matters while waiting.
	if (s.reasonsDue && !r.answeredOn) events.push({ date: s.reasonsDue, kind: 'reasonsDue', deadline: true });
	if (r.answeredOn) events.push({ date: r.answeredOn, kind: 'answered', deadline: false });
	if (s.earliestExecution) events.push({ date: s.earliestExecution, kind: 'earliestExecution', deadline: true });
	if (r.closedOn) events.push({ date: r.closedOn, kind: 'closed', deadline: false });
	events.push({ date: today, kind: 'today', deadline: false });
	const order = ['received', 'adviceGiven', 'answered', 'closed', 'today', 'adviceDue', 'reasonsDue', 'earliestExecution'];
	return events
		.sort((a, b) => a.date.localeCompare(b.date) || order.indexOf(a.kind) - order.indexOf(b.kind))
		.map((e) => ({ ...e, when: e.date < today ? 'past' : e.date === today ? 'today' : 'future' }));
}
