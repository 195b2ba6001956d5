// Pre-aggregated counts: each stored response adds one to a handful of (question, answer) keys,
// so a results page reads the counts instead of every answer. resultsFromTallies gives exactly
// what results.aggregate gives over the same responses (tally.test.ts checks that).
import type { Answers } from './answers';
import { questionColumnBase } from './export';
import type { QuestionResult } from './results';
import { competitionRanks } from './results';
import { percent } from './stats';
import type { Question, Survey } from './survey';

/** Key for "answered this question" (its n). */
export const N_KEY = '#n';
/** Question key for the number of responses of the survey. */
export const TOTAL_KEY = '#total';

export type TallyKey = [questionKey: string, answerKey: string];

/** Question key for responses per source (online, letter, paper). */
export const SOURCE_KEY = '#source';

/** The keys one response adds to. Same checks as results.add: anything odd is left out. */
export function tallyKeys(survey: Survey, answers: Answers, source?: string): TallyKey[] {
	const out: TallyKey[] = [[TOTAL_KEY, N_KEY]];
	if (source) out.push([SOURCE_KEY, source]);
	for (const q of survey.questions) {
		const v = answers[q.id];
		if (v === undefined) continue;
		const k = questionColumnBase(q);
		const before = out.length;
		switch (q.type) {
			case 'singleChoice':
				if (typeof v === 'string' && q.options.some((o) => o.code === v)) out.push([k, v]);
				break;
			case 'multipleChoice':
				if (Array.isArray(v)) for (const c of v) if (q.options.some((o) => o.code === c)) out.push([k, c]);
				break;
			case 'scale':
				if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= q.scaleMax) out.push([k, String(v)]);
				break;
			case 'number':
				if (typeof v === 'number' && Number.isFinite(v)) out.push([k, String(v)]);
				break;
			case 'ranking':
				if (Array.isArray(v) && v.length === q.options.length && v.every((c) => q.options.some((o) => o.code === c))) {
					v.forEach((c, p) => out.push([k, `${c}@${p + 1}`]));
				}
				break;
			case 'openText':
				break;
		}
		if (out.length > before || (q.type === 'openText' && typeof v === 'string' && v !== '')) out.push([k, N_KEY]);
	}
	return out;
}

export type Tallies = Map<string, Map<string, number>>;

export function tallyMap(rows: readonly { questionKey: string; answerKey: string; count: number }[]): Tallies {
	const out: Tallies = new Map();
	for (const r of rows) {
		let m = out.get(r.questionKey);
		if (!m) out.set(r.questionKey, (m = new Map()));
		m.set(r.answerKey, (m.get(r.answerKey) ?? 0) + Number(r.count));
	}
	return out;
}

/** Quantile (type 7) over a sorted list of [value, count] pairs, without expanding it. */
function quantileCounted(sorted: [number, number][], n: number, p: number): number {
	const at = (k: number) => {
		let seen = 0;
		for (const [v, c] of sorted) if ((seen += c) > k) return v;
		return sorted[sorted.length - 1][0];
	};
	const h = (n - 1) * p;
	const lo = Math.floor(h);
	const a = at(lo);
	const b = at(Math.min(lo + 1, n - 1));
	return a + (h - lo) * (b - a);
}

function questionResult(q: Question, t: Map<string, number>): QuestionResult {
	const n = t.get(N_KEY) ?? 0;
	const common = { questionId: q.id, text: q.text, n };
	switch (q.type) {
		case 'singleChoice':
		case 'multipleChoice':
			return { ...common, type: q.type, options: q.options.map((o) => ({ code: o.code, label: o.label, count: t.get(o.code) ?? 0, percent: percent(t.get(o.code) ?? 0, n) })) };
		case 'scale': {
			let sum = 0;
			const distribution = Array.from({ length: q.scaleMax }, (_, i) => {
				const count = t.get(String(i + 1)) ?? 0;
				sum += count * (i + 1);
				return { value: i + 1, count, percent: percent(count, n) };
			});
			const pairs = distribution.filter((d) => d.count > 0).map((d) => [d.value, d.count] as [number, number]);
			const mid = (k: number) => quantileCounted(pairs, n, k);
			// Median as results.ts: mean of the two middle order statistics.
			return { ...common, type: 'scale', distribution, mean: n ? sum / n : null, median: n ? (n % 2 ? mid(0.5) : (atIndex(pairs, n / 2 - 1) + atIndex(pairs, n / 2)) / 2) : null };
		}
		case 'number': {
			const pairs = [...t].filter(([k]) => k !== N_KEY).map(([k, c]) => [Number(k), c] as [number, number]).sort((a, b) => a[0] - b[0]);
			if (!n || !pairs.length) return { ...common, type: 'number', summary: null };
			let sum = 0;
			for (const [v, c] of pairs) sum += v * c;
			return {
				...common,
				type: 'number',
				summary: { n, min: pairs[0][0], q1: quantileCounted(pairs, n, 0.25), median: quantileCounted(pairs, n, 0.5), q3: quantileCounted(pairs, n, 0.75), max: pairs[pairs.length - 1][0], mean: sum / n }
			};
		}
		case 'ranking': {
			const k = q.options.length;
			const positionSum = q.options.map((o) => {
				let s = 0;
				for (let p = 1; p <= k; p++) s += p * (t.get(`${o.code}@${p}`) ?? 0);
				return s;
			});
			const borda = positionSum.map((s) => n * k - s);
			const ranks = competitionRanks(borda);
			return {
				...common,
				type: 'ranking',
				options: q.options
					.map((o, i) => ({ code: o.code, label: o.label, averagePosition: n ? positionSum[i] / n : null, borda: borda[i], rank: ranks[i] }))
					.sort((a, b) => a.rank - b.rank)
			};
		}
		case 'openText':
			return { ...common, type: 'openText' };
	}
}

function atIndex(pairs: [number, number][], k: number): number {
	let seen = 0;
	for (const [v, c] of pairs) if ((seen += c) > k) return v;
	return pairs[pairs.length - 1][0];
}

export function resultsFromTallies(survey: Survey, tallies: Tallies): { responses: number; bySource: Record<string, number>; questions: QuestionResult[] } {
	const empty = new Map<string, number>();
	return {
		responses: tallies.get(TOTAL_KEY)?.get(N_KEY) ?? 0,
		bySource: Object.fromEntries(tallies.get(SOURCE_KEY) ?? []),
		questions: survey.questions.map((q) => questionResult(q, tallies.get(questionColumnBase(q)) ?? empty))
	};
}
