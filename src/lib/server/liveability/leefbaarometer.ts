/**
 * Leefbaarometer 3.x scores CSV → one row per area and year.
 *
 * Official open-data columns: `<level>_code` (gm_code, wk_code, bu_code), `<level>_naam`, `jaar`,
 * `lbm` (total score), `afw` (deviation from the national mean) and the dimension contributions
 * `fys`, `onv`, `soc`, `vrz`, `won`. Exports made with pandas/R add an unnamed index column first.
 * The 9 classes are not in these files and their thresholds differ per edition, so we keep scores.
 */
import { gemeenteOf, validateAreaCode, type AreaLevel } from './codes';
import { InvalidCellTally, normalizeHeader, parseCsvTable, parseNumberCell, type Delimiter } from './csv';
import { ReportBuilder, type ValidationReport } from './reports';

export const LBM_SCORE_KEYS = ['lbm', 'afw', 'fys', 'onv', 'soc', 'vrz', 'won'] as const;
export type LbmScoreKey = (typeof LBM_SCORE_KEYS)[number];

export const LBM_SCORE_LABELS: Record<LbmScoreKey, { nl: string; en: string }> = {
	lbm: { nl: 'Leefbaarheid (totaalscore)', en: 'Liveability (total score)' },
	afw: { nl: 'Afwijking van het landelijk gemiddelde', en: 'Deviation from the national mean' },
	fys: { nl: 'Fysieke omgeving', en: 'Physical environment' },
	onv: { nl: 'Overlast en onveiligheid', en: 'Nuisance and insecurity' },
	soc: { nl: 'Sociale samenhang', en: 'Social cohesion' },
	vrz: { nl: 'Voorzieningen', en: 'Facilities' },
	won: { nl: 'Woningvoorraad', en: 'Housing stock' }
};

/** Names of the 9 liveability classes (1 = lowest). Labels only: thresholds are not in the file. */
export const LBM_CLASS_LABELS_NL = [
	'zeer onvoldoende',
	'ruim onvoldoende',
	'onvoldoende',
	'zwak',
	'voldoende',
	'ruim voldoende',
	'goed',
	'zeer goed',
	'uitstekend'
] as const;

export interface LbmRow {
	code: string;
	level: AreaLevel;
	name: string | null;
	municipalityCode: string;
	year: number;
	scores: Record<LbmScoreKey, number | null>;
}

export interface LbmCounts extends Record<string, number> {
	records: number;
	rows: number;
	skipped: number;
	areas: number;
	years: number;
	invalidCells: number;
	unknownColumns: number;
}

export interface LbmParseResult {
	rows: LbmRow[];
	delimiter: Delimiter | null;
	/** Distinct years in the file, ascending. */
	years: number[];
	codeColumn: string | null;
	report: ValidationReport<LbmCounts>;
}

export interface LbmParseOptions {
	/** Year to use when the file has no `jaar` column. */
	year?: number;
}

const CODE_COLUMN = /^(gm|wk|bu|gwb|stat)?_?code$/;
const NAME_COLUMN = /^(gm|wk|bu|gwb|stat)?_?naam$|^name$/;
const YEAR_COLUMNS = new Set(['jaar', 'year', 'meting']);
const KNOWN_EXTRA = new Set(['gm_code', 'gm_naam', 'wk_code', 'wk_naam', 'gemeentenaam', 'gemeentecode', 'wijkcode', 'klasse', 'lbm_klasse', 'afw_klasse', 'kl', 'geometry', 'id']);

/** Pandas writes "" or "Unnamed: 0"; R writes ""; some tools write a number ("1"). */
function looksLikeIndexHeader(h: string): boolean {
	const t = h.trim();
	return t === '' || /^unnamed:?\s*\d*$/i.test(t) || /^\d+$/.test(t) || t === 'index' || t === 'X' || t === '...1';
}

function emptyCounts(): LbmCounts {
	return { records: 0, rows: 0, skipped: 0, areas: 0, years: 0, invalidCells: 0, unknownColumns: 0 };
}

