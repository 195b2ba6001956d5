import { describe, it, expect } from 'vitest';
import {
	checkSmart,
	detectQuantities,
	detectVaguePhrases,
	explainTrafficLight,
	findingMessages,
	formatFinding,
	isDutchNumberWord,
	reciprocity,
	scoreByTheme,
	trafficLight,
	type AgreementInput,
	type FindingCode,
	type PartyKind
} from './rules';

const CORPORATION = { orgId: 'hunzedal', kind: 'corporation' as const };
const MUNICIPALITY = { orgId: 'assen', kind: 'municipality' as const };
const TENANTS = { orgId: 'hv-assen', kind: 'tenantOrganisation' as const };

function agreement(text: string, overrides: Partial<AgreementInput> = {}): AgreementInput {
	return {
		theme: 'beschikbaarheid',
		text,
		committingParties: [CORPORATION],
		ownerName: 'Manager vastgoed',
		targets: [],
		cycleYear: 2026,
		...overrides
	};
}

const withIndicator = (
	indicator: string,
	unit: string | null,
	targets: { year: number; value: number }[],
	baseline: number | null = 0,
	baselineYear: number | null = 2025
): Partial<AgreementInput> => ({ indicator, unit, targets, baseline, baselineYear });

interface Row {
	text: string;
	overrides?: Partial<AgreementInput>;
	score: number;
	/** Codes that must be there, as 'code' or 'code:severity'. */
	has?: string[];
	/** Codes that must not be there. */
	not?: FindingCode[];
	/** The vague words reported, in order. */
	matches?: string[];
}

