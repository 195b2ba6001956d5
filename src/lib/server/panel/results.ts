// Aggregation for results pages: per question, breakdowns with small-group suppression,
// open answers with search, response rates. One pass over the responses, typed-array counters.
import type { Answers } from './answers';
import type { ResponseSource } from './anonymity';
import { sources } from './anonymity';
import type { Question, Survey } from './survey';
import { type NumberSummary, percent, summariseInPlace } from './stats';
import { foldText } from './text';

export const profileAttributes = ['municipality', 'neighbourhood', 'ageBand', 'householdType', 'tenureYears', 'source'] as const;
export type ProfileAttribute = (typeof profileAttributes)[number];

/** What results need from a stored response. Profile values are coarse bands, never exact. */
export interface ResultResponse {
	answers: Answers;
	source?: ResponseSource;
	profile?: Partial<Record<Exclude<ProfileAttribute, 'source'>, string>>;
}

export interface OptionCount {
	code: string;
	label: string;
	count: number;
	/** 0–100, unrounded: the page rounds. Multiple choice: share of respondents to the question. */
	percent: number;
}

interface Common {
	questionId: string;
	text: string;
	/** Number of valid answers to this question. */
	n: number;
}

export type QuestionResult =
	| (Common & { type: 'singleChoice' | 'multipleChoice'; options: OptionCount[] })
	| (Common & { type: 'scale'; distribution: { value: number; count: number; percent: number }[]; mean: number | null; median: number | null })
	| (Common & { type: 'number'; summary: NumberSummary | null })
	| (Common & { type: 'ranking'; options: { code: string; label: string; averagePosition: number | null; borda: number; rank: number }[] })
	| (Common & { type: 'openText' });

/** Competition ranking (1, 2, 2, 4) by score, highest first. */
export function competitionRanks(scores: number[]): number[] {
	return scores.map((s) => 1 + scores.filter((t) => t > s).length);
}

// Counting state per question, in typed arrays, handled by one switch inside one loop (see
// aggregateQuestions): no per-question closures, so the hot loop stays monomorphic.
const SINGLE = 0;
const MULTIPLE = 1;
const SCALE = 2;
const NUMBER = 3;
const RANKING = 4;
const OPEN = 5;
const KIND: Record<Question['type'], number> = { singleChoice: SINGLE, multipleChoice: MULTIPLE, scale: SCALE, number: NUMBER, ranking: RANKING, openText: OPEN };

interface State {
	q: Question;
	kind: number;
	id: string;
	n: number;
	sum: number;
	/** Option code → index (choice, ranking). */
	index: Map<string, number>;
	/** Choice: count per option; scale: count per value (index = value). */
	counts: Int32Array;
	/** Ranking: sum of positions per option. */
	positionSum: Float64Array;
	/** Number: the values. */
	values: Float64Array;
	/** Ranking: option indexes of one answer. */
	scratch: Int32Array;
}

function newState(q: Question, capacity: number): State {
	const options = 'options' in q ? q.options : [];
	return {
		q,
		kind: KIND[q.type],
		id: q.id,
		n: 0,
		sum: 0,
		index: new Map(options.map((o, i) => [o.code, i])),
		counts: new Int32Array(q.type === 'scale' ? q.scaleMax + 1 : options.length),
		positionSum: new Float64Array(options.length),
		values: new Float64Array(q.type === 'number' ? capacity : 0),
		scratch: new Int32Array(options.length)
	};
}

function add(st: State, v: unknown): void {
	switch (st.kind) {
		case SINGLE:
		case MULTIPLE: {
			if (typeof v === 'string') {
				const i = st.index.get(v);
				if (i !== undefined) (st.counts[i]++, st.n++);
			} else if (Array.isArray(v)) {
				let any = false;
				for (let j = 0; j < v.length; j++) {
					const i = st.index.get(v[j]);
					if (i !== undefined) (st.counts[i]++, (any = true));
				}
				if (any) st.n++;
			}
			return;
		}
		case SCALE:
			if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v < st.counts.length) (st.counts[v]++, st.n++, (st.sum += v));
			return;
		case NUMBER:
			if (typeof v === 'number' && Number.isFinite(v)) st.values[st.n++] = v;
			return;
		case RANKING: {
			const k = st.scratch.length;
			if (!Array.isArray(v) || v.length !== k) return;
			for (let p = 0; p < k; p++) {
				const i = st.index.get(v[p]);
				if (i === undefined) return; // validated on submit; ignore anything odd
				st.scratch[p] = i;
			}
			for (let p = 0; p < k; p++) st.positionSum[st.scratch[p]] += p + 1;
			st.n++;
			return;
		}
		default:
			if (typeof v === 'string' && v !== '') st.n++;
	}
}