export function parseLeefbaarometerCsv(text: string, options: LbmParseOptions = {}): LbmParseResult {
	const report = new ReportBuilder();
	const counts = emptyCounts();
	const parsed = parseCsvTable(text);
	if (!parsed.ok) {
		report.addFatal(parsed.issue);
		return { rows: [], delimiter: null, years: [], codeColumn: null, report: report.build(counts) };
	}
	const { header, records, delimiter } = parsed.table;
	counts.records = records.length;
	const lower = header.map((h) => h.trim().toLowerCase());

	// The most specific level wins: a buurt file may also carry gm_code/wk_code for reference.
	const codeIdx = ['bu_code', 'wk_code', 'gm_code']
		.map((name) => lower.indexOf(name))
		.concat(lower.findIndex((h) => CODE_COLUMN.test(h)))
		.find((i) => i >= 0) ?? -1;
	const levelPrefix = codeIdx >= 0 ? lower[codeIdx].slice(0, 2) : '';
	const nameIdx = ['bu', 'wk', 'gm'].includes(levelPrefix)
		? lower.indexOf(`${levelPrefix}_naam`)
		: lower.findIndex((h) => NAME_COLUMN.test(h));
	const yearIdx = lower.findIndex((h) => YEAR_COLUMNS.has(h));
	const scoreIdx = {} as Record<LbmScoreKey, number>;
	for (const key of LBM_SCORE_KEYS) scoreIdx[key] = lower.indexOf(key);

	if (codeIdx < 0) report.addFatal({ code: 'missingCodeColumn', detail: header.join(', ') });
	if (yearIdx < 0 && options.year === undefined) report.addFatal({ code: 'missingYearColumn' });
	if (LBM_SCORE_KEYS.every((k) => scoreIdx[k] < 0)) report.addFatal({ code: 'noScoreColumns' });
	else {
		for (const key of LBM_SCORE_KEYS) if (scoreIdx[key] < 0) report.addWarning({ code: 'missingScoreColumn', column: key });
	}

	const used = new Set([codeIdx, nameIdx, yearIdx, ...Object.values(scoreIdx)]);
	header.forEach((h, idx) => {
		if (used.has(idx)) return;
		if (idx === 0 && looksLikeIndexHeader(h)) return; // row index from a data-frame export
		if (KNOWN_EXTRA.has(h.trim().toLowerCase()) || normalizeHeader(h) === '') return;
		counts.unknownColumns++;
		report.addWarning({ code: 'unknownColumn', column: h });
	});

	if (report.hasFatal) {
		return { rows: [], delimiter, years: [], codeColumn: codeIdx >= 0 ? header[codeIdx] : null, report: report.build(counts) };
	}

	// wk_code → expect wijk codes; a plain "code" column accepts all levels.
	const prefix = lower[codeIdx].slice(0, 2);
	const expectedLevel: AreaLevel | undefined =
		prefix === 'gm' ? 'gemeente' : prefix === 'wk' ? 'wijk' : prefix === 'bu' ? 'buurt' : undefined;

	const tally = new InvalidCellTally();
	const seen = new Map<string, number>();
	const rows: LbmRow[] = [];
	const areas = new Set<string>();
	const years = new Set<number>();

	for (const { line, fields } of records) {
		const check = validateAreaCode(fields[codeIdx] ?? '', expectedLevel);
		if (!check.ok) {
			report.addWarning({ code: check.error, row: line, areaCode: check.code, detail: check.detail });
			counts.skipped++;
			continue;
		}
		let year = options.year ?? NaN;
		if (yearIdx >= 0) {
			const rawYear = (fields[yearIdx] ?? '').trim();
			year = /^\d{4}$/.test(rawYear) ? Number(rawYear) : NaN;
			if (!(year >= 1990 && year <= 2100)) {
				report.addWarning({ code: 'invalidYear', row: line, areaCode: check.code, detail: rawYear });
				counts.skipped++;
				continue;
			}
		}
		const key = `${check.code}|${year}`;
		const firstLine = seen.get(key);
		if (firstLine !== undefined) {
			report.addWarning({
				code: 'duplicateCode',
				row: line,
				areaCode: check.code,
				detail: `Jaar ${year} staat ook op regel ${firstLine}; deze regel wordt overgeslagen.`
			});
			counts.skipped++;
			continue;
		}
		seen.set(key, line);

		const scores = {} as Record<LbmScoreKey, number | null>;
		for (const k of LBM_SCORE_KEYS) {
			const idx = scoreIdx[k];
			if (idx < 0) {
				scores[k] = null;
				continue;
			}
			const { value, invalid } = parseNumberCell(fields[idx], delimiter === ';');
			if (invalid) tally.add(header[idx], line, (fields[idx] ?? '').trim());
			scores[k] = value;
		}
		rows.push({
			code: check.code,
			level: check.level,
			name: nameIdx >= 0 ? (fields[nameIdx] ?? '').trim() || null : null,
			municipalityCode: gemeenteOf(check.code) as string,
			year,
			scores
		});
		areas.add(check.code);
		years.add(year);
	}

	for (const issue of tally.toIssues()) report.addWarning(issue);
	// Every line rejected: most likely the wrong file (or the wrong code column).
	if (records.length > 0 && rows.length === 0) report.addFatal({ code: 'noValidRows' });
	counts.invalidCells = tally.total;
	counts.rows = rows.length;
	counts.areas = areas.size;
	counts.years = years.size;
	return {
		rows,
		delimiter,
		years: [...years].sort((a, b) => a - b),
		codeColumn: header[codeIdx],
		report: report.build(counts)
	};
}
