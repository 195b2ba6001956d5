import { describe, expect, it } from 'vitest';
import { parseNumber, smartView, toRuleInput, toValues, type AgreementFormFields } from './values';

const empty: AgreementFormFields = {
	theme: 'doelgroepen',
	text: '',
	parties: [],
	ownerName: '',
	indicator: '',
	unit: '',
	baseline: '',
	baselineYear: '',
	target1: '',
	target2: '',
	target3: '',
	target4: '',
	deadline: ''
};
const kinds = new Map([
	['g', 'municipality'],
	['c', 'corporation']
]);

describe('agreement values', () => {
	it('reads Dutch numbers and leaves out what does not parse yet (half typed)', () => {
		expect(parseNumber('1.234,5')).toBe(1234.5);
		const v = toValues({ ...empty, baseline: '12,', baselineYear: '20', target1: '40', target2: 'veertig' }, 2026);
		expect(v.baseline).toBeNull();
		expect(v.baselineYear).toBeNull();
		expect(v.targets).toEqual([{ year: 2027, value: 40 }]);
	});

	it('the SMART view follows the text: a vague verb is found, a concrete sentence passes', () => {
		const vague = smartView(toRuleInput(toValues({ ...empty, text: 'De gemeente stimuleert de doorstroming van ouderen.' }, 2026), 2026, kinds), 'nl');
		expect(vague.findings.map((f) => f.text).join(' ')).toContain('stimuleert');
		const good = smartView(
			toRuleInput(
				toValues(
					{
						...empty,
						text: 'De gemeente Assen helpt in 2027 40 ouderen met een verhuiscoach naar een passende woning.',
						parties: ['g'],
						ownerName: 'Beleidsadviseur wonen',
						indicator: 'verhuisde ouderen',
						unit: 'huishoudens',
						baseline: '0',
						baselineYear: '2025',
						target1: '40',
						deadline: '2027-12-31'
					},
					2026
				),
				2026,
				kinds
			),
			'en'
		);
		expect(good.score).toBe(4);
		expect(good.findings.filter((f) => f.severity === 'error')).toEqual([]);
	});
});
