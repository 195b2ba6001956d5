/**
 * Shared CSV plumbing for the KWB and Leefbaarometer importers: delimiter detection,
 * BOM handling, number parsing (decimal comma, CBS "secret" markers) and csv-parse errors.
 */
import { parse } from 'csv-parse/sync';
import type { Issue } from './reports';

export type Delimiter = ',' | ';' | '\t';

/** CBS writes -99999999 for "geheim/onbekend"; StatLine exports use "." for the same. */
export const SECRET_VALUES = new Set(['-99999999', '-99999999.0', '.', '-', 'x', '?']);

/** Strip a UTF-8 byte order mark (Excel writes one). */
export function stripBom(text: string): string {
	return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Pick the delimiter by counting candidates outside quotes on the header line.
 * The header is the most reliable line: data lines can hold decimal commas.
 */
export function detectDelimiter(text: string): Delimiter {
	const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
	let inQuotes = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (ch === '"') inQuotes = !inQuotes;
		else if (!inQuotes && (ch === '\n' || ch === '\r')) break;
		else if (!inQuotes && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
	}
	let best: Delimiter = ',';
	for (const d of [';', '\t'] as const) if (counts[d] > counts[best]) best = d;
	return best;
}

export interface CsvTable {
	delimiter: Delimiter;
	header: string[];
	/** Data records with the file line number where each record starts. */
	records: { line: number; fields: string[] }[];
}

export type CsvParseResult = { ok: true; table: CsvTable } | { ok: false; issue: Issue };

interface CsvParseErrorLike {
	code?: string;
	message?: string;
	lines?: number;
}

/** Parse CSV text into a header and records; broken quoting becomes one fatal issue. */
export function parseCsvTable(text: string): CsvParseResult {
	const clean = stripBom(text);
	if (clean.trim() === '') return { ok: false, issue: { code: 'emptyFile' } };
	const delimiter = detectDelimiter(clean);
	let raw: { record: string[]; info: { lines: number; bytes: number } }[];
	try {
		raw = parse(clean, {
			delimiter,
			bom: true,
			info: true,
			relax_column_count: true,
			skip_empty_lines: true,
			trim: false
		}) as unknown as { record: string[]; info: { lines: number; bytes: number } }[];
	} catch (error) {
		const e = error as CsvParseErrorLike;
		return {
			ok: false,
			issue: { code: 'csvMalformed', row: e.lines, detail: `${e.code ?? 'CSV_ERROR'}: ${e.message ?? String(error)}` }
		};
	}
	if (raw.length === 0) return { ok: false, issue: { code: 'emptyFile' } };
	const [first, ...rest] = raw;
	const header = first.record.map((h) => h.trim());
	// info.lines is the line where the record ends; a multi-line record starts earlier, but
	// records with embedded newlines are rare in these files, so the end line is good enough.
	const records = rest.map((r) => ({ line: r.info.lines, fields: r.record }));
	return { ok: true, table: { delimiter, header, records } };
}

export type NumberParse = { value: number | null; invalid: boolean };

const PLAIN_NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const DECIMAL_COMMA = /^[-+]?\d+,\d+$/;
const DUTCH_GROUPED = /^[-+]?\d{1,3}(\.\d{3})+(,\d+)?$/;

/**
 * Parse a cell: empty and secret markers → null; "1,7" → 1.7; "1.234,5" → 1234.5.
 * With `dutchNotation` (files separated by ";", as Dutch Excel writes them) "69.000" is read as
 * 69000; otherwise a dot is a decimal point. Anything else is reported as invalid (value null).
 */
export function parseNumberCell(raw: string | undefined, dutchNotation = false): NumberParse {
	if (raw === undefined) return { value: null, invalid: false };
	const s = raw.trim();
	if (s === '' || SECRET_VALUES.has(s)) return { value: null, invalid: false };
	let normalized: string | null = null;
	if (dutchNotation && DUTCH_GROUPED.test(s)) normalized = s.replace(/\./g, '').replace(',', '.');
	else if (PLAIN_NUMBER.test(s)) normalized = s;
	else if (DECIMAL_COMMA.test(s)) normalized = s.replace(',', '.');
	else if (DUTCH_GROUPED.test(s) && s.includes(',')) normalized = s.replace(/\./g, '').replace(',', '.');
	if (normalized === null) return { value: null, invalid: true };
	const value = Number(normalized);
	if (!Number.isFinite(value)) return { value: null, invalid: true };
	// Some exports write the secret marker as a float or with another magnitude of nines.
	if (value === -99999999 || value === -99999998 || value === -99999997) return { value: null, invalid: false };
	return { value, invalid: false };
}

/** Lower-case, strip accents, units in brackets and everything but letters and digits. */
export function normalizeHeader(header: string): string {
	return header
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/\s*[[(][^\])]*[\])]\s*$/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]/g, '');
}

/** Counts invalid cells per column so a bad column yields one warning, not thousands. */
export class InvalidCellTally {
	private readonly byColumn = new Map<string, { count: number; firstRow: number; sample: string }>();

	add(column: string, row: number, sample: string): void {
		const entry = this.byColumn.get(column);
		if (entry) entry.count++;
		else this.byColumn.set(column, { count: 1, firstRow: row, sample });
	}

	toIssues(): Issue[] {
		return [...this.byColumn.entries()].map(([column, e]) => ({
			code: 'invalidNumber' as const,
			row: e.firstRow,
			column,
			detail: e.count > 1 ? `"${e.sample}"; ${e.count}×` : `"${e.sample}"`
		}));
	}

	get total(): number {
		let n = 0;
		for (const e of this.byColumn.values()) n += e.count;
		return n;
	}
}