const rows: Row[] = [
	// --- Good agreements ---
	{
		text: 'Woonstichting Hunzedal bouwt in 2027 150 sociale huurwoningen in Assen-Oost.',
		overrides: withIndicator('Opgeleverde sociale huurwoningen', 'woningen', [{ year: 2027, value: 150 }]),
		score: 4,
		has: []
	},
	{
		text: 'De gemeente levert vóór 1 juli 2027 twee bouwlocaties voor samen 80 woningen.',
		overrides: { committingParties: [MUNICIPALITY] },
		score: 4,
		has: []
	},
	{
		text: 'De huurdersorganisatie houdt in 2026 vier keer een achterbanraadpleging over het huurbeleid.',
		overrides: { committingParties: [TENANTS], ownerName: 'Secretaris huurdersorganisatie' },
		score: 4,
		has: []
	},
	{
		text: 'In 2028 heeft geen enkele woning van de corporatie nog een E-, F- of G-label.',
		overrides: withIndicator('Woningen met E-, F- of G-label', 'woningen', [{ year: 2028, value: 0 }], 312, 2025),
		score: 4,
		has: []
	},
	{
		text: 'In 2027 wijst de corporatie 30% van de vrijkomende sociale huurwoningen toe aan urgente woningzoekenden.',
		score: 4,
		has: []
	},
	{
		text: 'De gemeente stelt in 2026 € 1,5 miljoen beschikbaar voor het verduurzamen van huurwoningen.',
		overrides: { committingParties: [MUNICIPALITY] },
		score: 4,
		has: []
	},
	{
		text: 'De corporatie plaatst in 2027 op honderd woningen zonnepanelen in Kloosterveen.',
		score: 4,
		has: []
	},
	{
		text: 'Vóór 31 december 2026 koopt de corporatie vijfentwintig woningen terug van beleggers.',
		score: 4,
		has: []
	},
	{
		// Research is fine when a decision with a date follows.
		text: 'De gemeente onderzoekt de behoefte aan tijdelijke woningen en besluit vóór 1 oktober 2026 over 40 flexwoningen.',
		overrides: { committingParties: [MUNICIPALITY] },
		score: 4,
		has: [],
		not: ['researchWithoutResult']
	},
	{
		// Hedging in a concrete sentence: still a warning, but no lost point.
		text: 'De corporatie streeft ernaar in 2027 200 woningen na te isoleren tot minimaal label B.',
		score: 4,
		has: ['vagueCommitment:warning'],
		matches: ['streeft ernaar']
	},
	{
		// "in overleg" is harmless when the sentence has a decision and a date.
		text: 'De corporatie bepaalt in overleg met de huurdersorganisatie vóór 1 oktober 2026 de jaarlijkse huurverhoging.',
		overrides: withIndicator('Gemiddelde huurverhoging', '%', [{ year: 2026, value: 3.5 }], 4.1, 2025),
		score: 4,
		has: [],
		not: ['vagueAction']
	},
	{
		text: 'De huurdersorganisatie en de corporatie overleggen jaarlijks vier keer over het onderhoudsprogramma.',
		overrides: { committingParties: [TENANTS, CORPORATION] },
		score: 4,
		has: ['timeImplicit:warning']
	},
	{
		text: 'De corporatie verduurzaamt in 2027 120 woningen naar label B.',
		overrides: { indicator: 'Verduurzaamde woningen', unit: 'woningen', targets: [{ year: 2027, value: 120 }] },
		score: 4,
		has: ['indicatorWithoutBaseline:warning']
	},

	// --- Bad agreements ---
	{
		text: 'De corporatie streeft naar meer betaalbare woningen.',
		score: 1,
		has: ['vagueCommitment:error', 'notMeasurable:error', 'notTimeBound:error'],
		matches: ['streeft naar']
	},
	{
		text: 'Partijen zetten zich in voor een leefbare wijk waar mogelijk.',
		overrides: { committingParties: [MUNICIPALITY, CORPORATION, TENANTS] },
		score: 1,
		has: ['vagueCommitment:error', 'notMeasurable', 'notTimeBound'],
		matches: ['zetten zich in voor', 'waar mogelijk']
	},
	{
		text: 'De gemeente onderzoekt de mogelijkheden voor tijdelijke woningen.',
		overrides: { committingParties: [MUNICIPALITY] },
		score: 1,
		has: ['researchWithoutResult:error', 'notMeasurable', 'notTimeBound'],
		matches: ['onderzoekt']
	},
	{
		text: 'De corporatie zet in op het zoveel mogelijk beperken van huurachterstanden.',
		score: 1,
		has: ['vagueCommitment:error'],
		matches: ['zet in op', 'zoveel mogelijk']
	},
	{
		text: 'Partijen gaan in 2026 in overleg over de wachttijden voor starters.',
		overrides: { committingParties: [MUNICIPALITY, CORPORATION] },
		score: 2,
		has: ['vagueAction:error', 'notMeasurable'],
		not: ['notTimeBound'],
		matches: ['in overleg']
	},
	{
		text: 'De gemeente stimuleert het delen van woningen door ouderen.',
		overrides: { committingParties: [MUNICIPALITY] },
		score: 1,
		has: ['vagueAction:error'],
		matches: ['stimuleert']
	},
	{
		text: 'De corporatie heeft aandacht voor eenzaamheid onder oudere huurders.',
		score: 1,
		has: ['vagueAction:error'],
		matches: ['heeft aandacht voor']
	},
	{
		text: 'De gemeente verkent de mogelijkheden voor een tweede woonwagenlocatie.',
		overrides: { committingParties: [MUNICIPALITY] },
		score: 1,
		has: ['researchWithoutResult:error', 'notMeasurable'],
		matches: ['verkent de mogelijkheden']
	},
	{
		text: 'Partijen bekijken of er meer doorstroming mogelijk is.',
		score: 1,
		has: ['researchWithoutResult:error'],
		matches: ['bekijken']
	},
	{
		text: 'De corporatie probeert de huurachterstanden in 2027 te verlagen.',
		score: 2,
		has: ['vagueCommitment:error', 'notMeasurable'],
		matches: ['probeert']
	},
	{
		text: 'De corporatie bevordert in 2027 de doorstroming van senioren.',
		score: 2,
		has: ['vagueAction:error', 'notMeasurable'],
		matches: ['bevordert']
	},
	{
		text: 'De gemeente handelt aanvragen voor woonurgentie zo snel mogelijk af.',
		overrides: { committingParties: [MUNICIPALITY] },
		score: 1,
		has: ['vagueCommitment:error', 'notTimeBound'],
		matches: ['zo snel mogelijk']
	},
	{
		text: 'De gemeente laat onderzoek doen naar de woonwensen van jongeren en rapporteert vóór 1 maart 2027 aan de raad.',
		overrides: { committingParties: [MUNICIPALITY] },
		score: 3,
		has: ['notMeasurable'],
		not: ['researchWithoutResult']
	},

	// --- Edge cases ---
	{
		text: '',
		overrides: withIndicator('Opgeleverde woningen', 'woningen', [{ year: 2027, value: 150 }]),
		score: 3,
		has: ['textEmpty:error'],
		not: ['notMeasurable', 'notTimeBound']
	},
	{
		text: '   ',
		score: 1,
		has: ['textEmpty:error', 'notMeasurable', 'notTimeBound']
	},
	{
		text: 'Meer groen in wijken.',
		score: 2,
		has: ['textTooShort:warning', 'notMeasurable', 'notTimeBound']
	},
	{
		text: 'De corporatie verduurzaamt in 2027 120 woningen naar label B.',
		overrides: withIndicator('Verduurzaamde woningen', '', [{ year: 2027, value: 120 }]),
		score: 3,
		has: ['targetWithoutUnit:error']
	},
	{
		text: 'De corporatie verduurzaamt in 2027 120 woningen naar label B.',
		overrides: withIndicator('Verduurzaamde woningen', 'woningen', [{ year: 2027, value: 120 }], 40, 2027),
		score: 3,
		has: ['baselineInFuture:error']
	},
	{
		text: 'De gemeente wijst twee nieuwe locaties aan voor woonwagens.',
		overrides: { committingParties: [MUNICIPALITY], deadline: '2025-12-31' },
		score: 3,
		has: ['deadlineBeforeCycleYear:error'],
		not: ['notTimeBound']
	},
	{
		text: 'De gemeente wijst twee nieuwe locaties aan voor woonwagens.',
		overrides: { committingParties: [MUNICIPALITY], deadline: '2026-02-30' },
		score: 3,
		has: ['deadlineInvalid:error']
	},
	{
		text: 'De corporatie verkoopt in 2026 en 2027 samen 50 woningen aan starters.',
		overrides: withIndicator('Verkochte woningen', 'woningen', [
			{ year: 2025, value: 20 },
			{ year: 2026, value: 50 }
		]),
		score: 3,
		has: ['targetBeforeCycleYear:error']
	},
	{
		text: 'Er komen in 2027 veertig extra woningen voor jongeren in Assen.',
		overrides: { committingParties: [], ownerName: null },
		score: 3,
		has: ['noCommittingParty:error', 'noOwner:warning']
	},
	{
		// A year in the past is history, not a due date.
		text: 'Net als in 2024 bouwt de corporatie 100 nieuwe woningen.',
		score: 3,
		has: ['notTimeBound:error']
	},
	{
		text: 'De corporatie voorziet alle woningen van goede rookmelders.',
		score: 2,
		has: ['notMeasurable', 'notTimeBound']
	},
	{
		text: 'De gemeente helpt 65-plussers bij het vinden van een passende woning.',
		overrides: { committingParties: [MUNICIPALITY] },
		score: 2,
		has: ['notMeasurable', 'notTimeBound']
	},
	{
		text: 'De corporatie verlaagt uiterlijk in 2030 de CO2-uitstoot van haar woningbezit.',
		score: 3,
		has: ['notMeasurable']
	},
	{
		text: 'Vóór 1 april 2026 levert de gemeente de nieuwe woonvisie op.',
		overrides: { committingParties: [MUNICIPALITY] },
		score: 3,
		has: ['notMeasurable']
	}
];

