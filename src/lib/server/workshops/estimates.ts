// Estimation questions (schattingsvragen): participants guess, then the true value is revealed.
// DOMAIN: state which waiting-time measure is meant, registration time (inschrijfduur) or search
// time (zoekduur); they differ by years.
import { z } from 'zod';
import { type NumberSummary, summarise } from '../panel/stats';
import { latestPerParticipant, type Sequenced } from './latest';

export const estimateUnits = ['years', 'months', 'percent', 'euros', 'count'] as const;
export type EstimateUnit = (typeof estimateUnits)[number];
export const waitingTimeMeasures = ['registrationTime', 'searchTime'] as const;

/**
 * Plausible ranges per unit. Guesses outside are accepted but flagged and left out of the
 * statistics (one "1000 years" would otherwise wreck the mean). Years: 0–50 (DOMAIN: waiting
 * times are 1–9 years; 50 leaves room for honest pessimism). Months: the same span.
 */
export const PLAUSIBLE: Readonly<Record<EstimateUnit, { min: number; max: number }>> = {
	years: { min: 0, max: 50 },
	months: { min: 0, max: 600 },
	percent: { min: 0, max: 100 },
	euros: { min: 0, max: Number.POSITIVE_INFINITY },
	count: { min: 0, max: Number.POSITIVE_INFINITY }
};

export const estimateQuestionSchema = z
	.object({
		id: z.string().min(1, 'required'),
		question: z.string().trim().min(5, 'questionTextTooShort').max(300, 'questionTextTooLong'),
		unit: z.enum(estimateUnits, 'unitRequired'),
		/** Null until entered; the activity cannot be revealed without it. */
		trueValue: z.number().finite().nullable().default(null),
		source: z.string().trim().max(300, 'sourceTooLong').default(''),
		topic: z.enum(['waitingTime', 'other']).default('other'),
		measure: z.enum(waitingTimeMeasures).nullable().default(null)
	})
	.superRefine((q, ctx) => {
		if (q.topic === 'waitingTime' && !q.measure) ctx.addIssue({ code: 'custom', path: ['measure'], message: 'measureRequired' });
		if (q.trueValue !== null && !q.source) ctx.addIssue({ code: 'custom', path: ['source'], message: 'sourceRequired' });
	});
export type EstimateQuestion = z.output<typeof estimateQuestionSchema>;

export type GuessResult = { ok: true; value: number; implausible: boolean } | { ok: false; error: 'guessEmpty' | 'guessNotANumber' };

// Unit words people type after the number; removed before parsing. Words for numbers ("vier")
// are not understood: digits only.
const UNIT_WORDS = /\s*(jaren|jaar|jr|maanden|maand|mnd|procent|euro's|euros|euro|eur|stuks|woningen|%|€)\.?\s*$/i;

/**
 * Parses a typed guess, Dutch or English notation: "4,5", "4.5", "€ 1.250", "1.250,50", "85%",
 * "4 jaar". Separators: with both "." and ",", the last one is the decimal sign. With only ".":
 * groups of exactly three digits after it ("1.250", "12.500.000") are thousands for euros and
 * counts, a decimal point otherwise ("4.5 jaar"). With only ",": decimal comma unless it
 * separates repeated groups of three ("1,250,000").
 */
export function parseGuess(input: string | number, unit: EstimateUnit): GuessResult {
	let value: number;
	if (typeof input === 'number') {
		if (!Number.isFinite(input)) return { ok: false, error: 'guessNotANumber' };
		value = input;
	} else {
		let s = input.normalize('NFKC').trim();
		if (!s) return { ok: false, error: 'guessEmpty' };
		if (s.length > 40) return { ok: false, error: 'guessNotANumber' };
		s = s.replace(/^(€|eur)\s*/i, '').replace(UNIT_WORDS, '').replace(/\s+/g, '').replace(/^\+/, '');
		if (!/^-?\d[\d.,]*$/.test(s) || /[.,]$/.test(s) || /[.,]{2}/.test(s)) return { ok: false, error: 'guessNotANumber' };
		const dot = s.lastIndexOf('.');
		const comma = s.lastIndexOf(',');
		const grouped = (sep: string) => new RegExp(`^-?\\d{1,3}(\\${sep}\\d{3})+$`).test(s);
		if (dot >= 0 && comma >= 0) {
			const decimal = dot > comma ? '.' : ',';
			const thousands = decimal === '.' ? ',' : '.';
			if (s.indexOf(decimal) !== s.lastIndexOf(decimal)) return { ok: false, error: 'guessNotANumber' };
			s = s.split(thousands).join('').replace(',', '.');
		} else if (dot >= 0) {
			if ((unit === 'euros' || unit === 'count') && grouped('.')) s = s.split('.').join('');
			else if (s.indexOf('.') !== dot) return { ok: false, error: 'guessNotANumber' };
		} else if (comma >= 0) {
			if (grouped(',') && s.indexOf(',') !== comma) s = s.split(',').join('');
			else if (s.indexOf(',') !== comma) return { ok: false, error: 'guessNotANumber' };
			else s = s.replace(',', '.');
		}
		value = Number(s);
		if (!Number.isFinite(value)) return { ok: false, error: 'guessNotANumber' };
	}
	return { ok: true, value, implausible: !isPlausible(value, unit) };
}

export function isPlausible(value: number, unit: EstimateUnit): boolean {
	const r = PLAUSIBLE[unit];
	return value >= r.min && value <= r.max && (unit !== 'count' || Number.isInteger(value));
}

export interface GuessSubmission extends Sequenced {
	/** As typed; parsed here so every screen uses the same rule. */
	guess: string | number;
}

export interface GuessSpread {
	/** Valid guesses (last per participant), plausible or not. */
	guesses: number;
	/** Of those, outside the plausible range: shown as a count, left out of the statistics. */
	flagged: number;
	/** Statistics over the plausible guesses; null when there are none. */
	summary: NumberSummary | null;
	trueValue: number | null;
	/** Plausible guesses within ±10 % / ±25 % of the true value (with a true value of 0: exactly 0). */
	within10: number;
	within25: number;
	/** median − true value, in the unit. */
	medianError: number | null;
}

export function within(guess: number, trueValue: number, fraction: number): boolean {
	return Math.abs(guess - trueValue) <= Math.abs(trueValue) * fraction + 1e-9;
}

/** Spread of guesses for one question (one session). Unparseable submissions are ignored. */
export function guessSpread(unit: EstimateUnit, trueValue: number | null, submissions: readonly GuessSubmission[]): GuessSpread {
	const parsed = submissions.flatMap((s) => {
		const g = parseGuess(s.guess, unit);
		return g.ok ? [{ ...s, value: g.value, implausible: g.implausible }] : [];
	});
	const latest = latestPerParticipant(parsed);
	const plausible = latest.filter((g) => !g.implausible).map((g) => g.value);
	const summary = summarise(plausible);
	const count = (f: number) => (trueValue === null ? 0 : plausible.filter((v) => within(v, trueValue, f)).length);
	return {
		guesses: latest.length,
		flagged: latest.length - plausible.length,
		summary,
		trueValue,
		within10: count(0.1),
		within25: count(0.25),
		medianError: summary && trueValue !== null ? summary.median - trueValue : null
	};
}
