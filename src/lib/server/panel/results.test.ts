import { describe, expect, it } from 'vitest';
import type { Answers } from './answers';
import { seeded, survey } from './test-fixtures';
import { aggregate, breakdown, effectiveThreshold, openAnswers, type QuestionResult, responseRate, type ResultResponse, suppressGroups } from './results';
import { surveySchema } from './survey';

const resp = (answers: Answers, extra: Partial<ResultResponse> = {}): ResultResponse => ({ answers, source: 'online', ...extra });
const byId = (qs: QuestionResult[], id: string) => qs.find((q) => q.questionId === id)!;

describe('aggregation per question', () => {
	const responses = [
		resp({ Q1: 'a', Q3: ['a', 'b'], Q4: 7, Q5: 10, Q6: ['x', 'y', 'z'] }),
		resp({ Q1: 'a', Q3: ['a'], Q4: 8, Q5: 2, Q6: ['x', 'z', 'y'] }),
		resp({ Q1: 'c', Q2: 'Schimmel in de badkamer', Q3: ['c'], Q4: 3, Q5: 30, Q6: ['z', 'x', 'y'], Q7: 'Straatverlichting kapot' }),
		resp({ Q1: 'b', Q4: 8 })
	];
	const { responses: n, questions } = aggregate(survey, responses);

	it('counts single choice with percentages of those who answered', () => {
		expect(n).toBe(4);
		const q1 = byId(questions, 'Q1');
		expect(q1.type === 'singleChoice' && q1.options.map((o) => [o.code, o.count, o.percent])).toEqual([
			['a', 2, 50],
			['b', 1, 25],
			['c', 1, 25]
		]);
	});

	it('counts multiple choice per option as a share of respondents (may add up beyond 100 %)', () => {
		const q3 = byId(questions, 'Q3');
		expect(q3.n).toBe(3);
		expect(q3.type === 'multipleChoice' && q3.options.map((o) => [o.code, o.count, Math.round(o.percent)])).toEqual([
			['a', 2, 67],
			['b', 1, 33],
			['c', 1, 33]
		]);
	});

	it('gives a scale distribution, mean and median', () => {
		const q4 = byId(questions, 'Q4');
		if (q4.type !== 'scale') throw new Error('scale expected');
		expect(q4.distribution).toHaveLength(10);
		expect(q4.distribution[7]).toEqual({ value: 8, count: 2, percent: 50 });
		expect(q4.mean).toBe(6.5);
		expect(q4.median).toBe(7.5);
	});

	it('summarises numbers', () => {
		const q5 = byId(questions, 'Q5');
		expect(q5.type === 'number' && q5.summary).toEqual({ n: 3, min: 2, q1: 6, median: 10, q3: 20, max: 30, mean: 14 });
	});

	it('ranks by Borda score with average positions', () => {
		const q6 = byId(questions, 'Q6');
		if (q6.type !== 'ranking') throw new Error('ranking expected');
		// x: positions 1,1,2 → avg 4/3, borda 2+2+1=5; z: 3,2,1 → 2, borda 3; y: 2,3,3 → borda 1
		expect(q6.options.map((o) => [o.code, o.borda, o.rank])).toEqual([
			['x', 5, 1],
			['z', 3, 2],
			['y', 1, 3]
		]);
		expect(q6.options[0].averagePosition).toBeCloseTo(4 / 3);
	});

	it('counts open answers and gives empty results without answers', () => {
		expect(byId(questions, 'Q2').n).toBe(1);
		const empty = aggregate(survey, []).questions;
		const scale = byId(empty, 'Q4');
		expect(scale.type === 'scale' && [scale.mean, scale.median]).toEqual([null, null]);
		const number = byId(empty, 'Q5');
		expect(number.type === 'number' && number.summary).toBeNull();
		const single = byId(empty, 'Q1');
		expect(single.type === 'singleChoice' && single.options[0].percent).toBe(0);
	});
});