describe('checkSmart: table of Dutch agreements', () => {
	it('has at least 25 rows', () => {
		expect(rows.length).toBeGreaterThanOrEqual(25);
	});

	it.each(rows.map((row) => [row.text || '(empty)', row] as const))('%s', (_label, row) => {
		const result = checkSmart(agreement(row.text, row.overrides));
		const summary = result.findings.map((f) => `${f.code}:${f.severity}`);
		expect(result.score, summary.join(', ')).toBe(row.score);
		for (const expected of row.has ?? []) {
			const found = expected.includes(':') ? summary.includes(expected) : result.findings.some((f) => f.code === expected);
			expect(found, `${expected} in ${summary.join(', ')}`).toBe(true);
		}
		if (row.has && row.has.length === 0) {
			// "Good" rows: no errors at all.
			expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
		}
		for (const code of row.not ?? []) {
			expect(result.findings.map((f) => f.code)).not.toContain(code);
		}
		if (row.matches) {
			const vague = result.findings.filter((f) =>
				['vagueCommitment', 'vagueAction', 'researchWithoutResult'].includes(f.code)
			);
			expect(vague.map((f) => f.match)).toEqual(row.matches);
		}
		expect(result.score).toBe(Object.values(result.passed).filter(Boolean).length);
	});
});

