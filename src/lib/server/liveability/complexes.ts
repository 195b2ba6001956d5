// A corporation's complexes from CSV or XLSX: column names in Dutch or English, one row per
// complex, energy labels as label_A … label_G counts. Pure except reading the XLSX buffer.
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { validateAreaCode } from './codes';
import { detectDelimiter, stripBom } from './csv';

export interface ComplexRow {
	number: string;
	name: string;
	buurtCode: string | null;
	address: string | null;
	homes: number | null;
	buildYear: number | null;
	labels: Record<string, number>;
}

export interface ComplexProblem {
	row: number;
	column?: string;
	/** Message key without err_ (e.g. lvComplexNumber). */
	text: string;
}

const ALIASES: Record<keyof Omit<ComplexRow, 'labels'>, string[]> = {
	number: ['complexnummer', 'complex', 'nummer', 'number', 'complex_number', 'complexnr'],
	name: ['naam', 'name', 'complexnaam'],
	buurtCode: ['buurtcode', 'buurt', 'bu_code', 'buurt_code', 'neighbourhood'],
	address: ['adres', 'address', 'straat'],
	homes: ['woningen', 'aantal_woningen', 'homes', 'vhe', 'aantal'],
	buildYear: ['bouwjaar', 'build_year', 'buildyear']
};

const norm = (h: string) => h.trim().toLowerCase().replace(/[\s-]+/g, '_');

/** Rows of cells (first = header) → complexes plus problems that say where. */
export function readComplexTable(table: string[][], municipalityCode: string): { rows: ComplexRow[]; problems: ComplexProblem[] } {
	const problems: ComplexProblem[] = [];
	const [header, ...body] = table;
	if (!header) return { rows: [], problems: [{ row: 1, text: 'empty' }] };
	const cols = header.map(norm);
	const idx = Object.fromEntries(Object.entries(ALIASES).map(([k, names]) => [k, cols.findIndex((c) => names.includes(c))])) as Record<keyof typeof ALIASES, number>;
	const labelCols = cols.map((c, i) => ({ c, i })).filter(({ c }) => /^(energie)?label_?[a-g](\+*)$/.test(c));
	if (idx.number < 0) problems.push({ row: 1, column: 'complexnummer', text: 'missingColumn' });
	if (idx.name < 0) problems.push({ row: 1, column: 'naam', text: 'missingColumn' });
	if (problems.length) return { rows: [], problems };
	const rows: ComplexRow[] = [];
	const seen = new Set<string>();
	body.forEach((cells, i) => {
		const line = i + 2;
		if (cells.every((c) => (c ?? '').trim() === '')) return;
		const get = (k: keyof typeof ALIASES) => (idx[k] >= 0 ? (cells[idx[k]] ?? '').trim() : '');
		const int = (k: keyof typeof ALIASES) => {
			const raw = get(k);
			if (raw === '') return null;
			const n = Number(raw.replace(/\./g, '').replace(',', '.'));
			if (!Number.isInteger(n) || n < 0) {
				problems.push({ row: line, column: header[idx[k]], text: 'notWholeNumber' });
				return null;
			}
			return n;
		};
		const number = get('number');
		if (!number) return void problems.push({ row: line, column: header[idx.number], text: 'missingValue' });
		if (seen.has(number)) return void problems.push({ row: line, column: header[idx.number], text: 'duplicate' });
		seen.add(number);
		const name = get('name') || number;
		let buurtCode: string | null = get('buurtCode') || null;
		if (buurtCode) {
			const v = validateAreaCode(buurtCode, 'buurt');
			if (!v.ok || v.code.slice(2, 6) !== municipalityCode.slice(2)) {
				problems.push({ row: line, column: header[idx.buurtCode], text: 'buurtNotInMunicipality' });
				buurtCode = null;
			} else buurtCode = v.code;
		}
		const labels: Record<string, number> = {};
		for (const { c, i: ci } of labelCols) {
			const raw = (cells[ci] ?? '').trim();
			if (!raw) continue;
			const n = Number(raw);
			if (!Number.isInteger(n) || n < 0) problems.push({ row: line, column: header[ci], text: 'notWholeNumber' });
			else if (n > 0) labels[c.replace(/^(energie)?label_?/, '').toUpperCase()] = n;
		}
		const buildYear = int('buildYear');
		if (buildYear !== null && (buildYear < 1500 || buildYear > 2100)) problems.push({ row: line, column: header[idx.buildYear], text: 'yearOutOfRange' });
		rows.push({ number, name, buurtCode, address: get('address') || null, homes: int('homes'), buildYear, labels });
	});
	return { rows, problems };
}

export function csvToTable(text: string): string[][] {
	const clean = stripBom(text);
	return parse(clean, { delimiter: detectDelimiter(clean), relax_column_count: true, skip_empty_lines: true }) as string[][];
}

export async function xlsxToTable(buffer: ArrayBuffer): Promise<string[][]> {
	const wb = new ExcelJS.Workbook();
	await wb.xlsx.load(buffer);
	const ws = wb.worksheets[0];
	const out: string[][] = [];
	ws?.eachRow({ includeEmpty: false }, (row) => {
		const cells: string[] = [];
		for (let c = 1; c <= ws.columnCount; c++) {
			const v = row.getCell(c).value;
			cells.push(v === null || v === undefined ? '' : typeof v === 'object' && 'result' in v ? String(v.result ?? '') : typeof v === 'object' && 'text' in v ? String(v.text) : String(v));
		}
		out.push(cells);
	});
	return out;
}
