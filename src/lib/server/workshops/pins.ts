// Pinning (spelden prikken) in a live workshop, without a map: a participant chooses a wijk or
// buurt of the session's municipalities from a list, a category and writes a short comment
// (DOMAIN: seed 004, Portaal; issue 7: "pins can be collected in a live workshop session too").
// Each pin is stored as a liveability pin of the area's space, so it also shows on the
// liveability map and dashboard. Pure rules only: error strings are stable message keys.
import { z } from 'zod';
import { PIN_CATEGORIES } from '../liveability/catalog';

/** The liveability pin categories with their Dutch labels (lv_pin_cat_* messages). */
export const DEFAULT_PIN_CATEGORIES = [
	{ code: 'nuisance', label: 'Overlast' },
	{ code: 'maintenance', label: 'Onderhoud' },
	{ code: 'greenSpace', label: 'Groen' },
	{ code: 'safety', label: 'Veiligheid' },
	{ code: 'loneliness', label: 'Eenzaamheid' },
	{ code: 'other', label: 'Anders' }
] as const satisfies readonly { code: (typeof PIN_CATEGORIES)[number]; label: string }[];

export const PIN_COMMENT_MAX = 280;
export const PIN_SPOT_MAX = 120;
export const PINS_PER_PARTICIPANT = 10;

export const pinsConfigSchema = z
	.object({
		categories: z
			.array(
				z.object({
					code: z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,39}$/, 'categoryCodeFormat'),
					label: z
						.string()
						.trim()
						.min(1, 'categoryLabelRequired')
						.max(60, 'categoryLabelTooLong')
						.refine((s) => !/[<>]/.test(s), 'markup')
				})
			)
			.min(2, 'tooFewCategories')
			.max(12, 'tooManyCategories')
			.default(DEFAULT_PIN_CATEGORIES.map((c) => ({ ...c }))),
		/** Pins one participant may place in this activity. */
		maxPerParticipant: z.number().int('maxPinsNotWhole').min(1, 'maxPinsTooSmall').max(50, 'maxPinsTooLarge').default(PINS_PER_PARTICIPANT)
	})
	.superRefine((c, ctx) => {
		if (new Set(c.categories.map((x) => x.code)).size !== c.categories.length) ctx.addIssue({ code: 'custom', path: ['categories'], message: 'duplicateCategory' });
		// Custom categories are stored under their label (see storedCategory): labels must differ too.
		if (new Set(c.categories.map((x) => x.label.toLowerCase())).size !== c.categories.length) ctx.addIssue({ code: 'custom', path: ['categories'], message: 'duplicateCategory' });
	});
export type PinsConfig = z.output<typeof pinsConfigSchema>;
export type PinCategoryConfig = PinsConfig['categories'][number];

const standard = new Set<string>(PIN_CATEGORIES);

/**
 * What goes into lv_pin.category: the liveability code for the standard categories (the
 * liveability pages translate it), the facilitator's own label for a category they added, so the
 * liveability pages (which show an unknown category as it is) stay readable.
 */
export function storedCategory(c: PinCategoryConfig): string {
	return standard.has(c.code) ? c.code : c.label;
}

/** Category lines typed by the facilitator ("Overlast") to categories; the default labels keep their codes. */
export function categoriesFromLines(text: string): PinCategoryConfig[] {
	const labels = text
		.split('\n')
		.map((l) => l.trim())
		.filter(Boolean);
	return labels.map((label, i) => ({ code: DEFAULT_PIN_CATEGORIES.find((c) => c.label.toLowerCase() === label.toLowerCase())?.code ?? `category${i + 1}`, label }));
}

// --- Areas a participant can choose ---------------------------------------------------------------

/** One option in the area list: a wijk or buurt, or a whole municipality when none are imported. */
export interface AreaChoice {
	code: string;
	name: string;
	level: 'gemeente' | 'wijk' | 'buurt';
	municipalityCode: string;
	spaceId: string;
	/** A whole municipality offered because no wijken or buurten are imported: the spot is required. */
	fallback: boolean;
}

