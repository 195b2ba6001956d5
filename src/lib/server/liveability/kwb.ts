/**
 * CBS "Kerncijfers wijken en buurten" (KWB) CSV → one row per area.
 *
 * Columns are mapped by *title*, never by the numbered CBS key: `InBezitWoningcorporatie_49`
 * in 2024 may be `_50` next year. Three ways a column can be recognised:
 *  1. a known alias (the flattened CSV's own names, PDOK attribute names);
 *  2. a CBS OData key looked up in a supplied DataProperties.json (Key → Title), then the title;
 *  3. the key without its numeric suffix compared with the titles (CamelCase of the title).
 */
import { z } from 'zod';
import { gemeenteOf, validateAreaCode, type AreaLevel } from './codes';
import { InvalidCellTally, normalizeHeader, parseCsvTable, parseNumberCell, type Delimiter } from './csv';
import { ReportBuilder, type Issue, type ValidationReport } from './reports';

export interface IndicatorDefinition {
	key: string;
	/** CBS titles (table 85984NED and earlier years), without unit. */
	titles: string[];
	/** Other column names seen in the wild (flattened CSV, PDOK wijk- en buurtkaart). */
	aliases: string[];
	unit: string;
	label: { nl: string; en: string };
}

const def = (
	key: string,
	titles: string[],
	aliases: string[],
	unit: string,
	nl: string,
	en: string
): IndicatorDefinition => ({ key, titles, aliases, unit, label: { nl, en } });

