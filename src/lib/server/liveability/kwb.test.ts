import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseNumberCell } from './csv';
import { mapKwbColumns, parseKwbCsv, readDataProperties } from './kwb';
import { formatIssue } from './reports';

const fixture = (name: string) => fs.readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const shared = (...parts: string[]) => path.resolve('..', 'shared', 'data', ...parts);

const KWB_NL = shared('kwb', 'kwb2024_gemeenten_wijken_buurten_nl.csv');
const KWB_STOCK = shared('kwb', 'kwb2024_85984NED_gemeenten_wijken_woningvoorraad.csv');
const KWB_DP = shared('kwb', 'kwb2024_85984NED_DataProperties.json');
const HAVE_SHARED = fs.existsSync(KWB_NL) && fs.existsSync(KWB_STOCK) && fs.existsSync(KWB_DP);
if (!HAVE_SHARED) console.warn(`Skipping real-data KWB tests: ${path.dirname(KWB_NL)} not found`);

describe('csv helpers', () => {
	it('detects the delimiter from the header line', () => {
		expect(detectDelimiter('a;b;c\n1,5;2;3')).toBe(';');
		expect(detectDelimiter('a,b,"c;d"\n1;2')).toBe(',');
		expect(detectDelimiter('a\tb\tc\n')).toBe('\t');
	});

	it('parses numbers with decimal comma and CBS secret markers', () => {
		expect(parseNumberCell('2,1').value).toBe(2.1);
		expect(parseNumberCell('1.234,5').value).toBe(1234.5);
		expect(parseNumberCell('69.000', true).value).toBe(69000);
		expect(parseNumberCell('69.000', false).value).toBe(69);
		expect(parseNumberCell('-99999999')).toEqual({ value: null, invalid: false });
		expect(parseNumberCell('')).toEqual({ value: null, invalid: false });
		expect(parseNumberCell('.')).toEqual({ value: null, invalid: false });
		expect(parseNumberCell('veel')).toEqual({ value: null, invalid: true });
		expect(parseNumberCell('-0.5').value).toBe(-0.5);
	});
});