export type PinErrorCode =
	| 'invalidAnswer'
	| 'pinAreaRequired'
	| 'pinAreaUnknown'
	| 'pinAreaOutside'
	| 'pinCategoryUnknown'
	| 'pinCommentEmpty'
	| 'pinCommentTooLong'
	| 'pinSpotRequired'
	| 'pinSpotTooLong'
	| 'pinMarkup'
	| 'pinTextInvalid'
	| 'pinLimitReached';

export interface CleanPin {
	area: AreaChoice;
	category: PinCategoryConfig;
	spot: string;
	comment: string;
}

/** Tags and entities look like markup; a lone "<3" or "> 5 jaar" does not. */
const MARKUP = /<\s*\/?\s*[A-Za-z!?]|&[A-Za-z]+;|&#\d+;/;

/**
 * Free text of a pin: NFC, whitespace (newlines too) collapsed to single spaces, trimmed.
 * Refused, not stripped: markup (the text is stored and shown as plain text, never as HTML),
 * control and bidi-override characters (they can reorder text on the big screen).
 */
function cleanText(raw: unknown, max: number, tooLong: PinErrorCode): { ok: true; text: string } | { ok: false; error: PinErrorCode } {
	if (raw === undefined || raw === null) return { ok: true, text: '' };
	if (typeof raw !== 'string') return { ok: false, error: 'invalidAnswer' };
	const text = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
	if (MARKUP.test(text)) return { ok: false, error: 'pinMarkup' };
	if (/[\p{Cc}\p{Cf}]/u.test(text)) return { ok: false, error: 'pinTextInvalid' };
	if ([...text].length > max) return { ok: false, error: tooLong };
	return { ok: true, text };
}

export type PinValidation = { ok: true; pin: CleanPin } | { ok: false; field: 'pin' | 'areaCode' | 'category' | 'spot' | 'comment'; error: PinErrorCode };

/**
 * Validates one pin. `choices`: the areas of the session's municipalities; `known`: what the
 * area register says about a code that is not among them (null: no such area), so an area of
 * another municipality gets its own message. `placed`: pins this participant already placed
 * in this activity. The limit is checked first: a full quota is the message that matters.
 */
export function validatePin(
	config: PinsConfig,
	raw: unknown,
	ctx: { choices: readonly AreaChoice[]; known?: { municipalityCode: string } | null; placed: number }
): PinValidation {
	if (ctx.placed >= config.maxPerParticipant) return { ok: false, field: 'pin', error: 'pinLimitReached' };
	if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, field: 'pin', error: 'invalidAnswer' };
	const input = raw as Record<string, unknown>;
	const code = typeof input.areaCode === 'string' ? input.areaCode.trim().toUpperCase() : input.areaCode;
	if (code === undefined || code === null || code === '') return { ok: false, field: 'areaCode', error: 'pinAreaRequired' };
	if (typeof code !== 'string') return { ok: false, field: 'areaCode', error: 'invalidAnswer' };
	const area = ctx.choices.find((c) => c.code === code);
	if (!area) {
		const municipalities = new Set(ctx.choices.map((c) => c.municipalityCode));
		const outside = ctx.known && !municipalities.has(ctx.known.municipalityCode);
		return { ok: false, field: 'areaCode', error: outside ? 'pinAreaOutside' : 'pinAreaUnknown' };
	}
	const category = typeof input.category === 'string' ? config.categories.find((c) => c.code === input.category) : undefined;
	if (!category) return { ok: false, field: 'category', error: 'pinCategoryUnknown' };
	const spot = cleanText(input.spot, PIN_SPOT_MAX, 'pinSpotTooLong');
	if (!spot.ok) return { ok: false, field: 'spot', error: spot.error };
	if (area.fallback && !spot.text) return { ok: false, field: 'spot', error: 'pinSpotRequired' };
	const comment = cleanText(input.comment, PIN_COMMENT_MAX, 'pinCommentTooLong');
	if (!comment.ok) return { ok: false, field: 'comment', error: comment.error };
	if (!comment.text) return { ok: false, field: 'comment', error: 'pinCommentEmpty' };
	return { ok: true, pin: { area, category, spot: spot.text, comment: comment.text } };
}