/** Built-in mapping. Order matters only for readability. */
export const KWB_INDICATORS: readonly IndicatorDefinition[] = [
	def('inhabitants', ['Aantal inwoners'], ['inwoners', 'aantal_inwoners'], 'aantal', 'Inwoners', 'Inhabitants'),
	def('men', ['Mannen'], ['mannen'], 'aantal', 'Mannen', 'Men'),
	def('women', ['Vrouwen'], ['vrouwen'], 'aantal', 'Vrouwen', 'Women'),
	def('inhabitants0to15', ['0 tot 15 jaar'], ['inwoners0tot15'], 'aantal', 'Inwoners 0–15 jaar', 'Inhabitants aged 0–15'),
	def('inhabitants65plus', ['65 jaar of ouder'], ['inwoners65plus'], 'aantal', 'Inwoners 65+', 'Inhabitants aged 65+'),
	def('households', ['Huishoudens totaal'], ['huishoudens', 'aantal_huishoudens'], 'aantal', 'Huishoudens', 'Households'),
	def(
		'householdSize',
		['Gemiddelde huishoudensgrootte'],
		['huishoudensgrootte', 'gemiddelde_huishoudensgrootte'],
		'aantal',
		'Gemiddelde huishoudensgrootte',
		'Average household size'
	),
	def(
		'density',
		['Bevolkingsdichtheid'],
		['dichtheid', 'bevolkingsdichtheid_inwoners_per_km2'],
		'inwoners per km²',
		'Bevolkingsdichtheid',
		'Population density'
	),
	def('homes', ['Woningvoorraad'], ['woningvoorraad'], 'aantal', 'Woningen', 'Homes'),
	def(
		'wozValue',
		['Gemiddelde WOZ-waarde van woningen', 'Gemiddelde woningwaarde'],
		['wozWaarde', 'gemiddelde_woningwaarde'],
		'x 1 000 euro',
		'Gemiddelde WOZ-waarde',
		'Average WOZ value'
	),
	def(
		'singleFamilyPct',
		['Percentage eengezinswoning'],
		['eengezinswoning', 'percentage_eengezinswoning'],
		'%',
		'Eengezinswoningen',
		'Single-family homes'
	),
	def(
		'ownerOccupiedPct',
		['Koopwoningen', 'Percentage koopwoningen'],
		['koopwoningen', 'percentage_koopwoningen'],
		'%',
		'Koopwoningen',
		'Owner-occupied homes'
	),
	def(
		'rentalPct',
		['Huurwoningen totaal', 'Percentage huurwoningen'],
		['percentage_huurwoningen'],
		'%',
		'Huurwoningen',
		'Rented homes'
	),
	def(
		'corporationOwnedPct',
		['In bezit woningcorporatie', 'Huurwoningen in bezit woningcorporaties'],
		['perc_huurwoningen_in_bezit_woningcorporaties', 'corporatiehuur_pct'],
		'%',
		'Woningen van een woningcorporatie',
		'Homes owned by a housing corporation'
	),
	def(
		'otherLandlordPct',
		['In bezit overige verhuurders', 'Huurwoningen in bezit overige verhuurders'],
		['perc_huurwoningen_in_bezit_overige_verhuurders'],
		'%',
		'Woningen van andere verhuurders',
		'Homes owned by other landlords'
	),
	def(
		'vacantPct',
		['Onbewoonde woningen', 'Percentage leegstand woningen'],
		['percentage_leegstand_woningen'],
		'%',
		'Onbewoonde woningen',
		'Vacant homes'
	),
	def(
		'incomePerInhabitant',
		['Gemiddeld inkomen per inwoner'],
		['inkomenPerInwoner', 'gemiddeld_inkomen_per_inwoner'],
		'x 1 000 euro',
		'Gemiddeld inkomen per inwoner',
		'Average income per inhabitant'
	),
	def(
		'lowIncomeHouseholdsPct',
		['Huishoudens met een laag inkomen'],
		['percentage_huishoudens_met_laag_inkomen'],
		'%',
		'Huishoudens met een laag inkomen',
		'Low-income households'
	),
	def(
		'urbanity',
		['Mate van stedelijkheid'],
		['stedelijkheid', 'stedelijkheid_adressen_per_km2'],
		'code 1–5',
		'Stedelijkheid',
		'Urbanity'
	),
	def(
		'addressDensity',
		['Omgevingsadressendichtheid'],
		['adressendichtheid', 'omgevingsadressendichtheid'],
		'per km²',
		'Adressendichtheid',
		'Address density'
	),
	def('totalAreaHa', ['Oppervlakte totaal'], ['oppervlakte_totaal_in_ha'], 'ha', 'Oppervlakte', 'Area'),
	def('landAreaHa', ['Oppervlakte land'], ['oppervlakteLandHa', 'oppervlakte_land_in_ha'], 'ha', 'Oppervlakte land', 'Land area'),
	def('waterAreaHa', ['Oppervlakte water'], ['oppervlakte_water_in_ha'], 'ha', 'Oppervlakte water', 'Water area'),
	def(
		'distanceGp',
		['Afstand tot huisartsenpraktijk'],
		['afstandHuisarts', 'afstand_tot_huisartsenpraktijk'],
		'km',
		'Afstand tot huisarts',
		'Distance to GP'
	),
	def(
		'distanceSupermarket',
		['Afstand tot grote supermarkt'],
		['afstandSupermarkt', 'afstand_tot_grote_supermarkt'],
		'km',
		'Afstand tot supermarkt',
		'Distance to supermarket'
	),
	def(
		'distanceDaycare',
		['Afstand tot kinderdagverblijf'],
		['afstand_tot_kinderdagverblijf'],
		'km',
		'Afstand tot kinderopvang',
		'Distance to day care'
	),
	def(
		'distanceSchool',
		['Afstand tot school'],
		['afstandSchool', 'afstand_tot_school'],
		'km',
		'Afstand tot school',
		'Distance to school'
	),
	def('schoolsWithin3km', ['Scholen binnen 3 km'], ['scholenBinnen3km'], 'aantal', 'Scholen binnen 3 km', 'Schools within 3 km'),
	def(
		'crimePer1000',
		['Misdrijven per 1 000 inwoners', 'Geregistreerde misdrijven per 1 000 inwoners'],
		['misdrijven_per_1000_inw'],
		'per 1 000 inwoners',
		'Misdrijven per 1.000 inwoners',
		'Crimes per 1,000 inhabitants'
	),
	def(
		'crimeCount12m',
		['Misdrijven laatste 12 maanden'],
		['misdrijven_laatste_12_mnd'],
		'aantal',
		'Misdrijven (12 maanden)',
		'Crimes (12 months)'
	),
	def(
		'goodHealthPct',
		['Goed ervaren gezondheid', 'Ervaren gezondheid goed/zeer goed'],
		['goed_ervaren_gezondheid_pct'],
		'%',
		'Goed ervaren gezondheid',
		'Good self-rated health'
	)
];