describe('open answers', () => {
	const responses = [resp({ Q2: 'Geen privé-parkeerplaats' }), resp({ Q2: 'Te veel GELUIDSOVERLAST' }), resp({ Q2: 'Privacy in de tuin' }), resp({ Q1: 'a' })];
	it.each([
		['', 3],
		['prive', 1],
		['PRIVÉ', 1],
		['priv', 2],
		['geluidsoverlast', 1],
		['lift', 0]
	])('search %j finds %i', (search, count) => {
		expect(openAnswers(responses, 'Q2', search)).toHaveLength(count);
	});
});

describe('small-group suppression', () => {
	it.each([
		[undefined, 5],
		[null, 5],
		[0, 5],
		[3, 5],
		[Number.NaN, 5],
		[5, 5],
		[7.2, 8],
		[10, 10]
	])('threshold %s becomes %i', (configured, expected) => {
		expect(effectiveThreshold(configured)).toBe(expected);
	});

	it.each([
		['no small groups', { A: 10, B: 8, C: 6 }, {}],
		['one small group: the next smallest goes too', { A: 10, B: 8, C: 6, D: 3 }, { D: 'smallGroup', C: 'secondary' }],
		['two small groups: no secondary needed', { A: 10, B: 8, C: 4, D: 3 }, { C: 'smallGroup', D: 'smallGroup' }],
		['exactly the threshold is shown', { A: 5, B: 5 }, {}],
		['a tie for next smallest: first by name', { A: 9, C: 6, B: 6, D: 1 }, { D: 'smallGroup', B: 'secondary' }],
		['two groups, one small: both hidden', { A: 40, B: 2 }, { A: 'secondary', B: 'smallGroup' }]
	])('%s', (_name, sizes, expected) => {
		const out = suppressGroups(new Map(Object.entries(sizes)), 5);
		expect(Object.fromEntries([...out].filter(([, s]) => s))).toEqual(expected);
	});

	it('never shows a group under 5, whatever the configured threshold', () => {
		const out = suppressGroups(new Map([['A', 4], ['B', 20], ['C', 20]]), 2);
		expect(out.get('A')).toBe('smallGroup');
	});

	const responses: ResultResponse[] = [
		...Array.from({ length: 12 }, (_, i) => resp({ Q1: i % 2 ? 'a' : 'b' }, { profile: { municipality: 'GM0106', ageBand: '65+' } })),
		...Array.from({ length: 7 }, () => resp({ Q1: 'a' }, { profile: { municipality: 'GM0114', ageBand: '35-64' } })),
		...Array.from({ length: 3 }, () => resp({ Q1: 'c' }, { profile: { municipality: 'GM0109' } }, )),
		...Array.from({ length: 6 }, () => resp({ Q1: 'b' }, { source: 'paper', profile: { municipality: 'GM0118' } })),
		resp({ Q3: ['a'] }, { profile: { municipality: 'GM0109' } })
	];

	it('hides counts of groups under the threshold and one more group when only one is hidden', () => {
		const b = breakdown(survey, responses, 'Q1', 'municipality');
		expect(b.threshold).toBe(5);
		expect(b.total).toMatchObject({ n: 28, suppressed: false });
		expect(b.groups.map((g) => [g.group, g.n, g.suppressed])).toEqual([
			['GM0106', 12, null],
			['GM0109', null, 'smallGroup'],
			['GM0114', 7, null],
			['GM0118', null, 'secondary']
		]);
		expect(b.groups[1].result).toBeNull();
		const shown = b.groups[0].result;
		expect(shown?.type === 'singleChoice' && shown.options.map((o) => o.count)).toEqual([6, 6, 0]);
	});

	it('puts responses without the attribute in an "unknown" group that is suppressed like any other', () => {
		const b = breakdown(survey, responses, 'Q1', 'ageBand', { threshold: 8 });
		expect(b.threshold).toBe(8);
		expect(b.groups.map((g) => [g.group, g.n, g.suppressed])).toEqual([
			['35-64', null, 'smallGroup'],
			['65+', 12, null],
			['unknown', null, 'secondary']
		]);
	});

	it('breaks down by source and hides everything when the total itself is small', () => {
		const bySource = breakdown(survey, responses, 'Q1', 'source');
		expect(bySource.groups.map((g) => [g.group, g.n])).toEqual([
			['online', 22],
			['paper', 6]
		]);
		const tiny = breakdown(survey, responses.slice(0, 4), 'Q1', 'municipality');
		expect(tiny.total).toEqual({ n: null, suppressed: true, result: null });
		expect(tiny.groups.every((g) => g.suppressed === 'smallGroup' && g.n === null)).toBe(true);
	});

	it('refuses an unknown question', () => {
		expect(() => breakdown(survey, responses, 'Q99', 'source')).toThrow();
	});
});

