// Survey definitions for the tenant panel (huurderpanel). Error strings are stable message keys
// (messages/*.json, prefix "err_") so the UI can show them in Dutch or English.
import { z } from 'zod';
import { editDistance, foldText } from './text';

export const questionTypes = ['singleChoice', 'multipleChoice', 'scale', 'number', 'openText', 'ranking'] as const;
export type QuestionType = (typeof questionTypes)[number];
export const conditionOperators = ['equals', 'notEquals', 'includes', 'gte', 'lte'] as const;
export type ConditionOperator = (typeof conditionOperators)[number];

/** Open answers longer than this are refused unless a question sets its own limit. */
export const DEFAULT_OPEN_TEXT_MAX = 2000;
/** Hard ceiling for any open question, so no survey can invite 100 kB answers. */
export const OPEN_TEXT_CEILING = 10_000;

// Ids and codes end up in export column names (Q3_opt_a) and in stored answers, so they are
// restricted to a safe identifier alphabet and never change once a survey is published.
const questionId = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,31}$/, 'questionIdFormat');
const optionCode = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_]{0,23}$/, 'optionCodeFormat');

export const optionSchema = z.object({
	code: optionCode,
	label: z.string().trim().min(1, 'optionLabelRequired').max(200, 'optionLabelTooLong')
});
export type SurveyOption = z.infer<typeof optionSchema>;

export const conditionSchema = z.object({
	questionId,
	operator: z.enum(conditionOperators, 'conditionOperatorInvalid'),
	value: z.union([z.string(), z.number()], 'conditionValueInvalid')
});
export type Condition = z.infer<typeof conditionSchema>;

const base = {
	id: questionId,
	/** Bumped when the meaning changes (see meaningChanged); part of the export column name. */
	revision: z.number().int().min(1).default(1),
	text: z.string().trim().min(3, 'questionTextTooShort').max(500, 'questionTextTooLong'),
	help: z.string().trim().max(1000, 'helpTooLong').default(''),
	required: z.boolean().default(false),
	/** All conditions must hold (AND). Empty: always shown. */
	showIf: z.array(conditionSchema).max(5, 'tooManyConditions').default([])
};

const options = z.array(optionSchema).min(2, 'tooFewOptions').max(30, 'tooManyOptions');

export const questionSchema = z.discriminatedUnion(
	'type',
	[
		z.object({ ...base, type: z.literal('singleChoice'), options }),
		z.object({
			...base,
			type: z.literal('multipleChoice'),
			options,
			/** At most this many options may be ticked; null = no limit. */
			maxSelected: z.number().int().min(1).nullable().default(null)
		}),
		z.object({
			...base,
			type: z.literal('scale'),
			/** Scales run from 1; 5- and 10-point scales only, so results stay comparable. */
			scaleMax: z.union([z.literal(5), z.literal(10)], 'scaleRangeInvalid'),
			lowLabel: z.string().trim().min(1, 'scaleLabelRequired').max(60, 'scaleLabelTooLong'),
			highLabel: z.string().trim().min(1, 'scaleLabelRequired').max(60, 'scaleLabelTooLong')
		}),
		z.object({
			...base,
			type: z.literal('number'),
			min: z.number().finite().nullable().default(null),
			max: z.number().finite().nullable().default(null),
			integer: z.boolean().default(true),
			unit: z.string().trim().max(30).default('')
		}),
		z.object({
			...base,
			type: z.literal('openText'),
			maxLength: z.number().int().min(1).max(OPEN_TEXT_CEILING, 'maxLengthTooLarge').default(DEFAULT_OPEN_TEXT_MAX)
		}),
		z.object({ ...base, type: z.literal('ranking'), options })
	],
	'questionTypeInvalid'
);
export type Question = z.output<typeof questionSchema>;
export type QuestionInput = z.input<typeof questionSchema>;
export type ChoiceQuestion = Extract<Question, { options: SurveyOption[] }>;

const dateField = z.coerce.date('dateInvalid').refine((d) => !Number.isNaN(d.getTime()), 'dateInvalid');

export const surveySchema = z
	.object({
		id: z.string().min(1, 'required'),
		version: z.number().int().min(1).default(1),
		title: z.string().trim().min(3, 'titleTooShort').max(150, 'titleTooLong'),
		intro: z.string().trim().max(5000, 'introTooLong').default(''),
		closing: z.string().trim().max(5000, 'closingTooLong').default(''),
		opensAt: dateField,
		closesAt: dateField,
		questions: z.array(questionSchema).min(1, 'noQuestions').max(100, 'tooManyQuestions')
	})
	.superRefine((survey, ctx) => {
		if (survey.closesAt.getTime() <= survey.opensAt.getTime()) {
			ctx.addIssue({ code: 'custom', path: ['closesAt'], message: 'closesBeforeOpens' });
		}
		const seen = new Map<string, Question>();
		survey.questions.forEach((q, i) => {
			if (seen.has(q.id)) ctx.addIssue({ code: 'custom', path: ['questions', i, 'id'], message: 'duplicateQuestionId' });
			if (q.type === 'number' && q.min !== null && q.max !== null && q.min > q.max) {
				ctx.addIssue({ code: 'custom', path: ['questions', i, 'max'], message: 'minAboveMax' });
			}
			if ('options' in q) {
				const codes = new Set<string>();
				q.options.forEach((o, j) => {
					if (codes.has(o.code)) ctx.addIssue({ code: 'custom', path: ['questions', i, 'options', j, 'code'], message: 'duplicateOptionCode' });
					codes.add(o.code);
				});
			}
			q.showIf.forEach((c, j) => {
				const key = conditionProblem(c, seen, q.id);
				if (key) ctx.addIssue({ code: 'custom', path: ['questions', i, 'showIf', j], message: key });
			});
			// Only added after its own conditions are checked: a condition may refer to earlier questions only.
			if (!seen.has(q.id)) seen.set(q.id, q);
		});
	});
