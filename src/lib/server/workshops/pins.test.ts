import { describe, expect, it } from 'vitest';
import { PIN_CATEGORIES } from '../liveability/catalog';
import { comparePins } from './compare';
import {
	aggregatePins,
	categoriesFromLines,
	DEFAULT_PIN_CATEGORIES,
	groupAreaChoices,
	PIN_COMMENT_MAX,
	pinsConfigSchema,
	storedCategory,
	validatePin,
	type AreaChoice,
	type PinRecord
} from './pins';

const config = pinsConfigSchema.parse({});

const area = (code: string, name: string, level: AreaChoice['level'], municipalityCode = 'GM0106', spaceId = 'assen', fallback = false): AreaChoice => ({
	code,
	name,
	level,
	municipalityCode,
	spaceId,
	fallback
});
const choices: AreaChoice[] = [
	area('WK010603', 'Assen-Oost', 'wijk'),
	area('BU01060300', 'Assen-Oost Noord', 'buurt'),
	area('WK010600', 'Centrum', 'wijk'),
	area('GM1730', 'Tynaarlo', 'gemeente', 'GM1730', 'tynaarlo', true)
];
const ok = { areaCode: 'BU01060300', category: 'nuisance', spot: 'Bij de flat', comment: 'Te veel lawaai in de avond.' };
const check = (raw: unknown, placed = 0, known: { municipalityCode: string } | null = null) => validatePin(config, raw, { choices, known, placed });

describe('pins configuration', () => {
	it('defaults to the liveability pin categories and 10 pins per participant', () => {
		expect(config.categories.map((c) => c.code)).toEqual([...PIN_CATEGORIES]);
		expect(config.categories.map((c) => c.label)).toEqual(DEFAULT_PIN_CATEGORIES.map((c) => c.label));
		expect(config.maxPerParticipant).toBe(10);
	});

	it.each([
		[{ categories: [{ code: 'a', label: 'A' }] }, 'tooFewCategories'],
		[{ categories: [{ code: 'a', label: 'A' }, { code: 'a', label: 'B' }] }, 'duplicateCategory'],
		[{ categories: [{ code: 'a', label: 'Groen' }, { code: 'b', label: 'groen' }] }, 'duplicateCategory'],
		[{ categories: [{ code: 'a', label: '<b>A</b>' }, { code: 'b', label: 'B' }] }, 'markup'],
		[{ categories: [{ code: 'a', label: ' ' }, { code: 'b', label: 'B' }] }, 'categoryLabelRequired'],
		[{ maxPerParticipant: 0 }, 'maxPinsTooSmall'],
		[{ maxPerParticipant: 51 }, 'maxPinsTooLarge'],
		[{ maxPerParticipant: 2.5 }, 'maxPinsNotWhole']
	])('refuses %j with %s', (input, key) => {
		const r = pinsConfigSchema.safeParse(input);
		expect(r.success).toBe(false);
		expect(r.error!.issues.map((i) => i.message)).toContain(key);
	});

	it('reads category lines: the default labels keep their liveability codes, new ones get their own', () => {
		const cats = categoriesFromLines('Overlast\n\n  groen \nParkeren\n');
		expect(cats).toEqual([
			{ code: 'nuisance', label: 'Overlast' },
			{ code: 'greenSpace', label: 'groen' },
			{ code: 'category3', label: 'Parkeren' }
		]);
		expect(pinsConfigSchema.safeParse({ categories: cats }).success).toBe(true);
	});

	it('stores a standard category by its code and an own category by its label', () => {
		expect(storedCategory({ code: 'nuisance', label: 'Overlast' })).toBe('nuisance');
		expect(storedCategory({ code: 'category4', label: 'Parkeren' })).toBe('Parkeren');
	});
});

describe('validating a pin', () => {
	it('accepts a buurt from the list and cleans the text', () => {
		const r = check({ ...ok, areaCode: ' bu01060300 ', comment: '  Te veel\n\nlawaai  ' });
		expect(r).toMatchObject({ ok: true, pin: { area: { code: 'BU01060300', spaceId: 'assen' }, category: { code: 'nuisance' }, spot: 'Bij de flat', comment: 'Te veel lawaai' } });
	});

	it.each([
		[{ ...ok, areaCode: '' }, 'areaCode', 'pinAreaRequired'],
		[{ ...ok, areaCode: 'BU99999999' }, 'areaCode', 'pinAreaUnknown'],
		[{ ...ok, category: 'parking' }, 'category', 'pinCategoryUnknown'],
		[{ ...ok, category: undefined }, 'category', 'pinCategoryUnknown'],
		[{ ...ok, comment: '   ' }, 'comment', 'pinCommentEmpty'],
		[{ ...ok, comment: 'x'.repeat(PIN_COMMENT_MAX + 1) }, 'comment', 'pinCommentTooLong'],
		[{ ...ok, comment: 'Kijk <script>alert(1)</script>' }, 'comment', 'pinMarkup'],
		[{ ...ok, comment: 'Te &lt; veel' }, 'comment', 'pinMarkup'],
		[{ ...ok, comment: 'abc\u202Edef' }, 'comment', 'pinTextInvalid'],
		[{ ...ok, spot: 'x'.repeat(121) }, 'spot', 'pinSpotTooLong'],
		[{ ...ok, spot: '<b>plein</b>' }, 'spot', 'pinMarkup'],
		[{ ...ok, comment: 42 }, 'comment', 'invalidAnswer'],
		['tekst', 'pin', 'invalidAnswer'],
		[null, 'pin', 'invalidAnswer']
	])('refuses %j: %s %s', (raw, field, error) => {
		expect(check(raw)).toEqual({ ok: false, field, error });
	});

	it('allows plain text with < and > that is not markup, and counts characters, not bytes', () => {
		expect(check({ ...ok, comment: 'Ik <3 dit park, > 10 bomen weg' })).toMatchObject({ ok: true });
		expect(check({ ...ok, comment: 'é'.repeat(PIN_COMMENT_MAX) })).toMatchObject({ ok: true });
	});

	it('tells an area of another municipality apart from an unknown one', () => {
		expect(check({ ...ok, areaCode: 'WK036300' }, 0, { municipalityCode: 'GM0363' })).toMatchObject({ ok: false, error: 'pinAreaOutside' });
		// The municipality itself is not a choice when its wijken and buurten are imported.
		expect(check({ ...ok, areaCode: 'GM0106' }, 0, { municipalityCode: 'GM0106' })).toMatchObject({ ok: false, error: 'pinAreaUnknown' });
	});

	it('needs a described spot for a whole municipality (no areas imported)', () => {
		expect(check({ ...ok, areaCode: 'GM1730', spot: '' })).toEqual({ ok: false, field: 'spot', error: 'pinSpotRequired' });
		expect(check({ ...ok, areaCode: 'GM1730', spot: 'Brink in Vries' })).toMatchObject({ ok: true, pin: { area: { code: 'GM1730', fallback: true } } });
	});

	it('refuses the pin after the limit, before anything else', () => {
		expect(check(ok, 9)).toMatchObject({ ok: true });
		expect(check(ok, 10)).toEqual({ ok: false, field: 'pin', error: 'pinLimitReached' });
		expect(check({}, 10)).toEqual({ ok: false, field: 'pin', error: 'pinLimitReached' });
	});
});

