// Import of agreements from a CSV or XLSX file made from the template. Every row is checked
// with the same rules as the form; one bad row and nothing is imported.
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import type { Db } from '../db';
import type { Actor } from '../auth/access';
import type { SpaceContext } from '../spaces/store';
import { toAmsterdamDate } from '../advice/rules';
import { currentCycleYear } from './cycle';
import { agreementSchema, toValues, type AgreementValues } from './schemas';
import { tableColumns } from './columns';
import { createAgreements, ensureSet } from './store';
import { THEMES } from './rules';

export interface ImportError {
	/** 1-based row in the file, the header being row 1; 0 for the file itself. */
	row: number;
	field?: string;
	message: string;
	value?: string;
}

export const MAX_IMPORT_ROWS = 1000;

async function readRows(file: File): Promise<string[][] | ImportError> {
	const buffer = Buffer.from(await file.arrayBuffer());
	const name = file.name.toLowerCase();
	if (name.endsWith('.xlsx')) {
		const workbook = new ExcelJS.Workbook();
		try {
			await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
		} catch {
			return { row: 0, message: 'agrImportBroken' };
		}
		const sheet = workbook.worksheets[0];
		if (!sheet) return { row: 0, message: 'agrImportBroken' };
		const rows: string[][] = [];
		sheet.eachRow({ includeEmpty: true }, (row) => {
			const values = (row.values as unknown[]).slice(1);
			rows.push(values.map(cellText));
		});
		return rows;
	}
	if (name.endsWith('.csv')) {
		const text = buffer.toString('utf8').replace(/^\uFEFF/, '');
		const firstLine = text.split(/\r?\n/, 1)[0];
		try {
			return parse(text, { delimiter: firstLine.includes(';') ? ';' : ',', relax_column_count: true, skip_empty_lines: true });
		} catch {
			return { row: 0, message: 'agrImportBroken' };
		}
	}
	return { row: 0, message: 'agrImportType' };
}

function cellText(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (typeof value === 'object') {
		const v = value as { text?: string; result?: unknown; richText?: { text: string }[] };
		if (v.richText) return v.richText.map((r) => r.text).join('');
		if (v.text !== undefined) return String(v.text);
		if (v.result !== undefined) return cellText(v.result);
	}
	return String(value).replace('.', typeof value === 'number' ? ',' : '.');
}

/** Checks a whole file; returns the values to store, or the errors per row. */
export function checkRows(rows: string[][], space: SpaceContext, year: number): { ok: true; values: AgreementValues[] } | { ok: false; errors: ImportError[] } {
	const columns = tableColumns(year);
	const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
	const expected = columns.map((c) => c.header);
	if (header.length < expected.length || expected.some((h, i) => header[i] !== h)) {
		return { ok: false, errors: [{ row: 1, message: 'agrImportColumns', value: expected.join(', ') }] };
	}
	const body = rows.slice(1).map((r, i) => ({ cells: r, row: i + 2 })).filter((r) => r.cells.some((c) => c.trim() !== ''));
	if (body.length === 0) return { ok: false, errors: [{ row: 0, message: 'agrImportEmpty' }] };
	if (body.length > MAX_IMPORT_ROWS) return { ok: false, errors: [{ row: 0, message: 'agrImportTooMany' }] };
	const schema = agreementSchema(year);
	const byName = new Map(space.participants.map((p) => [p.name.toLowerCase(), p.organisationId]));
	const themeByLabel = new Map<string, string>(THEMES.map((t) => [t.toLowerCase(), t]));
	const errors: ImportError[] = [];
	const values: AgreementValues[] = [];
	for (const { cells, row } of body) {
		const record = Object.fromEntries(columns.map((c, i) => [c.key, (cells[i] ?? '').trim()])) as Record<string, string>;
		const partyNames = record.parties.split(/[;\n]/).map((s) => s.trim()).filter(Boolean);
		const unknown = partyNames.filter((n) => !byName.has(n.toLowerCase()));
		for (const name of unknown) errors.push({ row, field: 'partijen', message: 'agrImportUnknownParty', value: name });
		const theme = themeByLabel.get(record.theme.toLowerCase()) ?? record.theme;
		const parsed = schema.safeParse({ ...record, theme, parties: partyNames.map((n) => byName.get(n.toLowerCase())).filter(Boolean) });
		if (!parsed.success) {
			for (const issue of parsed.error.issues) {
				const key = String(issue.path[0] ?? '');
				errors.push({ row, field: columns.find((c) => c.key === key)?.header ?? key, message: issue.message, value: record[key] });
			}
		} else if (unknown.length === 0) values.push(toValues(parsed.data, year));
	}
	return errors.length ? { ok: false, errors } : { ok: true, values };
}

export async function importAgreements(db: Db, actor: Actor, space: SpaceContext, file: File) {
	const rows = await readRows(file);
	if (!Array.isArray(rows)) return { ok: false as const, errors: [rows] };
	const set = await ensureSet(db, actor, space.id, currentCycleYear(toAmsterdamDate(new Date())));
	const checked = checkRows(rows, space, set.year);
	if (!checked.ok) return checked;
	const result = await createAgreements(db, actor, set, checked.values);
	if (!result.ok) return { ok: false as const, errors: [{ row: 0, message: 'agrLocked' }] };
	return { ok: true as const, count: checked.values.length };
}
