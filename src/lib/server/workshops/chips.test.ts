import { describe, expect, it } from 'vitest';
import { aggregateChips, chipsConfigSchema, type ChipsSubmission, DEFAULT_THEMES, validateDistribution } from './chips';

const config = chipsConfigSchema.parse({});

describe('chips configuration', () => {
	it('defaults to the seven themes, 100 chips in steps of 10', () => {
		expect(config.budget).toBe(100);
		expect(config.step).toBe(10);
		expect(config.themes.map((t) => t.label)).toEqual(DEFAULT_THEMES.map((t) => t.label));
		expect(config.themes).toHaveLength(7);
	});

	it.each([
		[{ budget: 100, step: 30 }, 'budgetNotMultipleOfStep'],
		[{ budget: 0 }, 'budgetTooSmall'],
		[{ budget: 10.5, step: 1 }, 'budgetNotWhole'],
		[{ themes: [{ code: 'a', label: 'A' }, { code: 'a', label: 'B' }] }, 'duplicateThemeCode'],
		[{ themes: [{ code: 'a', label: 'A' }] }, 'tooFewThemes']
	])('refuses %j with %s', (input, key) => {
		expect(chipsConfigSchema.safeParse(input).error?.issues.map((i) => i.message)).toContain(key);
	});

	it('accepts 10 chips in steps of 1', () => {
		expect(chipsConfigSchema.parse({ budget: 10, step: 1 }).budget).toBe(10);
	});
});

describe('one distribution', () => {
	it('accepts a valid one and shows the remainder', () => {
		const v = validateDistribution(config, { affordability: 40, liveability: '30', availability: '' });
		expect(v).toMatchObject({ ok: true, errors: [], total: 70, remainder: 30 });
		expect(v.cleaned).toMatchObject({ affordability: 40, liveability: 30, availability: 0, housingAndCare: 0 });
	});

	it.each([
		['more chips than the budget', { affordability: 60, liveability: 50 }, { theme: null, code: 'overBudget' }, -10],
		['negative chips', { affordability: -10 }, { theme: 'affordability', code: 'chipsNegative' }, 100],
		['fractional chips', { affordability: 15.5 }, { theme: 'affordability', code: 'chipsNotWhole' }, 100],
		['fractional chips typed with a comma', { affordability: '12,5' }, { theme: 'affordability', code: 'chipsNotWhole' }, 100],
		['not a multiple of the step', { affordability: 15 }, { theme: 'affordability', code: 'chipsNotMultipleOfStep' }, 100],
		['an unknown theme', { parking: 10 }, { theme: 'parking', code: 'themeUnknown' }, 100],
		['text', { affordability: 'veel' }, { theme: 'affordability', code: 'chipsNotANumber' }, 100],
		['NaN', { affordability: Number.NaN }, { theme: 'affordability', code: 'chipsNotANumber' }, 100],
		['Infinity', { affordability: Number.POSITIVE_INFINITY }, { theme: 'affordability', code: 'chipsNotANumber' }, 100]
	])('refuses %s', (_name, distribution, error, remainder) => {
		const v = validateDistribution(config, distribution);
		expect(v.ok).toBe(false);
		expect(v.errors).toContainEqual(error);
		expect(v.remainder).toBe(remainder);
	});

	it('accepts exactly the budget and, when all must be spent, refuses less', () => {
		expect(validateDistribution(config, { affordability: 100 }).ok).toBe(true);
		const strict = chipsConfigSchema.parse({ mustSpendAll: true });
		expect(validateDistribution(strict, { affordability: 90 }).errors).toEqual([{ theme: null, code: 'budgetNotSpent' }]);
		expect(validateDistribution(strict, { affordability: 100 }).ok).toBe(true);
	});
});

describe('aggregation', () => {
	const sub = (participantId: string, tableId: string, sequence: number, distribution: Record<string, unknown>): ChipsSubmission => ({
		participantId,
		tableId,
		sequence,
		distribution
	});

	it('sums per table and overall, with shares and ranks', () => {
		const r = aggregateChips(config, [
			sub('p1', 'T1', 1, { affordability: 60, availability: 40 }),
			sub('p2', 'T1', 2, { affordability: 40, liveability: 60 }),
			sub('p3', 'T2', 3, { availability: 100 })
		]);
		expect(r.overall.participants).toBe(3);
		expect(r.overall.chips).toBe(300);
		const overall = Object.fromEntries(r.overall.themes.map((t) => [t.code, [t.sum, Math.round(t.share * 10) / 10, t.rank]]));
		expect(overall).toMatchObject({ availability: [140, 46.7, 1], affordability: [100, 33.3, 2], liveability: [60, 20, 3], housingAndCare: [0, 0, 4] });
		expect(r.perTable.map((t) => [t.tableId, t.participants, t.chips])).toEqual([
			['T1', 2, 200],
			['T2', 1, 100]
		]);
		const t1 = r.perTable[0].themes.find((t) => t.code === 'affordability');
		expect(t1).toMatchObject({ sum: 100, share: 50, rank: 1 });
	});

	it('gives equal sums the same rank', () => {
		const r = aggregateChips(config, [sub('p1', 'T1', 1, { affordability: 50, liveability: 50 })]);
		expect(r.overall.themes.filter((t) => t.rank === 1).map((t) => t.code)).toEqual(['affordability', 'liveability']);
		expect(r.overall.themes.find((t) => t.code === 'availability')?.rank).toBe(3);
	});

	it('counts the same participant once: the last submission by sequence replaces the earlier', () => {
		const r = aggregateChips(config, [
			sub('p1', 'T1', 2, { liveability: 100 }),
			sub('p1', 'T1', 1, { affordability: 100 }), // arrives late, but is older
			sub('p2', 'T1', 1, { affordability: 50 }),
			sub('p2', 'T2', 5, { affordability: 30 }) // moved to another table
		]);
		expect(r.overall.participants).toBe(2);
		expect(r.overall.chips).toBe(130);
		expect(r.overall.themes.find((t) => t.code === 'liveability')?.sum).toBe(100);
		expect(r.perTable.map((t) => [t.tableId, t.participants, t.chips])).toEqual([
			['T1', 1, 100],
			['T2', 1, 30]
		]);
	});

	it('leaves invalid submissions out without dropping the earlier valid one', () => {
		const r = aggregateChips(config, [sub('p1', 'T1', 1, { affordability: 70 }), sub('p1', 'T1', 2, { affordability: 170 })]);
		expect(r.rejected).toBe(1);
		expect(r.overall.chips).toBe(70);
	});

	it('handles no submissions', () => {
		const r = aggregateChips(config, []);
		expect(r.overall).toMatchObject({ participants: 0, chips: 0 });
		expect(r.overall.themes.every((t) => t.share === 0 && t.rank === 1)).toBe(true);
		expect(r.perTable).toEqual([]);
	});
});