describe('checkSmart: details', () => {
	it('orders findings S, M, A, T', () => {
		const { findings } = checkSmart(
			agreement('Partijen streven naar betere woningen.', { committingParties: [], ownerName: '' })
		);
		expect(findings.map((f) => `${f.criterion}:${f.code}`)).toEqual([
			'specific:textTooShort',
			'specific:vagueCommitment',
			'measurable:notMeasurable',
			'assigned:noCommittingParty',
			'assigned:noOwner',
			'timeBound:notTimeBound'
		]);
		expect(checkSmart(agreement('Partijen streven naar betere woningen.', { committingParties: [] })).score).toBe(0);
	});

	it('reports the phrase as written, keeping capitals', () => {
		const { findings } = checkSmart(agreement('Waar mogelijk bouwt de corporatie extra woningen.'));
		expect(findings.find((f) => f.code === 'vagueCommitment')?.match).toBe('Waar mogelijk');
	});

	it('reports a repeated phrase once', () => {
		const { findings } = checkSmart(agreement('De gemeente stimuleert starters en stimuleert ouderen om te verhuizen.'));
		expect(findings.filter((f) => f.code === 'vagueAction')).toHaveLength(1);
	});

	it('does not take compounds for vague words', () => {
		expect(detectVaguePhrases('Het streefcijfer uit het WoON-onderzoek is 150 woningen.')).toEqual([]);
		expect(detectVaguePhrases('De corporatie zet 20 woningen in voor statushouders.')).toEqual([]);
	});

	it('handles inflections', () => {
		const words = (t: string) => detectVaguePhrases(t).map((v) => v.match);
		expect(words('De gemeente zet zich de komende jaren in voor starters.')).toEqual(['zet zich de komende jaren in voor']);
		expect(words('Er wordt ingezet op doorstroming.')).toEqual(['ingezet op']);
		expect(words('Partijen gaan na of er ruimte is.')).toEqual(['gaan na of']);
		expect(words('Partijen besteden aandacht aan veiligheid.')).toEqual(['besteden aandacht aan']);
		expect(words('Indien mogelijk worden de mogelijkheden verkend.')).toEqual(['Indien mogelijk', 'verkend']);
	});

	it('counts a valid deadline or target year as time-bound', () => {
		const text = 'De corporatie levert twaalf nieuwe woonwagenstandplaatsen op.';
		expect(checkSmart(agreement(text)).passed.timeBound).toBe(false);
		expect(checkSmart(agreement(text, { deadline: '2027-06-30' })).passed.timeBound).toBe(true);
		expect(
			checkSmart(agreement(text, withIndicator('Standplaatsen', 'standplaatsen', [{ year: 2027, value: 12 }]))).passed
				.timeBound
		).toBe(true);
	});

	it('flags a target with an invalid value or year', () => {
		const result = checkSmart(
			agreement('In 2027 bouwt de corporatie 30 woningen.', withIndicator('Woningen', 'woningen', [{ year: 2027.5, value: Number.NaN }]))
		);
		expect(result.findings.map((f) => f.code)).toContain('targetInvalid');
	});

	it('warns when a baseline has no year', () => {
		const result = checkSmart(
			agreement('In 2027 bouwt de corporatie 30 woningen.', withIndicator('Woningen', 'woningen', [{ year: 2027, value: 30 }], 12, null))
		);
		expect(result.findings).toContainEqual({ criterion: 'measurable', severity: 'warning', code: 'baselineWithoutYear' });
		expect(result.score).toBe(4);
	});
});

