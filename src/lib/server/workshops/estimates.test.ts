import { describe, expect, it } from 'vitest';
import { estimateQuestionSchema, type GuessSubmission, guessSpread, isPlausible, parseGuess } from './estimates';

describe('estimate question', () => {
	it('requires the measure for a waiting time and a source with a true value', () => {
		const base = { id: 'e1', question: 'Hoe lang is de gemiddelde wachttijd?', unit: 'years', topic: 'waitingTime' };
		const messages = (input: unknown) => estimateQuestionSchema.safeParse(input).error?.issues.map((i) => i.message) ?? [];
		expect(messages(base)).toEqual(['measureRequired']);
		expect(messages({ ...base, measure: 'searchTime', trueValue: 2.5 })).toEqual(['sourceRequired']);
		expect(messages({ ...base, measure: 'registrationTime', trueValue: 7.1, source: 'RIGO, 2018' })).toEqual([]);
		expect(messages({ ...base, unit: 'weeks', measure: 'searchTime' })).toEqual(['unitRequired']);
	});
});

describe('parsing a guess', () => {
	it.each([
		['4,5', 'years', 4.5],
		['4.5', 'years', 4.5],
		[' 7 ', 'years', 7],
		['4 jaar', 'years', 4],
		['4,5 jaar', 'years', 4.5],
		['18 maanden', 'months', 18],
		['85%', 'percent', 85],
		['85 procent', 'percent', 85],
		['€ 1.250', 'euros', 1250],
		['€1.250,50', 'euros', 1250.5],
		['1,250.50', 'euros', 1250.5],
		['12.500.000', 'euros', 12_500_000],
		['1.250', 'count', 1250],
		['1,000,000', 'count', 1_000_000],
		['4.500', 'years', 4.5],
		['-3', 'years', -3],
		['+5', 'years', 5],
		[6.2, 'years', 6.2]
	])('%j in %s is %d', (input, unit, value) => {
		expect(parseGuess(input, unit as never)).toMatchObject({ ok: true, value });
	});

	it.each([
		['', 'guessEmpty'],
		['   ', 'guessEmpty'],
		['vier', 'guessNotANumber'],
		['ongeveer 5', 'guessNotANumber'],
		['5-7', 'guessNotANumber'],
		['4,5,6', 'guessNotANumber'],
		['1..5', 'guessNotANumber'],
		['5,', 'guessNotANumber'],
		['1e6', 'guessNotANumber'],
		['9'.repeat(41), 'guessNotANumber'],
		[Number.NaN, 'guessNotANumber'],
		[Number.POSITIVE_INFINITY, 'guessNotANumber']
	])('refuses %j with %s', (input, error) => {
		expect(parseGuess(input, 'years')).toEqual({ ok: false, error });
	});

	it.each([
		['years', 51, true],
		['years', -1, true],
		['years', 50, false],
		['months', 700, true],
		['percent', 101, true],
		['percent', 0, false],
		['euros', -5, true],
		['euros', 1e9, false],
		['count', 2.5, true],
		['count', -1, true]
	])('in %s, %d is flagged: %s', (unit, value, flagged) => {
		expect(parseGuess(value, unit as never)).toEqual({ ok: true, value, implausible: flagged });
		expect(isPlausible(value, unit as never)).toBe(!flagged);
	});

	it('accepts an absurd guess instead of crashing', () => {
		expect(parseGuess('1000', 'years')).toEqual({ ok: true, value: 1000, implausible: true });
	});
});

describe('spread of guesses', () => {
	const g = (participantId: string, guess: string | number, sequence = 1): GuessSubmission => ({ participantId, guess, sequence });

	it('summarises plausible guesses and counts those near the true value', () => {
		const s = guessSpread('years', 8, [g('a', '4'), g('b', '7,5'), g('c', 8.5), g('d', '10'), g('e', '6'), g('f', '1000'), g('h', 'vier')]);
		expect(s.guesses).toBe(6);
		expect(s.flagged).toBe(1);
		expect(s.summary).toEqual({ n: 5, min: 4, q1: 6, median: 7.5, q3: 8.5, max: 10, mean: 7.2 });
		expect(s.within10).toBe(2); // 7.5 and 8.5 (7.2–8.8)
		expect(s.within25).toBe(4); // 6, 7.5, 8.5, 10 (6–10)
		expect(s.medianError).toBe(-0.5);
	});

	it('lets a participant change their guess: the last one counts', () => {
		const s = guessSpread('years', 5, [g('a', '3', 1), g('a', '5', 2), g('b', '9', 1)]);
		expect(s.guesses).toBe(2);
		expect(s.summary?.median).toBe(7);
		expect(s.within10).toBe(1);
	});

	it('works before the true value is known and without guesses', () => {
		expect(guessSpread('years', null, [g('a', 4)])).toMatchObject({ within10: 0, medianError: null, trueValue: null });
		expect(guessSpread('percent', 30, [])).toMatchObject({ guesses: 0, flagged: 0, summary: null, medianError: null });
	});

	it('with a true value of 0 counts only exact guesses as near', () => {
		expect(guessSpread('count', 0, [g('a', 0), g('b', 1)]).within25).toBe(1);
	});
});