function finish(st: State): QuestionResult {
	const { q, n, counts } = st;
	const common = { questionId: q.id, text: q.text, n };
	switch (q.type) {
		case 'singleChoice':
		case 'multipleChoice':
			return { ...common, type: q.type, options: q.options.map((o, i) => ({ code: o.code, label: o.label, count: counts[i], percent: percent(counts[i], n) })) };
		case 'scale': {
			// Median straight from the distribution: mean of the two middle order statistics.
			const at = (k: number) => {
				let seen = 0;
				for (let v = 1; v <= q.scaleMax; v++) if ((seen += counts[v]) > k) return v;
				return q.scaleMax;
			};
			return {
				...common,
				type: 'scale',
				distribution: Array.from({ length: q.scaleMax }, (_, i) => ({ value: i + 1, count: counts[i + 1], percent: percent(counts[i + 1], n) })),
				mean: n ? st.sum / n : null,
				median: n ? (at(Math.floor((n - 1) / 2)) + at(Math.ceil((n - 1) / 2))) / 2 : null
			};
		}
		case 'number':
			return { ...common, type: 'number', summary: summariseInPlace(st.values.subarray(0, n)) };
		case 'ranking': {
			// Borda: first place gets k-1 points, last 0; total = n·k − sum of positions.
			const k = q.options.length;
			const borda = q.options.map((_, i) => n * k - st.positionSum[i]);
			const ranks = competitionRanks(borda);
			return {
				...common,
				type: 'ranking',
				options: q.options
					.map((o, i) => ({ code: o.code, label: o.label, averagePosition: n ? st.positionSum[i] / n : null, borda: borda[i], rank: ranks[i] }))
					.sort((a, b) => a.rank - b.rank)
			};
		}
		case 'openText':
			return { ...common, type: 'openText' };
	}
}

/**
 * Results for some questions over some responses. Response by response: each answers object is
 * read once while it is in the CPU cache.
 */
export function aggregateQuestions(questions: readonly Question[], responses: readonly ResultResponse[]): QuestionResult[] {
	const states = questions.map((q) => newState(q, responses.length));
	const m = states.length;
	for (let r = 0; r < responses.length; r++) {
		const answers = responses[r].answers;
		for (let i = 0; i < m; i++) {
			const v = answers[states[i].id];
			if (v !== undefined) add(states[i], v);
		}
	}
	return states.map(finish);
}

export interface SurveyResults {
	responses: number;
	questions: QuestionResult[];
}

/** All questions over all responses. */
export function aggregate(survey: Survey, responses: readonly ResultResponse[]): SurveyResults {
	return { responses: responses.length, questions: aggregateQuestions(survey.questions, responses) };
}

export function aggregateQuestion(question: Question, responses: readonly ResultResponse[]): QuestionResult {
	return aggregateQuestions([question], responses)[0];
}

// --- Small-group suppression -------------------------------------------------------------------

/** Groups smaller than this are never shown, whatever a workspace configures. */
export const MIN_GROUP_SIZE = 5;

/** Configured threshold, raised to at least 5; nonsense (NaN, missing) becomes 5. */
export function effectiveThreshold(configured?: number | null): number {
	return configured != null && Number.isFinite(configured) ? Math.max(MIN_GROUP_SIZE, Math.ceil(configured)) : MIN_GROUP_SIZE;
}

export type Suppression = 'smallGroup' | 'secondary' | null;

export interface BreakdownGroup {
	group: string;
	/** Null when suppressed: even the size of a small group is not shown. */
	n: number | null;
	suppressed: Suppression;
	result: QuestionResult | null;
}

export interface Breakdown {
	questionId: string;
	attribute: ProfileAttribute;
	threshold: number;
	total: { n: number | null; suppressed: boolean; result: QuestionResult | null };
	groups: BreakdownGroup[];
}