describe('Dutch number detection', () => {
	it.each([
		['150 woningen', ['150']],
		['30%', ['30']],
		['30 procent', ['30']],
		['€ 1,5 miljoen', ['1,5', 'miljoen']],
		['€ 250.000', ['250.000']],
		['honderd woningen', ['honderd']],
		['tweehonderdvijftig woningen', ['tweehonderdvijftig']],
		['tweeëntwintig woningen', ['tweeëntwintig']],
		['drieduizend huishoudens', ['drieduizend']],
		['één locatie', ['één']],
		['de helft van de woningen', ['helft']],
		['geen enkele woning', ['geen enkele']],
		['2000 woningen', ['2000']],
		['2030 sociale huurwoningen', ['2030']],
		['in 2026 vier keer', ['vier']],
		['in 2027 150 woningen', ['150']]
	])('%s → %j', (text, expected) => {
		expect(detectQuantities(text)).toEqual(expected);
	});

	it.each([
		'alle woningen',
		'een woning',
		'in 2027',
		'vóór 1 juli 2027',
		'op 15-03-2027',
		'per 2026-07-01',
		'in het derde kwartaal van 2026',
		'in Q3 2026',
		'de CO2-uitstoot',
		'65-plussers en 18-jarigen',
		'tientallen woningen',
		'de 3e fase',
		'achten het wenselijk',
		'tussen 2026 en 2030'
	])('%s has no amount', (text) => {
		expect(detectQuantities(text)).toEqual([]);
	});

	it('knows number words', () => {
		for (const w of ['twee', 'tien', 'elf', 'twintig', 'vijfentwintig', 'honderd', 'duizend', 'Vier', 'nul']) {
			expect(isDutchNumberWord(w), w).toBe(true);
		}
		for (const w of ['een', 'alle', 'en', 'achten', 'vieren', 'honderden', 'tweede']) {
			expect(isDutchNumberWord(w), w).toBe(false);
		}
	});
});

describe('reciprocity', () => {
	const set = (kinds: PartyKind[][]) =>
		kinds.map((ks) => ({ committingParties: ks.map((kind, i) => ({ orgId: `${kind}-${i}`, kind })) }));

	it('flags 9 of 10 commitments on the corporation (90 %)', () => {
		const agreements = set([...Array(9).fill(['corporation']), ['municipality']]);
		const result = reciprocity(agreements);
		expect(result.counts).toEqual({ municipality: 1, corporation: 9, tenantOrganisation: 0, residentsCommittee: 0 });
		expect(result.total).toBe(10);
		expect(result.dominantKind).toBe('corporation');
		expect(result.dominantShare).toBeCloseTo(0.9);
		expect(result.percentage).toBe(90);
		expect(result.findings).toContainEqual({
			code: 'reciprocityLow',
			severity: 'warning',
			kind: 'corporation',
			percentage: 90
		});
		expect(result.findings.map((f) => f.code)).toContain('tenantsCommitNothing');
		expect(result.findings.map((f) => f.code)).not.toContain('municipalityCommitsNothing');
		const low = result.findings.find((f) => f.code === 'reciprocityLow')!;
		expect(formatFinding(low, 'nl')).toMatch(/^90 % van de toezeggingen ligt bij de corporaties\./);
		expect(formatFinding(low, 'en')).toMatch(/^90% of the commitments rest with the housing corporations\./);
	});

	it('uses >= for the threshold and lets it be changed', () => {
		const eightOfTen = set([...Array(8).fill(['corporation']), ['municipality'], ['tenantOrganisation']]);
		expect(reciprocity(eightOfTen).findings.map((f) => f.code)).toEqual(['reciprocityLow']);
		expect(reciprocity(eightOfTen, { threshold: 0.85 }).findings).toEqual([]);
		const nine = set([...Array(9).fill(['corporation']), ['municipality']]);
		expect(reciprocity(nine, { threshold: 0.95 }).findings.map((f) => f.code)).toEqual(['tenantsCommitNothing']);
	});

	it('has no findings for a balanced set', () => {
		const result = reciprocity(
			set([['corporation'], ['corporation'], ['municipality'], ['tenantOrganisation'], ['corporation', 'municipality']])
		);
		expect(result.findings).toEqual([]);
		expect(result.percentage).toBe(50);
	});

	it('counts a kind once per agreement, and a residents committee as the tenants side', () => {
		const result = reciprocity([
			{ committingParties: [{ orgId: 'a', kind: 'corporation' }, { orgId: 'b', kind: 'corporation' }] },
			{ committingParties: [{ orgId: 'c', kind: 'residentsCommittee' }, { orgId: 'd', kind: 'municipality' }] },
			{ committingParties: [] }
		]);
		expect(result.counts.corporation).toBe(1);
		expect(result.total).toBe(3);
		expect(result.unassigned).toBe(1);
		expect(result.findings).toEqual([]);
	});

	it('flags a municipality that commits to nothing', () => {
		const result = reciprocity(set([['corporation'], ['tenantOrganisation'], ['corporation']]));
		expect(result.findings.map((f) => f.code)).toEqual(['municipalityCommitsNothing']);
	});

	it('is quiet for an empty set', () => {
		expect(reciprocity([])).toMatchObject({ total: 0, dominantKind: null, dominantShare: 0, percentage: 0, findings: [] });
	});
});