export type Survey = z.output<typeof surveySchema>;
export type SurveyInput = z.input<typeof surveySchema>;

/** Why a condition is invalid, given the questions that come before it; null when fine. */
function conditionProblem(c: Condition, earlier: Map<string, Question>, selfId: string): string | null {
	const target = earlier.get(c.questionId);
	if (!target) return c.questionId === selfId ? 'conditionSelfReference' : 'conditionNotEarlier';
	switch (target.type) {
		case 'singleChoice':
			if (c.operator !== 'equals' && c.operator !== 'notEquals') return 'conditionOperatorInvalid';
			return target.options.some((o) => o.code === c.value) ? null : 'conditionValueInvalid';
		case 'multipleChoice':
			if (c.operator !== 'includes') return 'conditionOperatorInvalid';
			return target.options.some((o) => o.code === c.value) ? null : 'conditionValueInvalid';
		case 'scale':
		case 'number':
			if (c.operator === 'includes') return 'conditionOperatorInvalid';
			return typeof c.value === 'number' && Number.isFinite(c.value) ? null : 'conditionValueInvalid';
		default:
			// Open text and rankings are not good switches for routing: too many possible values.
			return 'conditionOperatorInvalid';
	}
}

/** Survey is open from opensAt (inclusive) until closesAt (exclusive). */
export function surveyIsOpen(survey: Pick<Survey, 'opensAt' | 'closesAt'>, now: Date): boolean {
	const t = now.getTime();
	return t >= survey.opensAt.getTime() && t < survey.closesAt.getTime();
}

// --- Meaning changes ------------------------------------------------------------------------

export type MeaningChangeReason =
	| 'differentQuestion'
	| 'typeChanged'
	| 'textChanged'
	| 'optionsChanged'
	| 'optionLabelChanged'
	| 'scaleChanged'
	| 'rangeChanged'
	| 'conditionsChanged';

/** Edits up to this share of the longer text count as typo fixes. */
export const TYPO_RATIO = 0.1;
const NEGATIONS = new Set(['niet', 'geen', 'nooit', 'niets', 'niemand', 'not', 'no', 'never', 'none']);

/**
 * A text edit is a typo fix (no new version needed) when, after folding case, diacritics and
 * whitespace, the edit distance is at most 10 % of the longer text (at least 1 edit), AND no number changed AND no
 * negation word (niet, geen, nooit, …) was added or removed. "Bent u tevreden" → "Bent u niet
 * tevreden" is a small edit that reverses the meaning, hence the negation rule; "in 2024" →
 * "in 2025" likewise, hence the number rule.
 */
export function isTypoFix(oldText: string, newText: string): boolean {
	const a = foldText(oldText);
	const b = foldText(newText);
	if (a === b) return true;
	const numbers = (s: string) => (s.match(/\d+(?:[.,]\d+)?/g) ?? []).join('|');
	if (numbers(a) !== numbers(b)) return false;
	const negations = (s: string) =>
		s
			.split(/[^\p{L}]+/u)
			.filter((w) => NEGATIONS.has(w))
			.sort()
			.join('|');
	if (negations(a) !== negations(b)) return false;
	// At least one edit is always allowed, so short labels ("Tevreden") can get a typo fixed too.
	return editDistance(a, b) <= Math.max(1, Math.floor(TYPO_RATIO * Math.max(a.length, b.length)));
}

/**
 * Whether answers to `next` can be pooled with answers to `prev`. When not, the editor must save
 * the question as a new revision (new export column, separate results). Reasons:
 * - type changed; scale range changed; number min/max/integer changed;
 * - option codes added or removed (order changes are fine: answers are stored by code);
 * - question text, an option label or a scale end label edited beyond a typo fix (isTypoFix);
 * - the show-if conditions changed (a different group of tenants sees the question).
 * Not a meaning change: help text, required flag, open-text length limit, option order.
 */
export function meaningChanged(prev: Question, next: Question): { changed: boolean; reasons: MeaningChangeReason[] } {
	const reasons: MeaningChangeReason[] = [];
	if (prev.id !== next.id) reasons.push('differentQuestion');
	if (prev.type !== next.type) reasons.push('typeChanged');
	if (!isTypoFix(prev.text, next.text)) reasons.push('textChanged');
	if ('options' in prev && 'options' in next) {
		const before = new Map(prev.options.map((o) => [o.code, o.label]));
		const after = new Map(next.options.map((o) => [o.code, o.label]));
		if (before.size !== after.size || [...before.keys()].some((code) => !after.has(code))) reasons.push('optionsChanged');
		if ([...before].some(([code, label]) => after.has(code) && !isTypoFix(label, after.get(code)!))) {
			reasons.push('optionLabelChanged');
		}
	}
	if (prev.type === 'scale' && next.type === 'scale') {
		if (prev.scaleMax !== next.scaleMax) reasons.push('scaleChanged');
		else if (!isTypoFix(prev.lowLabel, next.lowLabel) || !isTypoFix(prev.highLabel, next.highLabel)) reasons.push('optionLabelChanged');
	}
	if (prev.type === 'number' && next.type === 'number') {
		if (prev.min !== next.min || prev.max !== next.max || prev.integer !== next.integer) reasons.push('rangeChanged');
	}
	const conditions = (q: Question) => JSON.stringify(q.showIf.map((c) => [c.questionId, c.operator, c.value]));
	if (conditions(prev) !== conditions(next)) reasons.push('conditionsChanged');
	return { changed: reasons.length > 0, reasons };
}