describe('parseKwbCsv on small fixtures', () => {
	it('reads a ;-separated file with BOM, decimal comma and Dutch thousands', () => {
		const res = parseKwbCsv(fixture('kwb_semicolon_bom.csv'), { year: 2024 });
		expect(res.delimiter).toBe(';');
		expect(res.report.ok).toBe(true);
		const gm = res.rows.find((r) => r.code === 'GM0106');
		expect(gm).toMatchObject({ level: 'gemeente', name: 'Assen', municipalityCode: 'GM0106', year: 2024 });
		expect(gm?.values).toMatchObject({ inhabitants: 69000, householdSize: 2.1, ownerOccupiedPct: 55, wozValue: 283.5 });
		const wk = res.rows.find((r) => r.code === 'WK010601');
		expect(wk?.values.ownerOccupiedPct).toBeNull(); // -99999999
		expect(wk?.values.wozValue).toBeNull(); // empty
		expect(res.rows.find((r) => r.code === 'BU01060105')?.municipalityCode).toBe('GM0106');
	});

	it('reports unknown columns, bad codes, duplicates and bad numbers without failing', () => {
		const res = parseKwbCsv(fixture('kwb_semicolon_bom.csv'));
		const codes = res.report.warnings.map((w) => w.code);
		expect(res.report.warnings).toContainEqual(expect.objectContaining({ code: 'unknownColumn', column: 'onbekendeKolom' }));
		expect(res.report.warnings).toContainEqual(
			expect.objectContaining({ code: 'codeWrongLength', row: 5, areaCode: 'BU0106010', detail: 'buurtcode' })
		);
		expect(res.report.warnings).toContainEqual(expect.objectContaining({ code: 'duplicateCode', row: 6, areaCode: 'WK010601' }));
		expect(codes).toContain('invalidNumber');
		const invalid = res.report.warnings.find((w) => w.code === 'invalidNumber');
		expect(invalid).toMatchObject({ row: 7, column: 'inwoners' });
		expect(res.rows.map((r) => r.code)).toEqual(['GM0106', 'WK010601', 'BU01060105', 'BU01060106']);
		expect(res.report.counts).toMatchObject({ records: 6, rows: 4, skipped: 2, unknownColumns: 1, gemeenten: 1, wijken: 1, buurten: 2 });
		expect(formatIssue(res.report.warnings.find((w) => w.code === 'codeWrongLength')!)).toBe(
			"Regel 5: de code 'BU0106010' is geen geldige buurtcode. Het aantal cijfers klopt niet."
		);
	});

	it('maps CBS OData keys by their DataProperties title, whatever the number suffix', () => {
		const dp = JSON.parse(fixture('kwb_odata_dataproperties.json'));
		const res = parseKwbCsv(fixture('kwb_odata_keys.csv'), { dataProperties: dp, year: 2025 });
		expect(res.report.ok).toBe(true);
		const byColumn = Object.fromEntries(res.columns.map((c) => [c.column, c]));
		expect(byColumn['WijkenEnBuurten'].role).toBe('code');
		expect(byColumn['SoortRegio_2'].role).toBe('level');
		expect(byColumn['InBezitWoningcorporatie_50']).toMatchObject({ indicator: 'corporationOwnedPct', via: 'title' });
		expect(byColumn['Woningvoorraad_36']).toMatchObject({ indicator: 'homes', via: 'title' });
		expect(byColumn['k_65JaarOfOuder_13']).toMatchObject({ indicator: 'inhabitants65plus', via: 'title' });
		expect(byColumn['Nederland_17'].role).toBe('unknown');
		expect(res.rows).toHaveLength(3);
		expect(res.rows[0]).toMatchObject({ code: 'GM0106', level: 'gemeente' }); // padding trimmed
		expect(res.rows[0].values).toMatchObject({ inhabitants: 69000, homes: 32000, corporationOwnedPct: 38, wozValue: 283, inhabitants65plus: 9000 });
		expect(res.rows[2].values.corporationOwnedPct).toBeNull();
		expect(res.report.warnings.filter((w) => w.code === 'levelMismatch')).toHaveLength(0);
	});

	it('without DataProperties still maps CamelCase keys whose stem is the title', () => {
		const cols = mapKwbColumns(['code', 'InBezitWoningcorporatie_49', 'Woningvoorraad_35', 'k_65JaarOfOuder_12']);
		expect(cols[1]).toMatchObject({ indicator: 'corporationOwnedPct', via: 'keyAsTitle' });
		expect(cols[2]).toMatchObject({ indicator: 'homes' });
		expect(cols[3].role).toBe('unknown');
	});

	it('maps the PDOK wijk- en buurtkaart attribute names (as in the Hengelo file)', () => {
		const cols = mapKwbColumns([
			'buurtcode',
			'code',
			'aantal_inwoners',
			'woningvoorraad',
			'gemiddelde_woningwaarde',
			'percentage_koopwoningen',
			'perc_huurwoningen_in_bezit_woningcorporaties',
			'percentage_leegstand_woningen'
		]);
		expect(cols.map((c) => c.indicator ?? c.role)).toEqual([
			'meta',
			'code',
			'inhabitants',
			'homes',
			'wozValue',
			'ownerOccupiedPct',
			'corporationOwnedPct',
			'vacantPct'
		]);
	});

	it('uses buurtcode as the code column when there is no better one', () => {
		const res = parseKwbCsv('gemeentecode,wijkcode,buurtcode,buurtnaam,aantal_inwoners\nGM0164,WK016400,BU01640000,Centrum,880\n');
		expect(res.rows[0]).toMatchObject({ code: 'BU01640000', level: 'buurt', values: { inhabitants: 880 } });
	});

	it('reports an invalid closing quote as fatal too', () => {
		const res = parseKwbCsv('code,naam\nGM0106,"Assen"x\n');
		expect(res.report.fatal[0]).toMatchObject({ code: 'csvMalformed', row: 2 });
		expect(res.report.fatal[0].detail).toContain('CSV_INVALID_CLOSING_QUOTE');
	});

	it('reads DataProperties as array or OData envelope and rejects junk', () => {
		const arr = [{ Key: 'Woningvoorraad_35', Title: 'Woningvoorraad' }];
		expect(readDataProperties(arr).titles.get('Woningvoorraad_35')).toBe('Woningvoorraad');
		expect(readDataProperties({ value: arr }).titles.size).toBe(1);
		expect(readDataProperties('nope').issue?.code).toBe('invalidDataProperties');
	});

	it('fails without a code column and returns no rows', () => {
		const res = parseKwbCsv('naam,inwoners\nAssen,69000\n');
		expect(res.report.ok).toBe(false);
		expect(res.report.fatal[0].code).toBe('missingCodeColumn');
		expect(res.rows).toEqual([]);
	});

	it('fails on broken quoting with the line number from csv-parse', () => {
		const res = parseKwbCsv(fixture('kwb_broken_quote.csv'));
		expect(res.report.ok).toBe(false);
		expect(res.report.fatal[0]).toMatchObject({ code: 'csvMalformed' });
		expect(res.report.fatal[0].row).toBeGreaterThanOrEqual(3);
		expect(res.report.fatal[0].detail).toMatch(/CSV_QUOTE_NOT_CLOSED|CSV_INVALID_CLOSING_QUOTE/);
		expect(res.rows).toEqual([]);
	});

	it('is fatal when no line has a valid code, and caps repeated warnings', () => {
		const lines = Array.from({ length: 250 }, (_, i) => `ART${i},Schroef,${i}`);
		const res = parseKwbCsv(`code,naam,inwoners\n${lines.join('\n')}\n`);
		expect(res.report.ok).toBe(false);
		expect(res.report.fatal.map((f) => f.code)).toEqual(['noValidRows']);
		expect(res.report.warnings.filter((w) => w.code === 'codeUnknownPrefix')).toHaveLength(100);
		expect(res.report.warnings.at(-1)).toMatchObject({ code: 'moreIssues', column: 'codeUnknownPrefix', detail: 'codeUnknownPrefix: +150' });
		expect(res.report.counts.skipped).toBe(250);
		expect(res.rows).toEqual([]);
	});

	it('treats an empty file as fatal', () => {
		expect(parseKwbCsv('').report.fatal[0].code).toBe('emptyFile');
		expect(parseKwbCsv('\ufeff\n\n').report.fatal[0].code).toBe('emptyFile');
	});
});