describe('response rate', () => {
	it('per source and in total; null where nobody was invited', () => {
		expect(responseRate({ online: 400, letter: 100 }, { online: 120, letter: 15 })).toEqual([
			{ source: 'online', invited: 400, answered: 120, rate: 30 },
			{ source: 'letter', invited: 100, answered: 15, rate: 15 },
			{ source: 'paper', invited: 0, answered: 0, rate: null },
			{ source: 'total', invited: 500, answered: 135, rate: 27 }
		]);
	});
});

describe('speed', () => {
	it('aggregates 100,000 responses × 15 questions quickly', () => {
		const opts = (k: number) => Array.from({ length: k }, (_, i) => ({ code: `o${i}`, label: `Optie ${i}` }));
		const questions = Array.from({ length: 15 }, (_, i) => {
			const id = `Q${i + 1}`;
			switch (i % 5) {
				case 0:
					return { id, type: 'singleChoice', text: `Vraag ${id}`, options: opts(5) };
				case 1:
					return { id, type: 'multipleChoice', text: `Vraag ${id}`, options: opts(6) };
				case 2:
					return { id, type: 'scale', text: `Vraag ${id}`, scaleMax: 10, lowLabel: 'laag', highLabel: 'hoog' };
				case 3:
					return { id, type: 'number', text: `Vraag ${id}`, min: 0, max: 100 };
				default:
					return { id, type: 'ranking', text: `Vraag ${id}`, options: opts(4) };
			}
		});
		const big = surveySchema.parse({ id: 's', title: 'Grote enquête', opensAt: '2026-01-01', closesAt: '2026-02-01', questions });
		const rnd = seeded(2026);
		const rankings = [['o0', 'o1', 'o2', 'o3'], ['o3', 'o2', 'o1', 'o0'], ['o1', 'o0', 'o3', 'o2']];
		const responses: ResultResponse[] = Array.from({ length: 100_000 }, () => {
			const answers: Answers = {};
			for (let i = 0; i < 15; i++) {
				const id = `Q${i + 1}`;
				const kind = i % 5;
				answers[id] = kind === 0 ? `o${rnd(5)}` : kind === 1 ? [`o${rnd(3)}`, `o${3 + rnd(3)}`] : kind === 2 ? 1 + rnd(10) : kind === 3 ? rnd(101) : rankings[rnd(3)];
			}
			return { answers, source: 'online' };
		});
		aggregate(big, responses.slice(0, 10_000)); // warm-up (JIT), as on a running server
		const times: number[] = [];
		let result = aggregate(big, []);
		for (let run = 0; run < 5; run++) {
			const start = performance.now();
			result = aggregate(big, responses);
			times.push(performance.now() - start);
		}
		times.sort((a, b) => a - b);
		console.log(`aggregate 100,000 responses × 15 questions: median ${times[2].toFixed(1)} ms, best ${times[0].toFixed(1)} ms (5 runs)`);
		expect(result.questions).toHaveLength(15);
		expect(result.questions.every((q) => q.n === 100_000)).toBe(true);
		const scale = result.questions[2];
		expect(scale.type === 'scale' && scale.mean).toBeCloseTo(5.5, 1);
		expect(times[2]).toBeLessThan(1000);
	});
});
