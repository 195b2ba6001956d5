import { describe, expect, it } from 'vitest';
import { compareComposition, compositionPerMunicipality, countBy } from './representativeness';

describe('panel composition against the population', () => {
	const panel = { '18-34': 5, '35-64': 40, '65+': 55 };
	const population = { '18-34': 25, '35-64': 45, '65+': 30 };

	it('gives shares, differences in points, an index and flags of 10 points or more', () => {
		const c = compareComposition(panel, population);
		expect(c.rows.map((r) => [r.group, r.panelShare, r.populationShare, r.differencePoints, r.flagged])).toEqual([
			['18-34', 5, 25, -20, true],
			['35-64', 40, 45, -5, false],
			['65+', 55, 30, 25, true]
		]);
		expect(c.rows[0].index).toBe(20);
		expect(c.rows[2].index).toBeCloseTo(183.33, 2);
		expect(c.dissimilarity).toBe(25);
		expect(c.populationIncomplete).toBe(false);
	});

	it.each([
		['counts and shares give the same result', { '18-34': 2500, '35-64': 4500, '65+': 3000 }, 25],
		['the same composition', { '18-34': 5, '35-64': 40, '65+': 55 }, 0]
	])('%s', (_name, pop, dissimilarity) => {
		expect(compareComposition(panel, pop).dissimilarity).toBeCloseTo(dissimilarity, 9);
	});

	it('flags a difference of exactly 10 points', () => {
		const c = compareComposition({ a: 6, b: 4 }, { a: 0.5, b: 0.5 });
		expect(c.rows.map((r) => r.flagged)).toEqual([true, true]);
		expect(compareComposition({ a: 59, b: 41 }, { a: 50, b: 50 }).rows[0].flagged).toBe(false);
	});

	it.each([
		['no population at all', null],
		['an empty population', {}],
		['only secret values (CBS -99999999)', { '18-34': -99999999, '35-64': null, '65+': undefined }]
	])('handles %s', (_name, pop) => {
		const c = compareComposition(panel, pop);
		expect(c.dissimilarity).toBeNull();
		expect(c.rows.every((r) => r.populationShare === null && r.index === null && !r.flagged)).toBe(true);
		expect(c.rows.map((r) => r.panelShare)).toEqual([5, 40, 55]);
	});

	it('marks a partly missing population and compares the groups it has', () => {
		const c = compareComposition(panel, { '18-34': 40, '35-64': 60, '65+': null });
		expect(c.populationIncomplete).toBe(true);
		expect(c.rows[2].populationShare).toBeNull();
		expect(c.rows[0].populationShare).toBe(40);
	});

	it('shows population groups missing from the panel and leaves unknowns out of the shares', () => {
		const c = compareComposition({ '35-64': 3, unknown: 2 }, { '18-34': 1, '35-64': 1 });
		expect(c.panelUnknown).toBe(2);
		expect(c.panelTotal).toBe(3);
		expect(c.rows.map((r) => [r.group, r.panelCount, r.panelShare, r.differencePoints])).toEqual([
			['18-34', 0, 0, -50],
			['35-64', 3, 100, 50]
		]);
		expect(c.rows[0].index).toBe(0);
	});

	it('compares per municipality', () => {
		const members = [
			{ municipality: 'GM0106', ageBand: '65+' },
			{ municipality: 'GM0106', ageBand: '18-34' },
			{ municipality: 'GM0114', ageBand: '' }
		];
		expect(countBy(members, 'ageBand')).toEqual({ '65+': 1, '18-34': 1, unknown: 1 });
		const per = compositionPerMunicipality(members, 'ageBand', { GM0106: { '18-34': 50, '65+': 50 }, GM0109: { '65+': 1 } });
		expect(Object.keys(per)).toEqual(['GM0106', 'GM0109', 'GM0114']);
		expect(per.GM0106.dissimilarity).toBe(0);
		expect(per.GM0114.dissimilarity).toBeNull();
		expect(per.GM0109.panelTotal).toBe(0);
	});
});
