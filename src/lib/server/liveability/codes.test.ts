import { describe, expect, it } from 'vitest';
import { gemeenteOf, isValidAreaCode, isWithin, levelOfCode, normalizeCode, validateAreaCode, wijkOf } from './codes';
import { checkFileSize, formatIssue, issueMessages } from './reports';

describe('CBS area codes', () => {
	it('recognises the three levels', () => {
		expect(levelOfCode('GM0106')).toBe('gemeente');
		expect(levelOfCode('WK010601')).toBe('wijk');
		expect(levelOfCode('BU01060105')).toBe('buurt');
		expect(levelOfCode('PV20')).toBeNull();
	});

	it('normalises OData padding and lower case', () => {
		expect(normalizeCode('GM0014    ')).toBe('GM0014');
		expect(validateAreaCode(' bu01060105 ')).toEqual({ ok: true, code: 'BU01060105', level: 'buurt' });
	});

	it('derives wijk and gemeente', () => {
		expect(wijkOf('BU01060105')).toBe('WK010601');
		expect(wijkOf('WK010601')).toBe('WK010601');
		expect(wijkOf('GM0106')).toBeNull();
		expect(gemeenteOf('BU01060105')).toBe('GM0106');
		expect(gemeenteOf('WK036201')).toBe('GM0362');
		expect(gemeenteOf('GM0362')).toBe('GM0362');
		expect(gemeenteOf('nonsense')).toBeNull();
		expect(isWithin('BU01060105', 'WK010601')).toBe(true);
		expect(isWithin('BU01060105', 'GM0106')).toBe(true);
		expect(isWithin('BU01070105', 'GM0106')).toBe(false);
		expect(isWithin('GM0106', 'BU01060105')).toBe(false);
	});

	it('gives a specific error code per problem', () => {
		expect(validateAreaCode('')).toMatchObject({ ok: false, error: 'codeEmpty' });
		expect(validateAreaCode('XX0106')).toMatchObject({ ok: false, error: 'codeUnknownPrefix' });
		expect(validateAreaCode('BU123')).toMatchObject({ ok: false, error: 'codeWrongLength', detail: 'buurtcode' });
		expect(validateAreaCode('WK01A601')).toMatchObject({ ok: false, error: 'codeNotDigits', detail: 'wijkcode' });
		expect(validateAreaCode('WK0106_1')).toMatchObject({ ok: false, error: 'codeNotDigits' });
		expect(validateAreaCode('GM0106', 'buurt')).toMatchObject({ ok: false, error: 'codeWrongLevel', detail: 'buurtcode' });
		expect(isValidAreaCode('GM0106', 'gemeente')).toBe(true);
	});
});

describe('reports', () => {
	it('has a Dutch and English text for every code', () => {
		for (const [code, msg] of Object.entries(issueMessages)) {
			expect(msg.nl, code).not.toBe('');
			expect(msg.en, code).not.toBe('');
		}
	});

	it('formats a code issue in B1 Dutch with placeholders filled', () => {
		const check = validateAreaCode('BU123');
		if (check.ok) throw new Error('expected failure');
		const text = formatIssue({ code: check.error, row: 12, areaCode: check.code, detail: check.detail });
		expect(text).toBe("Regel 12: de code 'BU123' is geen geldige buurtcode. Het aantal cijfers klopt niet.");
		expect(formatIssue({ code: check.error, row: 12, areaCode: 'BU123', detail: 'buurtcode' }, 'en')).toContain('Line 12');
	});

	it('refuses files above the limit before parsing', () => {
		const big = checkFileSize(200 * 1024 * 1024, 25 * 1024 * 1024);
		expect(big.ok).toBe(false);
		expect(big.fatal[0].code).toBe('fileTooLarge');
		expect(formatIssue(big.fatal[0])).toContain('200,0 MB');
		expect(checkFileSize(2_500_000).ok).toBe(true);
		expect(checkFileSize(0).fatal[0].code).toBe('emptyFile');
	});
});

describe('Amsterdam codes with letters', () => {
	it('accepts letters after the 4 gemeente digits', () => {
		expect(validateAreaCode('WK0363AD')).toEqual({ ok: true, code: 'WK0363AD', level: 'wijk' });
		expect(validateAreaCode('BU0363AD03')).toEqual({ ok: true, code: 'BU0363AD03', level: 'buurt' });
		expect(wijkOf('BU0363AD03')).toBe('WK0363AD');
		expect(gemeenteOf('BU0363AD03')).toBe('GM0363');
		expect(validateAreaCode('GM03A3')).toMatchObject({ ok: false, error: 'codeNotDigits' });
		expect(validateAreaCode('BU03-3AD03')).toMatchObject({ ok: false, error: 'codeNotDigits' });
	});
});
