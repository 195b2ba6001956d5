/**
 * CBS area codes: `GM` + 4 digits (gemeente), `WK` + 6 (wijk), `BU` + 8 (buurt).
 * A wijk code is `WK` + the first 6 characters of its buurt code; the gemeente is `GM` + the first 4.
 * Since 2022 Amsterdam (GM0363) uses capital letters after the gemeente digits: `WK0363AD`,
 * `BU0363AD03` (627 of the 18,309 codes in KWB 2024), so only the gemeente part must be digits.
 */

export type AreaLevel = 'gemeente' | 'wijk' | 'buurt';

export const AREA_LEVELS: readonly AreaLevel[] = ['gemeente', 'wijk', 'buurt'];

const PREFIX: Record<AreaLevel, string> = { gemeente: 'GM', wijk: 'WK', buurt: 'BU' };
const DIGITS: Record<AreaLevel, number> = { gemeente: 4, wijk: 6, buurt: 8 };
const LEVEL_BY_PREFIX: Record<string, AreaLevel> = { GM: 'gemeente', WK: 'wijk', BU: 'buurt' };

/** Dutch noun used in messages ("geen geldige buurtcode"). */
export const LEVEL_CODE_NOUN_NL: Record<AreaLevel, string> = {
	gemeente: 'gemeentecode',
	wijk: 'wijkcode',
	buurt: 'buurtcode'
};

export type CodeErrorCode = 'codeEmpty' | 'codeUnknownPrefix' | 'codeWrongLength' | 'codeNotDigits' | 'codeWrongLevel';

export type CodeValidation =
	| { ok: true; code: string; level: AreaLevel }
	| { ok: false; code: string; error: CodeErrorCode; expectedLevel?: AreaLevel; detail: string };

/** Trim and upper-case; CBS OData pads codes with spaces ("GM0014    "). */
export function normalizeCode(raw: string): string {
	return raw.trim().toUpperCase();
}

/** Level of a well-formed code, or null. */
export function levelOfCode(code: string): AreaLevel | null {
	const result = validateAreaCode(code);
	return result.ok ? result.level : null;
}

export function isValidAreaCode(code: string, expectedLevel?: AreaLevel): boolean {
	return validateAreaCode(code, expectedLevel).ok;
}

/**
 * Validate a code; `detail` is the Dutch noun of the level ("buurtcode") for messages.
 * The input is normalised first, so " bu01060105" is accepted as "BU01060105".
 */
export function validateAreaCode(raw: string, expectedLevel?: AreaLevel): CodeValidation {
	const code = normalizeCode(raw ?? '');
	if (code === '') return { ok: false, code, error: 'codeEmpty', detail: '' };
	const level = LEVEL_BY_PREFIX[code.slice(0, 2)];
	if (!level) {
		return {
			ok: false,
			code,
			error: 'codeUnknownPrefix',
			expectedLevel,
			detail: expectedLevel ? LEVEL_CODE_NOUN_NL[expectedLevel] : 'gebiedscode'
		};
	}
	const rest = code.slice(2);
	if (!/^[0-9A-Z]*$/.test(rest)) {
		return { ok: false, code, error: 'codeNotDigits', expectedLevel, detail: LEVEL_CODE_NOUN_NL[level] };
	}
	if (rest.length !== DIGITS[level]) {
		return { ok: false, code, error: 'codeWrongLength', expectedLevel, detail: LEVEL_CODE_NOUN_NL[level] };
	}
	// The gemeente part is always 4 digits; Amsterdam uses letters after it (WK0363AD, BU0363AD03).
	if (!/^\d{4}/.test(rest)) {
		return { ok: false, code, error: 'codeNotDigits', expectedLevel, detail: LEVEL_CODE_NOUN_NL[level] };
	}
	if (expectedLevel && expectedLevel !== level) {
		return {
			ok: false,
			code,
			error: 'codeWrongLevel',
			expectedLevel,
			detail: LEVEL_CODE_NOUN_NL[expectedLevel]
		};
	}
	return { ok: true, code, level };
}

/** Wijk of a buurt code (`BU01060105` → `WK010601`); a wijk code returns itself. */
export function wijkOf(code: string): string | null {
	const result = validateAreaCode(code);
	if (!result.ok) return null;
	if (result.level === 'buurt') return `WK${result.code.slice(2, 8)}`;
	if (result.level === 'wijk') return result.code;
	return null;
}

/** Gemeente of a buurt or wijk code (`BU01060105` → `GM0106`); a gemeente code returns itself. */
export function gemeenteOf(code: string): string | null {
	const result = validateAreaCode(code);
	if (!result.ok) return null;
	return `GM${result.code.slice(2, 6)}`;
}

/** Build a code from its digits, e.g. `makeCode('buurt', '01060105')`. */
export function makeCode(level: AreaLevel, digits: string): string {
	return `${PREFIX[level]}${digits}`;
}

/** Is `child` inside `parent` (same code counts)? Works across gemeente/wijk/buurt. */
export function isWithin(child: string, parent: string): boolean {
	const c = validateAreaCode(child);
	const p = validateAreaCode(parent);
	if (!c.ok || !p.ok) return false;
	return c.code.slice(2).startsWith(p.code.slice(2)) && DIGITS[c.level] >= DIGITS[p.level];
}

/** Alias with the name used in the issue text. */
export const wijkOfBuurt = wijkOf;