/** Columns that are known but are not numeric indicators (not reported as unknown). */
const META_COLUMNS = new Set(
	[
		'niveau',
		'soortregio',
		'naam',
		'regionaam',
		'gemeentenaam',
		'gemeentecode',
		'wijkcode',
		'wijknaam',
		'buurtnaam',
		'buurtcode',
		'codering',
		'provinciecode',
		'postcode',
		'meestvoorkomendepostcode',
		'dekkingspercentage',
		'indelingswijzigingwijkenenbuurten',
		'indelingswijzigingwijkbuurt',
		'indelingswijzigingGemeenteWijkBuurt',
		'id',
		'jaar',
		'perioden',
		'water'
	].map(normalizeHeader)
);

/** Candidate names of the column with the area code, in order of preference. */
// buurtcode last: in KWB exports it is usually a parent/reference column next to "code".
const CODE_COLUMNS = ['code', 'statcode', 'gwb_code', 'gwb_code_10', 'regiocode', 'wijkenenbuurten', 'codering', 'regios', 'buurtcode'].map(
	normalizeHeader
);
const NAME_COLUMNS = ['naam', 'statnaam', 'regionaam', 'gwb_naam', 'name'].map(normalizeHeader);
const LEVEL_COLUMNS = ['niveau', 'soortregio', 'rubriek'].map(normalizeHeader);
const YEAR_COLUMNS = ['jaar', 'perioden', 'year'].map(normalizeHeader);

const LEVEL_WORDS: Record<string, AreaLevel> = { gemeente: 'gemeente', wijk: 'wijk', buurt: 'buurt' };

const aliasIndex = new Map<string, string>();
const titleIndex = new Map<string, string>();
for (const ind of KWB_INDICATORS) {
	for (const a of ind.aliases) aliasIndex.set(normalizeHeader(a), ind.key);
	for (const t of ind.titles) titleIndex.set(normalizeHeader(t), ind.key);
}

export interface KwbRow {
	code: string;
	level: AreaLevel;
	name: string | null;
	municipalityCode: string;
	year: number | null;
	values: Record<string, number | null>;
}

export type ColumnRole = 'indicator' | 'code' | 'name' | 'level' | 'year' | 'meta' | 'unknown';

export interface ColumnMapping {
	column: string;
	role: ColumnRole;
	indicator?: string;
	/** How the indicator was found. */
	via?: 'alias' | 'title' | 'keyAsTitle';
	/** CBS title from DataProperties, when used. */
	title?: string;
}

export interface KwbCounts extends Record<string, number> {
	records: number;
	rows: number;
	skipped: number;
	columns: number;
	mappedColumns: number;
	unknownColumns: number;
	gemeenten: number;
	wijken: number;
	buurten: number;
	invalidCells: number;
}

export interface KwbParseResult {
	rows: KwbRow[];
	columns: ColumnMapping[];
	delimiter: Delimiter | null;
	report: ValidationReport<KwbCounts>;
}

export interface KwbParseOptions {
	/** Parsed CBS DataProperties.json (array or OData `{ value: [...] }`). */
	dataProperties?: unknown;
	/** Year of the data when the file has no year column (e.g. 2024). */
	year?: number;
}

const dataPropertySchema = z.object({
	Key: z.string(),
	Title: z.string(),
	Type: z.string().optional(),
	Unit: z.string().nullish()
});
const dataPropertiesSchema = z.union([
	z.array(z.unknown()),
	z.object({ value: z.array(z.unknown()) }).transform((o) => o.value)
]);

/**
 * Read DataProperties into Key → Title. Entries without a key (topic groups) are ignored.
 * Returns null plus an issue when the structure is not usable.
 */
export function readDataProperties(input: unknown): { titles: Map<string, string>; issue?: Issue } {
	const titles = new Map<string, string>();
	const parsed = dataPropertiesSchema.safeParse(input);
	if (!parsed.success) {
		return { titles, issue: { code: 'invalidDataProperties', detail: 'expected an array of { Key, Title }' } };
	}
	for (const entry of parsed.data) {
		const p = dataPropertySchema.safeParse(entry);
		if (p.success && p.data.Key !== '') titles.set(p.data.Key, p.data.Title.trim());
	}
	if (titles.size === 0) {
		return { titles, issue: { code: 'invalidDataProperties', detail: 'no entries with Key and Title' } };
	}
	return { titles };
}

