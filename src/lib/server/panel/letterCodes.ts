// Letter codes for panel members without e-mail: printed on a letter, typed in on the website.
// 8 characters: 7 random + 1 check character, shown as ABCD-EFGH.
//
// The alphabet leaves out 0/O and 1/I/L, so what is printed cannot be misread as one of them.
// If a tenant still types one of those, it stands for a look-alike that does exist (O/0 → D or
// Q; 1/I/L → J, T or 7): each candidate is tried and accepted only if exactly one passes the
// check character. Everything else (case, spaces, dashes, full-width characters) is normalised.

/** 31 characters: 2–9 and A–Z without I, L, O. 31 is prime, which the checksum relies on. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const VALUE = new Map([...CODE_ALPHABET].map((c, i) => [c, i]));
const M = CODE_ALPHABET.length;

/** Typed characters outside the alphabet that are read as one of these. */
export const LOOK_ALIKES: Readonly<Record<string, string[]>> = {
	O: ['D', 'Q'],
	'0': ['D', 'Q'],
	I: ['J', 'T', '7'],
	L: ['J', 'T', '7'],
	'1': ['J', 'T', '7']
};

/** Returns an integer in [0, maxExclusive). Tests pass a seeded one; production uses cryptoRandom. */
export type RandomSource = (maxExclusive: number) => number;

/** Unbiased random integers from the Web Crypto API (rejection sampling). */
export const cryptoRandom: RandomSource = (maxExclusive) => {
	const limit = Math.floor(0x1_0000_0000 / maxExclusive) * maxExclusive;
	const buf = new Uint32Array(1);
	for (;;) {
		globalThis.crypto.getRandomValues(buf);
		if (buf[0] < limit) return buf[0] % maxExclusive;
	}
};

/** Random characters from the code alphabet. */
export function randomChars(length: number, random: RandomSource): string {
	let out = '';
	for (let i = 0; i < length; i++) {
		const v = random(M);
		if (!Number.isInteger(v) || v < 0 || v >= M) throw new Error('random source out of range');
		out += CODE_ALPHABET[v];
	}
	return out;
}

/**
 * Check character: weights 8, 7, …, 2 on the seven data characters and 1 on the check character,
 * sum ≡ 0 (mod 31). Because 31 is prime and all weights differ and are below 31, every single
 * wrong character and every swap of two characters (adjacent or not) is detected.
 */
export function checkChar(data7: string): string {
	let sum = 0;
	for (let i = 0; i < 7; i++) sum += (8 - i) * VALUE.get(data7[i])!;
	return CODE_ALPHABET[(M - (sum % M)) % M];
}

function checksumOk(code8: string): boolean {
	return code8.length === 8 && [...code8].every((c) => VALUE.has(c)) && checkChar(code8.slice(0, 7)) === code8[7];
}

export function formatLetterCode(code8: string): string {
	return `${code8.slice(0, 4)}-${code8.slice(4)}`;
}

export function generateLetterCode(random: RandomSource): string {
	const data = randomChars(7, random);
	return data + checkChar(data);
}

/**
 * `count` new codes that are not in `existing` and not repeated. A code once issued is never
 * reissued (even after the survey), so `existing` should hold all codes ever issued.
 */
export function generateLetterCodes(count: number, random: RandomSource, existing: Iterable<string> = []): string[] {
	const taken = new Set(existing);
	const out: string[] = [];
	let attempts = 0;
	while (out.length < count) {
		if (++attempts > count * 10 + 100) throw new Error('letterCodeSpaceExhausted');
		const code = generateLetterCode(random);
		if (taken.has(code)) continue;
		taken.add(code);
		out.push(code);
	}
	return out;
}

/** Upper case, full-width forms folded (NFKC), spaces, dashes, dots and underscores removed. */
export function normaliseCodeInput(input: string): string {
	return input.normalize('NFKC').toUpperCase().replace(/[\s\-–—_.]+/g, '');
}

/** All readings of a typed code with look-alikes replaced; null when a character is unusable. */
export function codeCandidates(normalised: string, maxAmbiguous = 2): string[] | null {
	let out = [''];
	let ambiguous = 0;
	for (const c of normalised) {
		if (VALUE.has(c)) out = out.map((p) => p + c);
		else if (LOOK_ALIKES[c] && ++ambiguous <= maxAmbiguous) out = out.flatMap((p) => LOOK_ALIKES[c].map((r) => p + r));
		else return null;
	}
	return out;
}

export type LetterCodeError = 'letterCodeEmpty' | 'letterCodeLength' | 'letterCodeCharacter' | 'letterCodeChecksum' | 'letterCodeAmbiguous';

/** Checks a typed code before the database is asked. `code` is canonical (8 chars, no dash). */
export function parseLetterCode(input: string): { ok: true; code: string; display: string; corrected: boolean } | { ok: false; error: LetterCodeError } {
	const typed = normaliseCodeInput(input);
	if (!typed) return { ok: false, error: 'letterCodeEmpty' };
	if ([...typed].length !== 8) return { ok: false, error: 'letterCodeLength' };
	const candidates = codeCandidates(typed);
	if (!candidates) return { ok: false, error: 'letterCodeCharacter' };
	const valid = candidates.filter(checksumOk);
	if (valid.length === 0) return { ok: false, error: 'letterCodeChecksum' };
	if (valid.length > 1) return { ok: false, error: 'letterCodeAmbiguous' };
	return { ok: true, code: valid[0], display: formatLetterCode(valid[0]), corrected: valid[0] !== typed };
}
