import { describe, expect, it } from 'vitest';
import { classify, formatDutchNumber } from './classify';

describe('formatDutchNumber', () => {
	it('uses a dot for thousands and a comma for decimals', () => {
		expect(formatDutchNumber(1234.5, 1)).toBe('1.234,5');
		expect(formatDutchNumber(1234567)).toBe('1.234.567');
		expect(formatDutchNumber(999)).toBe('999');
		expect(formatDutchNumber(-1234.56, 2)).toBe('-1.234,56');
		expect(formatDutchNumber(-0.004, 2)).toBe('0,00');
		expect(formatDutchNumber(0.5, 2)).toBe('0,50');
		expect(formatDutchNumber(Number.NaN)).toBe('–');
	});
});

describe('classify', () => {
	const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, null, undefined, Number.NaN];

	it('equal intervals: breaks, classes per value and legend with counts', () => {
		const c = classify(values, { method: 'equalInterval', classes: 3 });
		expect(c.method).toBe('equalInterval');
		expect(c.methodName.nl).toMatch(/Gelijke intervallen/);
		expect(c.breaks).toEqual([1, 4, 7, 10]);
		expect(c.classes).toEqual([0, 0, 0, 1, 1, 1, 2, 2, 2, 2, null, null, null]);
		expect(c.legend.map((l) => l.count)).toEqual([3, 3, 4]);
		expect(c.legend.map((l) => l.label)).toEqual(['1,0 – 4,0', '4,0 – 7,0', '7,0 – 10,0']);
		expect(c.missing).toBe(3);
	});

	it('quantiles: about as many values per class, default 5 classes', () => {
		const c = classify(values);
		expect(c.method).toBe('quantile');
		expect(c.classCount).toBe(5);
		expect(c.breaks[0]).toBe(1);
		expect(c.breaks[5]).toBe(10);
		expect(c.legend.map((l) => l.count)).toEqual([2, 2, 2, 2, 2]);
		expect(c.classes.slice(0, 10)).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4]);
	});

	it('merges empty quantile classes when many values are equal', () => {
		const c = classify([0, 0, 0, 0, 0, 0, 0, 0, 5, 10], { classes: 5 });
		expect(c.classCount).toBeLessThan(5);
		expect(new Set(c.breaks).size).toBe(c.breaks.length);
		expect(c.legend.reduce((n, l) => n + l.count, 0)).toBe(10);
	});

	it('handles all-equal, all-missing and large numbers with Dutch labels', () => {
		const same = classify([7, 7, 7]);
		expect(same.classCount).toBe(1);
		expect(same.classes).toEqual([0, 0, 0]);
		expect(same.legend[0].label).toBe('7,0');
		const none = classify([null, null]);
		expect(none).toMatchObject({ classCount: 0, breaks: [], legend: [], missing: 2 });
		expect(none.classes).toEqual([null, null]);
		const woz = classify([150_000, 250_000, 1_234_500], { method: 'equalInterval', classes: 2 });
		expect(woz.legend[0].label).toBe('150.000 – 692.250');
		expect(woz.legend[1].label).toBe('692.250 – 1.234.500');
		expect(classify([0.12, 0.5, 0.97], { method: 'equalInterval', classes: 2, decimals: 1 }).legend[0].label).toBe('0,1 – 0,5');
	});

	it('every non-null value gets exactly one class, also at the maximum', () => {
		const data = Array.from({ length: 101 }, (_, i) => (i * 37) % 101);
		for (const method of ['quantile', 'equalInterval'] as const) {
			const c = classify(data, { method, classes: 7 });
			expect(c.classes.every((x) => x !== null && x >= 0 && x < c.classCount)).toBe(true);
			expect(c.legend.reduce((n, l) => n + l.count, 0)).toBe(101);
			expect(c.classes[data.indexOf(100)]).toBe(c.classCount - 1);
		}
	});
});