/** Decide what each column means. Exported for a UI that shows the mapping before import. */
export function mapKwbColumns(header: string[], keyTitles?: Map<string, string>): ColumnMapping[] {
	const mappings: ColumnMapping[] = [];
	// The code column is the one whose name (or DataProperties title) ranks best in CODE_COLUMNS.
	const codeRank = (column: string): number => {
		const title = keyTitles?.get(column);
		const ranks = [normalizeHeader(column), title !== undefined ? normalizeHeader(title) : '']
			.map((n) => CODE_COLUMNS.indexOf(n))
			.filter((r) => r >= 0);
		return ranks.length > 0 ? Math.min(...ranks) : Infinity;
	};
	let codeColumnIdx = -1;
	header.forEach((column, idx) => {
		if (codeRank(column) < (codeColumnIdx < 0 ? Infinity : codeRank(header[codeColumnIdx]))) codeColumnIdx = idx;
	});
	for (const [idx, column] of header.entries()) {
		const norm = normalizeHeader(column);
		const title = keyTitles?.get(column);
		const normTitle = title !== undefined ? normalizeHeader(title) : undefined;
		const stripped = normalizeHeader(column.replace(/_\d+$/, ''));

		if (idx === codeColumnIdx) {
			mappings.push({ column, role: 'code', title });
			continue;
		}
		if (NAME_COLUMNS.includes(norm)) {
			mappings.push({ column, role: 'name' });
			continue;
		}
		if (LEVEL_COLUMNS.includes(norm) || (stripped !== '' && LEVEL_COLUMNS.includes(stripped))) {
			mappings.push({ column, role: 'level', title });
			continue;
		}
		if (YEAR_COLUMNS.includes(norm)) {
			mappings.push({ column, role: 'year' });
			continue;
		}
		// A DataProperties title is authoritative: it is what makes keys year-independent.
		if (normTitle !== undefined && titleIndex.has(normTitle)) {
			mappings.push({ column, role: 'indicator', indicator: titleIndex.get(normTitle), via: 'title', title });
			continue;
		}
		if (aliasIndex.has(norm)) {
			mappings.push({ column, role: 'indicator', indicator: aliasIndex.get(norm), via: 'alias' });
			continue;
		}
		// Header is itself a title ("Woningvoorraad (aantal)") or a CamelCase key of one.
		if (titleIndex.has(norm)) {
			mappings.push({ column, role: 'indicator', indicator: titleIndex.get(norm), via: 'title' });
			continue;
		}
		if (titleIndex.has(stripped)) {
			mappings.push({ column, role: 'indicator', indicator: titleIndex.get(stripped), via: 'keyAsTitle' });
			continue;
		}
		if (aliasIndex.has(stripped)) {
			mappings.push({ column, role: 'indicator', indicator: aliasIndex.get(stripped), via: 'alias' });
			continue;
		}
		if (META_COLUMNS.has(norm) || META_COLUMNS.has(stripped) || (normTitle !== undefined && META_COLUMNS.has(normTitle))) {
			mappings.push({ column, role: 'meta', title });
			continue;
		}
		mappings.push({ column, role: 'unknown', title });
	}
	return mappings;
}

function emptyCounts(): KwbCounts {
	return {
		records: 0,
		rows: 0,
		skipped: 0,
		columns: 0,
		mappedColumns: 0,
		unknownColumns: 0,
		gemeenten: 0,
		wijken: 0,
		buurten: 0,
		invalidCells: 0
	};
}