describe('scoreByTheme', () => {
	it('averages the SMART score per theme, known themes first', () => {
		const good = 'Woonstichting Hunzedal bouwt in 2027 150 sociale huurwoningen in Assen-Oost.';
		const bad = 'De corporatie streeft naar meer betaalbare woningen.';
		const result = scoreByTheme([
			agreement(bad, { theme: 'zelfbouw' }),
			agreement(good, { theme: 'beschikbaarheid' }),
			agreement(bad, { theme: 'beschikbaarheid' }),
			agreement(good, { theme: 'betaalbaarheid' }),
			agreement(bad, { theme: 'ankerwijken' })
		]);
		expect(result).toEqual([
			{ theme: 'betaalbaarheid', count: 1, averageScore: 4 },
			{ theme: 'beschikbaarheid', count: 2, averageScore: 2.5 },
			{ theme: 'ankerwijken', count: 1, averageScore: 1 },
			{ theme: 'zelfbouw', count: 1, averageScore: 1 }
		]);
	});

	it('returns nothing for no agreements', () => {
		expect(scoreByTheme([])).toEqual([]);
	});
});

describe('trafficLight', () => {
	// 2026 and 2027 both have 365 days, so 2027-01-01 is exactly halfway.
	const up = { baseline: 0, baselineDate: '2026-01-01', target: 100, targetDate: '2028-01-01', valueDate: '2027-01-01' };
	// Number of homes with an E, F or G label: lower is better.
	const down = { baseline: 400, baselineDate: '2026-01-01', target: 0, targetDate: '2028-01-01', valueDate: '2027-01-01' };

	it.each([
		[45, 'green', 0.9],
		[44.9, 'orange', 0.898],
		[30, 'orange', 0.6],
		[29.9, 'red', 0.598],
		[70, 'green', 1.4],
		[-5, 'red', -0.1]
	] as const)('upward: value %d → %s', (value, color, ratio) => {
		const result = trafficLight({ ...up, value });
		expect(result.color).toBe(color);
		expect(result.expected).toBeCloseTo(50);
		expect(result.ratio).toBeCloseTo(ratio);
	});

	it.each([
		[220, 'green', 0.9],
		[221, 'orange', 0.895],
		[280, 'orange', 0.6],
		[281, 'red', 0.595],
		[450, 'red', -0.25]
	] as const)('downward (E/F/G labels): value %d → %s', (value, color, ratio) => {
		const result = trafficLight({ ...down, value });
		expect(result.color).toBe(color);
		expect(result.expected).toBeCloseTo(200);
		expect(result.ratio).toBeCloseTo(ratio);
	});

	it('is green once the target is reached, also early', () => {
		expect(trafficLight({ ...down, value: 0, valueDate: '2026-03-01' }).color).toBe('green');
		expect(trafficLight({ ...up, value: 100, valueDate: '2026-02-01' }).color).toBe('green');
	});

	it('expects the target itself after the target date', () => {
		const result = trafficLight({ ...up, value: 95, valueDate: '2028-06-01' });
		expect(result.expected).toBe(100);
		expect(result.color).toBe('green');
		expect(trafficLight({ ...up, value: 80, valueDate: '2028-06-01' }).color).toBe('orange');
	});

	it('handles expected == baseline (measured on the start date)', () => {
		expect(trafficLight({ ...down, value: 400, valueDate: '2026-01-01' })).toEqual({ color: 'green', expected: 400, ratio: 1 });
		expect(trafficLight({ ...down, value: 410, valueDate: '2026-01-01' })).toEqual({ color: 'red', expected: 400, ratio: 0 });
		// Before the baseline date nothing is expected yet either.
		expect(trafficLight({ ...up, value: 0, valueDate: '2025-06-01' }).color).toBe('green');
	});

	it('handles a "hold this level" target (baseline == target)', () => {
		const hold = { baseline: 0, baselineDate: '2026-01-01', target: 0, targetDate: '2027-01-01', valueDate: '2026-07-01', direction: 'down' as const };
		expect(trafficLight({ ...hold, value: 0 }).color).toBe('green');
		expect(trafficLight({ ...hold, value: 2 }).color).toBe('red');
		expect(trafficLight({ ...hold, value: 2, tolerance: 2 }).color).toBe('green');
	});

	it('infers the direction, and an explicit one must agree', () => {
		expect(trafficLight({ ...down, value: 220, direction: 'down' }).color).toBe('green');
		expect(trafficLight({ ...down, value: 220, direction: 'up' })).toEqual({
			color: 'grey',
			expected: null,
			ratio: null,
			reason: 'inconsistentDirection'
		});
	});

	it('applies tolerance and custom thresholds', () => {
		expect(trafficLight({ ...up, value: 40 }).color).toBe('orange');
		expect(trafficLight({ ...up, value: 40, tolerance: 10 }).color).toBe('green');
		expect(trafficLight({ ...up, value: 40, thresholds: { green: 0.8 } }).color).toBe('green');
		expect(trafficLight({ ...up, value: 25, thresholds: { orange: 0.5 } }).color).toBe('orange');
	});

	it('accepts Date objects and timestamps', () => {
		const result = trafficLight({
			...up,
			baselineDate: new Date('2026-01-01T00:00:00Z'),
			valueDate: '2027-01-01T00:00:00Z',
			value: 45
		});
		expect(result.color).toBe('green');
	});

	it.each([
		['value', { ...up, value: null }, 'missingData'],
		['baseline', { ...up, baseline: undefined, value: 10 }, 'missingData'],
		['target', { ...up, target: Number.NaN, value: 10 }, 'missingData'],
		['value date', { ...up, valueDate: null, value: 10 }, 'missingData'],
		['bad date', { ...up, targetDate: '2028-02-30', value: 10 }, 'invalidDates'],
		['target before baseline', { ...up, targetDate: '2025-01-01', value: 10 }, 'invalidDates'],
		['same dates', { ...up, targetDate: '2026-01-01', value: 10 }, 'invalidDates']
	] as const)('is grey without %s', (_label, input, reason) => {
		expect(trafficLight(input)).toEqual({ color: 'grey', expected: null, ratio: null, reason });
	});

	it('explains the rule in both languages', () => {
		const nl = explainTrafficLight('nl');
		expect(nl).toContain('rechte lijn');
		expect(nl).toContain('Groen: 90 %');
		expect(nl).toContain('Oranje: 60 % tot 90 %');
		expect(nl).toContain('Grijs');
		const en = explainTrafficLight('en');
		expect(en).toContain('Green: 90%');
		expect(en).toContain('Red: less than 60%');
		expect(explainTrafficLight('nl', { green: 0.95, orange: 0.7 })).toContain('Oranje: 70 % tot 95 %');
	});
});

describe('findingMessages', () => {
	it('has a Dutch and an English text for every code that checkSmart and reciprocity produce', () => {
		for (const [code, texts] of Object.entries(findingMessages)) {
			expect(texts.nl.length, code).toBeGreaterThan(20);
			expect(texts.en.length, code).toBeGreaterThan(20);
		}
		const produced = new Set<string>();
		for (const row of rows) for (const f of checkSmart(agreement(row.text, row.overrides)).findings) produced.add(f.code);
		for (const code of produced) expect(findingMessages).toHaveProperty(code);
	});

	it('fills in the matched words', () => {
		const { findings } = checkSmart(agreement('De corporatie streeft naar meer betaalbare woningen.'));
		const vague = findings.find((f) => f.code === 'vagueCommitment')!;
		expect(formatFinding(vague, 'nl')).toMatch(/^"streeft naar" maakt de afspraak vrijblijvend\./);
		expect(formatFinding(vague, 'en')).toContain('"streeft naar"');
	});
});
