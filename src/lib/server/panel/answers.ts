// Validation of one tenant's submission against a survey. Pure: the caller passes `now`.
import type { Condition, Question, Survey } from './survey';
import { surveyIsOpen } from './survey';
import { charLength } from './text';

/** A cleaned answer: option code, codes (multiple choice, ranking in order), number or text. */
export type AnswerValue = string | number | string[];
export type Answers = Record<string, AnswerValue>;

export type AnswerErrorCode =
	| 'surveyClosed'
	| 'unknownQuestion'
	| 'required'
	| 'invalidAnswer'
	| 'optionUnknown'
	| 'duplicateOption'
	| 'tooManySelected'
	| 'notANumber'
	| 'notWholeNumber'
	| 'numberTooLow'
	| 'numberTooHigh'
	| 'scaleOutOfRange'
	| 'rankingNotPermutation'
	| 'textTooLong';

/** questionId null: an error about the whole submission (surveyClosed). */
export interface AnswerError {
	questionId: string | null;
	code: AnswerErrorCode;
}

export interface SubmissionResult {
	ok: boolean;
	errors: AnswerError[];
	/** Valid answers to visible questions only; what gets stored. */
	cleaned: Answers;
}

const isBlank = (v: unknown) =>
	v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);

/** Numbers may come from a form as text, written the Dutch way ("4,5"). */
function toNumber(v: unknown): number | null {
	if (typeof v === 'number') return Number.isFinite(v) ? v : null;
	if (typeof v !== 'string') return null;
	const s = v.trim().replace(',', '.');
	if (!/^-?\d{1,15}(\.\d{1,10})?$/.test(s)) return null;
	return Number(s);
}

/** Checks one non-blank answer. Returns the cleaned value or an error code. */
export function checkAnswer(q: Question, raw: unknown): { value: AnswerValue } | { error: AnswerErrorCode } {
	switch (q.type) {
		case 'singleChoice':
			if (typeof raw !== 'string') return { error: 'invalidAnswer' };
			return q.options.some((o) => o.code === raw) ? { value: raw } : { error: 'optionUnknown' };
		case 'multipleChoice': {
			const list = typeof raw === 'string' ? [raw] : raw;
			if (!Array.isArray(list) || !list.every((c) => typeof c === 'string')) return { error: 'invalidAnswer' };
			if (new Set(list).size !== list.length) return { error: 'duplicateOption' };
			if (!list.every((c) => q.options.some((o) => o.code === c))) return { error: 'optionUnknown' };
			if (q.maxSelected !== null && list.length > q.maxSelected) return { error: 'tooManySelected' };
			// Stored in the survey's option order so equal answers look equal.
			return { value: q.options.map((o) => o.code).filter((c) => list.includes(c)) };
		}
		case 'scale': {
			const n = toNumber(raw);
			if (n === null) return { error: 'notANumber' };
			return Number.isInteger(n) && n >= 1 && n <= q.scaleMax ? { value: n } : { error: 'scaleOutOfRange' };
		}
		case 'number': {
			const n = toNumber(raw);
			if (n === null) return { error: 'notANumber' };
			if (q.integer && !Number.isInteger(n)) return { error: 'notWholeNumber' };
			if (q.min !== null && n < q.min) return { error: 'numberTooLow' };
			if (q.max !== null && n > q.max) return { error: 'numberTooHigh' };
			return { value: n };
		}
		case 'openText': {
			if (typeof raw !== 'string') return { error: 'invalidAnswer' };
			// Cheap length check first: a 100 kB paste is refused before any other work.
			if (raw.length > q.maxLength * 2 || charLength(raw.trim()) > q.maxLength) return { error: 'textTooLong' };
			return { value: raw.trim() };
		}
		case 'ranking': {
			if (!Array.isArray(raw) || !raw.every((c) => typeof c === 'string')) return { error: 'invalidAnswer' };
			const codes = q.options.map((o) => o.code);
			const ok = raw.length === codes.length && new Set(raw).size === raw.length && raw.every((c) => codes.includes(c));
			return ok ? { value: [...raw] } : { error: 'rankingNotPermutation' };
		}
	}
}

/**
 * Whether a condition holds. A condition on an unanswered (or hidden) question is false for
 * every operator, notEquals included: a follow-up question appears only after the answer it
 * depends on has been given.
 */
export function conditionHolds(c: Condition, answers: Answers): boolean {
	const a = answers[c.questionId];
	if (a === undefined) return false;
	switch (c.operator) {
		case 'equals':
			return a === c.value;
		case 'notEquals':
			return a !== c.value;
		case 'includes':
			return Array.isArray(a) && typeof c.value === 'string' && a.includes(c.value);
		case 'gte':
			return typeof a === 'number' && typeof c.value === 'number' && a >= c.value;
		case 'lte':
			return typeof a === 'number' && typeof c.value === 'number' && a <= c.value;
	}
}

/**
 * Walks the questions in order. Visibility depends on the valid answers given to earlier
 * visible questions only, so hiding a question also hides the questions that depend on it.
 */
function walk(survey: Survey, raw: Record<string, unknown>) {
	const cleaned: Answers = {};
	const errors: AnswerError[] = [];
	const visible: Question[] = [];
	for (const q of survey.questions) {
		if (!q.showIf.every((c) => conditionHolds(c, cleaned))) continue; // hidden: its answer is dropped
		visible.push(q);
		const value = Object.hasOwn(raw, q.id) ? raw[q.id] : undefined;
		if (isBlank(value)) {
			if (q.required) errors.push({ questionId: q.id, code: 'required' });
			continue;
		}
		const checked = checkAnswer(q, value);
		if ('error' in checked) errors.push({ questionId: q.id, code: checked.error });
		else cleaned[q.id] = checked.value;
	}
	return { cleaned, errors, visible };
}

/** The questions a tenant sees, given what they answered so far. */
export function visibleQuestions(survey: Survey, answers: Record<string, unknown>): Question[] {
	return walk(survey, answers).visible;
}

export function validateSubmission(survey: Survey, answers: Record<string, unknown>, now: Date): SubmissionResult {
	if (!surveyIsOpen(survey, now)) return { ok: false, errors: [{ questionId: null, code: 'surveyClosed' }], cleaned: {} };
	const known = new Set(survey.questions.map((q) => q.id));
	const unknown: AnswerError[] = Object.keys(answers)
		.filter((id) => !known.has(id))
		.map((id) => ({ questionId: id, code: 'unknownQuestion' }));
	const { cleaned, errors } = walk(survey, answers);
	const all = [...unknown, ...errors];
	return { ok: all.length === 0, errors: all, cleaned };
}