describe.skipIf(!HAVE_SHARED)('parseKwbCsv on the real CBS files (../shared/data/kwb)', () => {
	it('parses the national KWB 2024 CSV (18,309 rows) quickly', () => {
		const text = fs.readFileSync(KWB_NL, 'utf8');
		const t0 = performance.now();
		const res = parseKwbCsv(text, { year: 2024 });
		const ms = performance.now() - t0;
		console.log(`KWB national CSV: ${res.rows.length} rows parsed in ${ms.toFixed(0)} ms`);
		expect(ms).toBeLessThan(5000);
		expect(res.report.ok).toBe(true);
		expect(res.report.counts).toMatchObject({ rows: 18309, gemeenten: 342, wijken: 3393, buurten: 14574, unknownColumns: 0, skipped: 0 });
		expect(res.report.warnings.filter((w) => w.code === 'duplicateCode')).toHaveLength(0);
		const groningen = res.rows.find((r) => r.code === 'GM0014');
		expect(groningen).toMatchObject({ name: 'Groningen', level: 'gemeente', year: 2024 });
		expect(groningen?.values).toMatchObject({
			inhabitants: 243768,
			households: 145764,
			householdSize: 1.7,
			density: 1314,
			wozValue: 300,
			ownerOccupiedPct: 40,
			incomePerInhabitant: 32.1,
			crimePer1000: 57.1,
			goodHealthPct: 74.7,
			distanceGp: 0.9
		});
		const buurt = res.rows.find((r) => r.code === 'BU00141908');
		expect(buurt?.municipalityCode).toBe('GM0014');
		expect(buurt?.values.inhabitants).toBeNull(); // suppressed by CBS
	});

	it('maps the CBS-key file via DataProperties.json (homes = Woningvoorraad_35)', () => {
		const dp = JSON.parse(fs.readFileSync(KWB_DP, 'utf8'));
		const res = parseKwbCsv(fs.readFileSync(KWB_STOCK, 'utf8'), { dataProperties: dp, year: 2024 });
		expect(res.report.ok).toBe(true);
		expect(res.report.counts).toMatchObject({ rows: 3735, gemeenten: 342, wijken: 3393, unknownColumns: 0 });
		const mapped = Object.fromEntries(res.columns.filter((c) => c.indicator).map((c) => [c.column, c.indicator]));
		expect(mapped).toMatchObject({
			AantalInwoners_5: 'inhabitants',
			Woningvoorraad_35: 'homes',
			Bevolkingsdichtheid_34: 'density',
			OppervlakteLand_123: 'landAreaHa'
		});
		const gm = res.rows.find((r) => r.code === 'GM1680');
		expect(gm?.values).toMatchObject({ inhabitants: 25845, homes: 11500, men: 12867, women: 12978 });
	});

	it('DataProperties maps the 2024 corporation column by title', () => {
		const dp = JSON.parse(fs.readFileSync(KWB_DP, 'utf8'));
		const { titles } = readDataProperties(dp);
		expect(titles.get('InBezitWoningcorporatie_49')).toBe('In bezit woningcorporatie');
		const cols = mapKwbColumns(['WijkenEnBuurten', 'InBezitWoningcorporatie_49', 'Koopwoningen_47', 'AfstandTotSchool_120'], titles);
		expect(cols.map((c) => c.indicator ?? c.role)).toEqual(['code', 'corporationOwnedPct', 'ownerOccupiedPct', 'distanceSchool']);
	});
});
