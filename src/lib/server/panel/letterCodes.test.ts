import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, checkChar, cryptoRandom, formatLetterCode, generateLetterCode, generateLetterCodes, parseLetterCode, type RandomSource } from './letterCodes';
import { seeded } from './test-fixtures';

const sequence = (values: number[]): RandomSource => {
	let i = 0;
	return () => values[i++ % values.length];
};

describe('letter codes', () => {
	it('uses an alphabet without look-alikes', () => {
		expect(CODE_ALPHABET).toHaveLength(31);
		for (const c of '01OIL') expect(CODE_ALPHABET).not.toContain(c);
	});

	it('generates the same codes from the same seed, with a valid check character', () => {
		const a = generateLetterCodes(50, seeded(42));
		expect(generateLetterCodes(50, seeded(42))).toEqual(a);
		for (const code of a) {
			expect(code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
			expect(parseLetterCode(formatLetterCode(code))).toMatchObject({ ok: true, code, corrected: false });
		}
	});

	it('never hands out a code twice or one already issued', () => {
		// Draws: the issued code, the issued code again, then two new ones.
		const abc = [0, 1, 2, 3, 4, 5, 6];
		const repeating = sequence([...abc, ...abc, ...Array(7).fill(7), ...Array(7).fill(8)]);
		const first = generateLetterCode(sequence([0, 1, 2, 3, 4, 5, 6]));
		const codes = generateLetterCodes(2, repeating, [first]);
		expect(codes).toEqual(['9999999' + checkChar('9999999'), 'AAAAAAA' + checkChar('AAAAAAA')]);
		expect(new Set([first, ...codes]).size).toBe(3);
		expect(() => generateLetterCodes(2, sequence([0]))).toThrow('letterCodeSpaceExhausted');
	});

	it('refuses a random source that returns nonsense', () => {
		expect(() => generateLetterCode(() => 31)).toThrow();
		expect(() => generateLetterCode(() => 1.5)).toThrow();
	});

	it('works with the crypto random source', () => {
		expect(parseLetterCode(generateLetterCode(cryptoRandom)).ok).toBe(true);
	});

	const code = generateLetterCode(seeded(7));
	const display = formatLetterCode(code);
	it.each([
		['lower case', display.toLowerCase()],
		['spaces instead of a dash', `${code.slice(0, 4)} ${code.slice(4)}`],
		['no separator', code],
		['odd dashes and spaces', ` ${code.slice(0, 2)}–${code.slice(2, 6)} - ${code.slice(6)} `],
		['full-width characters', [...code].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('')]
	])('normalises %s', (_name, typed) => {
		expect(parseLetterCode(typed)).toMatchObject({ ok: true, code, display });
	});

	it.each([
		['', 'letterCodeEmpty'],
		['ABCD-EFG', 'letterCodeLength'],
		['ABCD-EFGHJ', 'letterCodeLength'],
		['ABCD-EF#H', 'letterCodeCharacter']
	])('refuses %j with %s', (typed, error) => {
		expect(parseLetterCode(typed)).toEqual({ ok: false, error });
	});

	it('detects every single wrong character and every swap of two characters', () => {
		const codes = generateLetterCodes(200, seeded(3));
		let checked = 0;
		for (const c of codes) {
			for (let i = 0; i < 8; i++) {
				for (const r of CODE_ALPHABET) {
					if (r === c[i]) continue;
					const typo = c.slice(0, i) + r + c.slice(i + 1);
					expect(parseLetterCode(typo)).toEqual({ ok: false, error: 'letterCodeChecksum' });
					checked++;
				}
				for (let j = i + 1; j < 8; j++) {
					if (c[i] === c[j]) continue;
					const swapped = [...c];
					[swapped[i], swapped[j]] = [swapped[j], swapped[i]];
					expect(parseLetterCode(swapped.join('')).ok).toBe(false);
				}
			}
		}
		expect(checked).toBe(200 * 8 * 30);
	});

	it('maps O/0 and I/L/1 typed for a look-alike when only one reading passes the check', () => {
		// A code with a D and a J in it; typed with O and 1.
		const data = 'D2J4567';
		const real = data + checkChar(data);
		const typed = `O2${'1'}4567${real[7]}`;
		const result = parseLetterCode(typed);
		if (result.ok) expect(result).toMatchObject({ code: real, corrected: true });
		else expect(['letterCodeAmbiguous', 'letterCodeChecksum']).toContain(result.error);
		// Across many codes, typed O for D is almost always recovered.
		let recovered = 0;
		const sample = generateLetterCodes(300, seeded(11)).map((c) => 'D' + c.slice(1, 7)).map((d) => d + checkChar(d));
		for (const c of sample) {
			const r = parseLetterCode('o' + c.slice(1));
			if (r.ok) {
				expect(r.code).toBe(c);
				recovered++;
			}
		}
		expect(recovered / sample.length).toBeGreaterThan(0.9);
	});
});