describe('counting pins', () => {
	const pins: PinRecord[] = [
		{ participantId: 'a', areaCode: 'WK010603', areaName: 'Assen-Oost', category: 'nuisance' },
		{ participantId: 'a', areaCode: 'WK010603', areaName: 'Assen-Oost', category: 'maintenance' },
		{ participantId: 'b', areaCode: 'WK010603', areaName: 'Assen-Oost', category: 'nuisance' },
		{ participantId: 'b', areaCode: 'WK010600', areaName: 'Centrum', category: 'safety' },
		{ participantId: 'c', areaCode: 'WK010600', areaName: null, category: 'gone' }
	];

	it('counts per category and per area × category, most pins first', () => {
		const r = aggregatePins(config, pins);
		expect(r.pins).toBe(5);
		expect(r.participants).toBe(3);
		expect(r.other).toBe(1);
		expect(Object.fromEntries(r.categories.map((c) => [c.code, c.count]))).toMatchObject({ nuisance: 2, maintenance: 1, safety: 1, greenSpace: 0 });
		expect(r.categories.find((c) => c.code === 'nuisance')!.share).toBe(50);
		expect(r.areas.map((a) => [a.name, a.total])).toEqual([
			['Assen-Oost', 3],
			['Centrum', 1]
		]);
		expect(r.areas[0].counts).toMatchObject({ nuisance: 2, maintenance: 1, safety: 0 });
	});

	it('counts an own category by its stored label', () => {
		const own = pinsConfigSchema.parse({ categories: [{ code: 'nuisance', label: 'Overlast' }, { code: 'category2', label: 'Parkeren' }] });
		const r = aggregatePins(own, [{ participantId: 'a', areaCode: 'WK010600', category: 'Parkeren' }]);
		expect(r.categories.map((c) => c.count)).toEqual([0, 1]);
		expect(r.areas[0].name).toBe('WK010600');
	});

	it('compares sessions with different categories by what the pins store', () => {
		const own = pinsConfigSchema.parse({ categories: [{ code: 'nuisance', label: 'Overlast' }, { code: 'category2', label: 'Parkeren' }] });
		const c = comparePins([
			{ sessionId: 's1', label: 'Assen', configs: [config], pins: pins.slice(0, 4) },
			{ sessionId: 's2', label: 'Tynaarlo', configs: [own], pins: [{ participantId: 'x', areaCode: 'GM1730', areaName: 'Tynaarlo', category: 'Parkeren' }] },
			{ sessionId: 's3', label: 'Zonder', configs: [], pins: [] }
		])!;
		expect(c.categories.map((x) => x.key)).toEqual([...PIN_CATEGORIES, 'Parkeren']);
		expect(c.sessions.map((s) => [s.label, s.pins, s.participants])).toEqual([
			['Assen', 4, 2],
			['Tynaarlo', 1, 1]
		]);
		expect(c.sessions[1].areas[0]).toMatchObject({ name: 'Tynaarlo', total: 1, counts: { Parkeren: 1, nuisance: 0 } });
		expect(comparePins([{ sessionId: 's3', label: 'Zonder', configs: [], pins: [] }])).toBeNull();
	});
});

describe('the area list', () => {
	it('groups buurten under their wijk per municipality, a municipality without areas as a whole', () => {
		const groups = groupAreaChoices(
			[...choices, area('BU01060000', 'Brinkkwartier', 'buurt'), area('BU01069900', 'Losse buurt', 'buurt')],
			new Map([
				['assen', 'Assen'],
				['tynaarlo', 'Tynaarlo']
			])
		);
		expect(groups.map((g) => [g.municipality, g.wijk?.name ?? null, g.options.map((o) => o.code)])).toEqual([
			['Assen', 'Assen-Oost', ['WK010603', 'BU01060300']],
			['Assen', 'Centrum', ['WK010600', 'BU01060000']],
			['Assen', null, ['BU01069900']],
			['Tynaarlo', null, ['GM1730']]
		]);
	});
});
