import { describe, expect, it } from 'vitest';
import { checkAnswer, validateSubmission, visibleQuestions } from './answers';
import { during, survey } from './test-fixtures';
import { questionSchema } from './survey';

const valid = { Q1: 'a', Q3: ['b', 'a'], Q4: 8, Q5: '12', Q6: ['z', 'x', 'y'] };

describe('submission validation', () => {
	it('accepts a valid submission and cleans it', () => {
		const r = validateSubmission(survey, valid, during);
		expect(r).toEqual({ ok: true, errors: [], cleaned: { Q1: 'a', Q3: ['a', 'b'], Q4: 8, Q5: 12, Q6: ['z', 'x', 'y'] } });
	});

	it.each([
		['an option not in the question', { Q1: 'zz' }, 'Q1', 'optionUnknown'],
		['a code in a multiple choice that is not an option', { Q3: ['a', 'q'] }, 'Q3', 'optionUnknown'],
		['the same option twice', { Q3: ['a', 'a'] }, 'Q3', 'duplicateOption'],
		['a number for a choice', { Q1: 2 }, 'Q1', 'invalidAnswer'],
		['a scale value out of range', { Q4: 11 }, 'Q4', 'scaleOutOfRange'],
		['a scale value of 0', { Q4: 0 }, 'Q4', 'scaleOutOfRange'],
		['a half scale point', { Q4: 7.5 }, 'Q4', 'scaleOutOfRange'],
		['a scale answer that is not a number', { Q4: 'goed' }, 'Q4', 'notANumber'],
		['a number above the maximum', { Q5: 81 }, 'Q5', 'numberTooHigh'],
		['a number below the minimum', { Q5: -1 }, 'Q5', 'numberTooLow'],
		['a fraction where a whole number is asked', { Q5: '2,5' }, 'Q5', 'notWholeNumber'],
		['text where a number is asked', { Q5: 'twaalf' }, 'Q5', 'notANumber'],
		['NaN', { Q5: Number.NaN }, 'Q5', 'notANumber'],
		['Infinity', { Q5: Number.POSITIVE_INFINITY }, 'Q5', 'notANumber'],
		['a ranking missing an option', { Q6: ['x', 'y'] }, 'Q6', 'rankingNotPermutation'],
		['a ranking with a repeat', { Q6: ['x', 'x', 'y'] }, 'Q6', 'rankingNotPermutation'],
		['a ranking with a foreign code', { Q6: ['x', 'y', 'w'] }, 'Q6', 'rankingNotPermutation'],
		['a 100 kB open answer', { Q1: 'c', Q2: 'x'.repeat(100_000) }, 'Q2', 'textTooLong'],
		['an open answer one over the limit', { Q1: 'c', Q2: 'é'.repeat(2001) }, 'Q2', 'textTooLong'],
		['an unknown question', { Q99: 'a' }, 'Q99', 'unknownQuestion'],
		['a missing required answer', { Q1: '' }, 'Q1', 'required'],
		['a required follow-up left empty', { Q1: 'c', Q2: '   ' }, 'Q2', 'required']
	])('refuses %s', (_name, patch, questionId, code) => {
		const r = validateSubmission(survey, { ...valid, ...patch }, during);
		expect(r.ok).toBe(false);
		expect(r.errors).toContainEqual({ questionId, code });
	});

	it('accepts an open answer of exactly the limit (counted in characters, not bytes)', () => {
		const r = validateSubmission(survey, { Q1: 'c', Q2: 'é'.repeat(2000) }, during);
		expect(r.ok).toBe(true);
	});

	it('requires a hidden question only when it is shown', () => {
		expect(validateSubmission(survey, { Q1: 'a' }, during).ok).toBe(true);
		expect(validateSubmission(survey, { Q1: 'c' }, during).errors).toEqual([{ questionId: 'Q2', code: 'required' }]);
	});

	it('drops answers to hidden questions, even invalid ones', () => {
		const r = validateSubmission(survey, { Q1: 'a', Q2: 'x'.repeat(100_000), Q3: ['a'], Q7: 'geheim' }, during);
		expect(r.ok).toBe(true);
		expect(r.cleaned).toEqual({ Q1: 'a', Q3: ['a'] });
	});

	it('keeps answers to shown follow-ups, trimmed', () => {
		const r = validateSubmission(survey, { Q1: 'c', Q2: '  Schimmel in de badkamer ', Q3: ['c'], Q7: 'Donker pad' }, during);
		expect(r.cleaned).toEqual({ Q1: 'c', Q2: 'Schimmel in de badkamer', Q3: ['c'], Q7: 'Donker pad' });
	});

	it.each([
		['before it opens', new Date('2026-10-15T10:00:00Z')],
		['after it closes', new Date('2026-12-01T10:00:00Z')]
	])('refuses everything %s', (_name, now) => {
		expect(validateSubmission(survey, valid, now)).toEqual({ ok: false, errors: [{ questionId: null, code: 'surveyClosed' }], cleaned: {} });
	});
});

describe('visible questions', () => {
	const ids = (answers: Record<string, unknown>) => visibleQuestions(survey, answers).map((q) => q.id);
	it.each([
		['nothing answered yet', {}, ['Q1', 'Q3', 'Q4', 'Q5', 'Q6']],
		['dissatisfied', { Q1: 'c' }, ['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6']],
		['safety ticked', { Q3: ['c'] }, ['Q1', 'Q3', 'Q4', 'Q5', 'Q6', 'Q7']],
		['an invalid trigger answer does not open the follow-up', { Q1: 'zz' }, ['Q1', 'Q3', 'Q4', 'Q5', 'Q6']]
	])('%s', (_name, answers, expected) => {
		expect(ids(answers)).toEqual(expected);
	});

	it('hides a chain when its first link is hidden, and treats unanswered as false for notEquals', () => {
		const s = {
			...survey,
			questions: [
				survey.questions[0],
				questionSchema.parse({ id: 'A', type: 'number', text: 'Aantal kamers?', showIf: [{ questionId: 'Q1', operator: 'notEquals', value: 'a' }] }),
				questionSchema.parse({ id: 'B', type: 'openText', text: 'Toelichting?', showIf: [{ questionId: 'A', operator: 'gte', value: 3 }] })
			]
		};
		expect(visibleQuestions(s, {}).map((q) => q.id)).toEqual(['Q1']);
		expect(visibleQuestions(s, { Q1: 'b', A: 4 }).map((q) => q.id)).toEqual(['Q1', 'A', 'B']);
		expect(visibleQuestions(s, { Q1: 'a', A: 4 }).map((q) => q.id)).toEqual(['Q1']);
		expect(visibleQuestions(s, { Q1: 'b', A: 2 }).map((q) => q.id)).toEqual(['Q1', 'A']);
	});
});

describe('single answers', () => {
	const limited = questionSchema.parse({ id: 'M', type: 'multipleChoice', text: 'Kies er max twee', maxSelected: 2, options: ['a', 'b', 'c'].map((c) => ({ code: c, label: c })) });
	it('caps the number of ticked options when the question says so', () => {
		expect(checkAnswer(limited, ['a', 'b', 'c'])).toEqual({ error: 'tooManySelected' });
		expect(checkAnswer(limited, 'c')).toEqual({ value: ['c'] });
	});
});