// --- Counting ------------------------------------------------------------------------------------

export interface PinRecord {
	participantId: string | null;
	areaCode: string;
	/** Name of the area, when known. */
	areaName?: string | null;
	/** lv_pin.category as stored (see storedCategory). */
	category: string;
}

export interface PinsResult {
	pins: number;
	participants: number;
	categories: { code: string; label: string; count: number; share: number }[];
	/** Areas with at least one pin, most pins first; counts per category code. */
	areas: { code: string; name: string; total: number; counts: Record<string, number> }[];
	/** Pins whose category is no longer in the configuration (not expected; counted so nothing hides). */
	other: number;
}

/** Counts per category and per area × category. */
export function aggregatePins(config: PinsConfig, pins: readonly PinRecord[]): PinsResult {
	const byStored = new Map(config.categories.map((c) => [storedCategory(c), c.code]));
	const perCategory = new Map<string, number>(config.categories.map((c) => [c.code, 0]));
	const areas = new Map<string, { code: string; name: string; total: number; counts: Record<string, number> }>();
	let other = 0;
	for (const p of pins) {
		const code = byStored.get(p.category);
		if (!code) {
			other++;
			continue;
		}
		perCategory.set(code, perCategory.get(code)! + 1);
		let a = areas.get(p.areaCode);
		if (!a) areas.set(p.areaCode, (a = { code: p.areaCode, name: p.areaName || p.areaCode, total: 0, counts: Object.fromEntries(config.categories.map((c) => [c.code, 0])) }));
		a.total++;
		a.counts[code]++;
	}
	const counted = pins.length - other;
	return {
		pins: pins.length,
		participants: new Set(pins.map((p) => p.participantId).filter(Boolean)).size,
		categories: config.categories.map((c) => ({ code: c.code, label: c.label, count: perCategory.get(c.code)!, share: counted ? (perCategory.get(c.code)! / counted) * 100 : 0 })),
		areas: [...areas.values()].sort((x, y) => y.total - x.total || x.name.localeCompare(y.name, 'nl')),
		other
	};
}

/** The area list as the phone shows it: per municipality, its wijken, each with its buurten. */
export interface AreaGroup {
	/** The municipality (space) name. */
	municipality: string;
	/** The wijk, or null for a whole municipality (nothing imported) or buurten without their wijk. */
	wijk: AreaChoice | null;
	options: AreaChoice[];
}

export function groupAreaChoices(choices: readonly AreaChoice[], spaceNames: ReadonlyMap<string, string>): AreaGroup[] {
	const groups: AreaGroup[] = [];
	const bySpace = new Map<string, AreaChoice[]>();
	for (const c of choices) bySpace.set(c.spaceId, [...(bySpace.get(c.spaceId) ?? []), c]);
	const byName = (a: AreaChoice, b: AreaChoice) => a.name.localeCompare(b.name, 'nl') || a.code.localeCompare(b.code);
	for (const [spaceId, list] of bySpace) {
		const municipality = spaceNames.get(spaceId) ?? list[0].municipalityCode;
		const fallback = list.filter((c) => c.fallback);
		if (fallback.length) groups.push({ municipality, wijk: null, options: fallback });
		const wijken = list.filter((c) => c.level === 'wijk').sort(byName);
		const buurten = list.filter((c) => c.level === 'buurt').sort(byName);
		const placed = new Set<string>();
		for (const w of wijken) {
			// A buurt code is BU + the wijk's 6 digits + 2 digits (DOMAIN, CBS codes).
			const own = buurten.filter((b) => b.code.slice(2, 8) === w.code.slice(2));
			own.forEach((b) => placed.add(b.code));
			groups.push({ municipality, wijk: w, options: [w, ...own] });
		}
		const loose = buurten.filter((b) => !placed.has(b.code));
		if (loose.length) groups.push({ municipality, wijk: null, options: loose });
	}
	return groups.sort((a, b) => a.municipality.localeCompare(b.municipality, 'nl'));
}