/** Parse a KWB CSV. Any fatal issue → no rows at all (never half an import). */
export function parseKwbCsv(text: string, options: KwbParseOptions = {}): KwbParseResult {
	const report = new ReportBuilder();
	const counts = emptyCounts();

	let keyTitles: Map<string, string> | undefined;
	if (options.dataProperties !== undefined) {
		const dp = readDataProperties(options.dataProperties);
		if (dp.issue) report.addWarning(dp.issue);
		if (dp.titles.size > 0) keyTitles = dp.titles;
	}

	const parsed = parseCsvTable(text);
	if (!parsed.ok) {
		report.addFatal(parsed.issue);
		return { rows: [], columns: [], delimiter: null, report: report.build(counts) };
	}
	const { header, records, delimiter } = parsed.table;
	const columns = mapKwbColumns(header, keyTitles);
	counts.columns = header.length;
	counts.records = records.length;

	const codeIdx = columns.findIndex((c) => c.role === 'code');
	if (codeIdx < 0) report.addFatal({ code: 'missingCodeColumn', detail: header.join(', ') });

	const seenIndicators = new Map<string, string>();
	const indicatorCols: { idx: number; key: string; column: string }[] = [];
	columns.forEach((c, idx) => {
		if (c.role === 'indicator' && c.indicator) {
			const earlier = seenIndicators.get(c.indicator);
			if (earlier !== undefined) {
				report.addWarning({ code: 'ambiguousColumn', column: c.column, detail: `${c.indicator} = "${earlier}"` });
				return;
			}
			seenIndicators.set(c.indicator, c.column);
			indicatorCols.push({ idx, key: c.indicator, column: c.column });
		} else if (c.role === 'unknown') {
			report.addWarning({ code: 'unknownColumn', column: c.column, detail: c.title });
		}
	});
	counts.mappedColumns = indicatorCols.length;
	counts.unknownColumns = columns.filter((c) => c.role === 'unknown').length;

	if (report.hasFatal) return { rows: [], columns, delimiter, report: report.build(counts) };

	const nameIdx = columns.findIndex((c) => c.role === 'name');
	const levelIdx = columns.findIndex((c) => c.role === 'level');
	const yearIdx = columns.findIndex((c) => c.role === 'year');
	const tally = new InvalidCellTally();
	const seenCodes = new Map<string, number>();
	const rows: KwbRow[] = [];

	for (const { line, fields } of records) {
		const check = validateAreaCode(fields[codeIdx] ?? '');
		if (!check.ok) {
			report.addWarning({ code: check.error, row: line, areaCode: check.code, detail: check.detail });
			counts.skipped++;
			continue;
		}
		const firstLine = seenCodes.get(check.code);
		if (firstLine !== undefined) {
			report.addWarning({
				code: 'duplicateCode',
				row: line,
				areaCode: check.code,
				detail: `Eerder op regel ${firstLine}; deze regel wordt overgeslagen.`
			});
			counts.skipped++;
			continue;
		}
		seenCodes.set(check.code, line);

		if (levelIdx >= 0) {
			const levelWord = (fields[levelIdx] ?? '').trim().toLowerCase();
			const stated = LEVEL_WORDS[levelWord];
			if (stated && stated !== check.level) {
				report.addWarning({ code: 'levelMismatch', row: line, areaCode: check.code, detail: levelWord });
			}
		}

		const values: Record<string, number | null> = {};
		for (const col of indicatorCols) {
			const cell = fields[col.idx];
			const { value, invalid } = parseNumberCell(cell, delimiter === ';');
			if (invalid) tally.add(col.column, line, (cell ?? '').trim());
			values[col.key] = value;
		}

		let year: number | null = options.year ?? null;
		if (yearIdx >= 0) {
			// CBS periods look like "2024JJ00"; a plain year column is "2024".
			const m = /^(\d{4})/.exec((fields[yearIdx] ?? '').trim());
			if (m) year = Number(m[1]);
		}

		const name = nameIdx >= 0 ? (fields[nameIdx] ?? '').trim() || null : null;
		rows.push({
			code: check.code,
			level: check.level,
			name,
			municipalityCode: gemeenteOf(check.code) as string,
			year,
			values
		});
		if (check.level === 'gemeente') counts.gemeenten++;
		else if (check.level === 'wijk') counts.wijken++;
		else counts.buurten++;
	}

	for (const issue of tally.toIssues()) report.addWarning(issue);
	// Every line rejected: most likely the wrong file (or the wrong code column).
	if (records.length > 0 && rows.length === 0) report.addFatal({ code: 'noValidRows' });
	counts.invalidCells = tally.total;
	counts.rows = rows.length;
	return { rows, columns, delimiter, report: report.build(counts) };
}

/** Look up the definition (title, unit, labels) of an indicator key. */
export function indicatorDefinition(key: string): IndicatorDefinition | undefined {
	return KWB_INDICATORS.find((i) => i.key === key);
}