/** Label for responses without a value for the attribute; it is a group like any other. */
export const UNKNOWN_GROUP = 'unknown';

function groupOf(r: ResultResponse, attribute: ProfileAttribute): string {
	const v = attribute === 'source' ? r.source : r.profile?.[attribute];
	return v === undefined || v === null || v === '' ? UNKNOWN_GROUP : v;
}

/**
 * Decides which groups to suppress, given the number of answers per group.
 * Primary: every group with fewer than `threshold` answers.
 * Secondary: the total is published, so when exactly one group is suppressed its figures follow
 * by subtracting the others from the total. Then the smallest remaining group is suppressed too
 * (ties: first by name), so only the sum of two groups can be derived. With two or more primary
 * suppressions no single group can be recovered, so nothing more is needed.
 * Limitation: cells inside a shown group are not suppressed (a group of 6 where all six gave the
 * same answer shows that answer for each of them).
 */
export function suppressGroups(sizes: ReadonlyMap<string, number>, threshold: number): Map<string, Suppression> {
	const t = effectiveThreshold(threshold);
	const out = new Map<string, Suppression>();
	for (const [g, n] of sizes) out.set(g, n < t ? 'smallGroup' : null);
	const primary = [...out.values()].filter((s) => s === 'smallGroup').length;
	if (primary === 1) {
		const next = [...sizes]
			.filter(([g]) => out.get(g) === null)
			.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))[0];
		if (next) out.set(next[0], 'secondary');
	}
	return out;
}

/** One question broken down by one profile attribute, with suppression applied. */
export function breakdown(
	survey: Survey,
	responses: readonly ResultResponse[],
	questionId: string,
	attribute: ProfileAttribute,
	options: { threshold?: number | null } = {}
): Breakdown {
	const question = survey.questions.find((q) => q.id === questionId);
	if (!question) throw new Error(`unknown question ${questionId}`);
	const threshold = effectiveThreshold(options.threshold);
	const answered = responses.filter((r) => r.answers[questionId] !== undefined);
	const parts = new Map<string, ResultResponse[]>();
	for (const r of answered) {
		const g = groupOf(r, attribute);
		const list = parts.get(g);
		if (list) list.push(r);
		else parts.set(g, [r]);
	}
	const suppression = suppressGroups(new Map([...parts].map(([g, list]) => [g, list.length])), threshold);
	const totalSuppressed = answered.length < threshold;
	return {
		questionId,
		attribute,
		threshold,
		total: {
			n: totalSuppressed ? null : answered.length,
			suppressed: totalSuppressed,
			result: totalSuppressed ? null : aggregateQuestion(question, answered)
		},
		groups: [...parts]
			.sort((a, b) => a[0].localeCompare(b[0]))
			.map(([group, list]) => {
				// When the total is hidden, every group is too: a group could equal the total.
				const suppressed = totalSuppressed ? 'smallGroup' : suppression.get(group)!;
				return { group, n: suppressed ? null : list.length, suppressed, result: suppressed ? null : aggregateQuestion(question, list) };
			})
	};
}

// --- Open answers and response rate -----------------------------------------------------------

/** Open answers to one question, optionally filtered (case- and diacritics-insensitive). */
export function openAnswers(responses: readonly ResultResponse[], questionId: string, search = ''): string[] {
	const needle = foldText(search);
	const out: string[] = [];
	for (const r of responses) {
		const v = r.answers[questionId];
		if (typeof v === 'string' && v !== '' && (!needle || foldText(v).includes(needle))) out.push(v);
	}
	return out;
}

export interface RateRow {
	source: ResponseSource | 'total';
	invited: number;
	answered: number;
	/** 0–100, or null when nobody was invited through this source. */
	rate: number | null;
}

/** Response rate per source and in total. */
export function responseRate(
	invited: Partial<Record<ResponseSource, number>>,
	answered: Partial<Record<ResponseSource, number>>
): RateRow[] {
	const row = (source: RateRow['source'], i: number, a: number): RateRow => ({ source, invited: i, answered: a, rate: i > 0 ? (a / i) * 100 : null });
	const rows = sources.map((s) => row(s, invited[s] ?? 0, answered[s] ?? 0));
	const sum = (k: 'invited' | 'answered') => rows.reduce((t, r) => t + r[k], 0);
	return [...rows, row('total', sum('invited'), sum('answered'))];
}
