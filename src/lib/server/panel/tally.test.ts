import { describe, expect, it } from 'vitest';
import { aggregate } from './results';
import { resultsFromTallies, tallyKeys, tallyMap } from './tally';
import { survey, seeded } from './test-fixtures';
import type { Answers } from './answers';

function randomAnswers(r: (n: number) => number): Answers {
	const a: Answers = {};
	if (r(5)) a.Q1 = ['a', 'b', 'c'][r(3)];
	if (a.Q1 === 'c' && r(2)) a.Q2 = 'Lekkage';
	if (r(4)) a.Q3 = ['a', 'b', 'c'].filter(() => r(2) === 1);
	if (Array.isArray(a.Q3) && !a.Q3.length) delete a.Q3;
	if (r(4)) a.Q4 = 1 + r(10);
	if (r(4)) a.Q5 = r(60) + (r(3) === 0 ? 0.5 : 0);
	if (r(3)) a.Q6 = [['x', 'y', 'z'], ['y', 'x', 'z'], ['z', 'y', 'x']][r(3)];
	if (r(3) === 0) a.Q7 = 'Meer groen';
	return a;
}

describe('tallies', () => {
	it('give the same results as aggregating every answer', () => {
		for (const n of [0, 1, 2, 7, 500]) {
			const r = seeded(n + 1);
			const responses = Array.from({ length: n }, () => ({ answers: randomAnswers(r) }));
			const counts = new Map<string, number>();
			for (const x of responses) for (const [q, a] of tallyKeys(survey, x.answers)) counts.set(`${q}|${a}`, (counts.get(`${q}|${a}`) ?? 0) + 1);
			const rows = [...counts].map(([k, count]) => ({ questionKey: k.split('|')[0], answerKey: k.split('|')[1], count }));
			const { bySource, ...rest } = resultsFromTallies(survey, tallyMap(rows));
			expect(rest).toEqual(aggregate(survey, responses));
			expect(bySource).toEqual({});
		}
	});

	it('leaves out what results leave out', () => {
		expect(tallyKeys(survey, { Q1: 'zz', Q4: 11, Q6: ['x'] })).toEqual([['#total', '#n']]);
	});
});
