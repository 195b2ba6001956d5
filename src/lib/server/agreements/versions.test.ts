import { describe, expect, it } from 'vitest';
import { agreementLight, diffVersions, type Comparable } from './versions';
import { agreementSchema, parseNumber, toForm, toValues } from './schemas';

const base: Comparable = {
	lineageId: 'a', theme: 'beschikbaarheid', text: 'Hunzedal bouwt 150 woningen in 2027.', committingParties: ['x'],
	ownerName: null, indicator: 'woningen', unit: 'woningen', baseline: 0, baselineYear: 2025, targets: [{ year: 2027, value: 150 }], deadline: null
};

describe('diffVersions', () => {
	it('lists added, removed and changed fields per agreement', () => {
		const changed = { ...base, text: 'Hunzedal bouwt 200 woningen in 2027.', targets: [{ year: 2027, value: 200 }] };
		const added = { ...base, lineageId: 'b' };
		const removed = { ...base, lineageId: 'c' };
		const diff = diffVersions([base, removed], [changed, added]);
		expect(diff).toEqual([
			expect.objectContaining({ lineageId: 'a', change: 'changed', fields: ['text', 'targets'] }),
			expect.objectContaining({ lineageId: 'b', change: 'added' }),
			expect.objectContaining({ lineageId: 'c', change: 'removed' })
		]);
		expect(diffVersions([base], [{ ...base, committingParties: ['x'] }])).toEqual([]);
	});
});

describe('agreementLight', () => {
	it('turns orange when behind the line', () => {
		const a = { baseline: 0, baselineYear: 2025, targets: [{ year: 2027, value: 200 }] };
		// Halfway in time (end of 2026): 100 expected.
		expect(agreementLight(a, { value: 100, measuredOn: '2026-12-31' }).color).toBe('green');
		expect(agreementLight(a, { value: 70, measuredOn: '2026-12-31' }).color).toBe('orange');
		expect(agreementLight(a, { value: 20, measuredOn: '2026-12-31' }).color).toBe('red');
		expect(agreementLight(a, null).color).toBe('grey');
	});
});

describe('agreementSchema', () => {
	const schema = agreementSchema(2026);
	const ok = { text: 'Hunzedal bouwt 150 woningen in 2027.', theme: 'beschikbaarheid' };
	it('refuses the bad inputs of the issue with a message key at the field', () => {
		const errors = (input: object) =>
			(schema.safeParse({ ...ok, ...input }).error?.issues ?? []).map((i) => `${i.path.join('.')}:${i.message}`);
		expect(errors({ target1: '150' })).toEqual(['unit:agrTargetWithoutUnit']);
		expect(errors({ baselineYear: '2027' })).toEqual(['baselineYear:agrBaselineInFuture']);
		expect(errors({ deadline: '2025-12-31' })).toEqual(['deadline:agrDeadlineBeforeYear']);
		expect(errors({ text: '  ' })).toEqual(['text:agrTextRequired']);
		expect(errors({ baseline: 'veel' })).toEqual(['baseline:agrNumber']);
		expect(errors({ baselineYear: '2026', deadline: '2026-01-01', unit: '%', target1: '1,5' })).toEqual([]);
	});
	it('round-trips form and values', () => {
		const form = schema.parse({ ...ok, unit: 'woningen', target2: '1.234,5', baseline: '10', baselineYear: '2025', parties: ['p', 'p'] });
		const values = toValues(form, 2026);
		expect(values.targets).toEqual([{ year: 2028, value: 1234.5 }]);
		expect(values.committingParties).toEqual(['p']);
		expect(toForm({ ...values, version: 3 }, 2026)).toMatchObject({ target2: '1234,5', baseline: '10', version: 3 });
		expect(parseNumber('abc')).toBeNaN();
	});
});
