// Column layout for CSV/XLSX exports of panel responses. Column keys are built from the question
// id, its revision and option codes only, never from positions or texts, so the same question
// lands in the same column in every survey version, and a question whose meaning changed (new
// revision, see meaningChanged) gets a new column instead of mixing answers.
import { stringify } from 'csv-stringify/sync';
import type { AnonymousResponse } from './anonymity';
import type { Question, Survey } from './survey';

export type ColumnKind = 'meta' | 'choice' | 'optionFlag' | 'rankPosition' | 'number' | 'text';

export interface ExportColumn {
	/** Header row 1: stable code, e.g. Q1, Q3_opt_a, Q5_rank_b, Q2_v2. */
	key: string;
	/** Header row 2: human label. */
	label: string;
	kind: ColumnKind;
	questionId: string | null;
	optionCode: string | null;
}

/** Q1 for revision 1, Q1_v2 for later revisions. */
export function questionColumnBase(q: Pick<Question, 'id' | 'revision'>): string {
	return q.revision > 1 ? `${q.id}_v${q.revision}` : q.id;
}

export function questionColumns(q: Question): ExportColumn[] {
	const base = questionColumnBase(q);
	const one = (kind: ColumnKind): ExportColumn[] => [{ key: base, label: q.text, kind, questionId: q.id, optionCode: null }];
	switch (q.type) {
		case 'singleChoice':
			return one('choice');
		case 'scale':
		case 'number':
			return one('number');
		case 'openText':
			return one('text');
		case 'multipleChoice':
			return q.options.map((o) => ({ key: `${base}_opt_${o.code}`, label: `${q.text} — ${o.label}`, kind: 'optionFlag', questionId: q.id, optionCode: o.code }));
		case 'ranking':
			return q.options.map((o) => ({ key: `${base}_rank_${o.code}`, label: `${q.text} — ${o.label}`, kind: 'rankPosition', questionId: q.id, optionCode: o.code }));
	}
}

export interface ExportOptions {
	/** Add the name column (only filled for tenants who lifted anonymity). Default false. */
	includeNames?: boolean;
}

export function exportColumns(survey: Survey, options: ExportOptions = {}): ExportColumn[] {
	const meta: ExportColumn[] = [
		{ key: 'source', label: 'Bron', kind: 'meta', questionId: null, optionCode: null },
		{ key: 'period', label: 'Periode', kind: 'meta', questionId: null, optionCode: null }
	];
	if (options.includeNames) meta.push({ key: 'name', label: 'Naam (anonimiteit opgeheven)', kind: 'meta', questionId: null, optionCode: null });
	return [...meta, ...survey.questions.flatMap(questionColumns)];
}

/** Union of the columns of several survey versions, in order of first appearance; later labels win. */
export function exportColumnsAcross(surveys: readonly Survey[], options: ExportOptions = {}): ExportColumn[] {
	const byKey = new Map<string, ExportColumn>();
	for (const s of surveys) for (const c of exportColumns(s, options)) byKey.set(c.key, c);
	return [...byKey.values()];
}

export type Cell = string | number | null;
export type ExportResponse = Pick<AnonymousResponse, 'answers' | 'source' | 'period' | 'optionalName'>;

/** One row of cells for one response; empty (null) where the question was not shown or answered. */
export function exportRow(columns: readonly ExportColumn[], r: ExportResponse): Cell[] {
	return columns.map((c) => {
		if (c.kind === 'meta') return c.key === 'source' ? r.source : c.key === 'period' ? r.period : (r.optionalName ?? null);
		const v = r.answers[c.questionId!];
		if (v === undefined) return null;
		switch (c.kind) {
			case 'optionFlag':
				return Array.isArray(v) ? (v.includes(c.optionCode!) ? 1 : 0) : null;
			case 'rankPosition': {
				const p = Array.isArray(v) ? v.indexOf(c.optionCode!) : -1;
				return p >= 0 ? p + 1 : null;
			}
			case 'number':
				return typeof v === 'number' ? v : null;
			default:
				return typeof v === 'string' ? v : null;
		}
	});
}

/**
 * Spreadsheet programs run cells starting with = + - @ as formulas (CSV injection). Free text is
 * prefixed with an apostrophe; numeric cells are left alone so negative numbers stay numbers.
 */
export function neutraliseFormula(text: string): string {
	return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export interface CsvOptions extends ExportOptions {
	/** ',' (default) or ';' for Excel with Dutch regional settings. */
	delimiter?: ',' | ';';
	/** UTF-8 byte order mark so Excel shows diacritics correctly. Default true. */
	bom?: boolean;
	/** Columns to use, e.g. from exportColumnsAcross; default: this survey's columns. */
	columns?: ExportColumn[];
}

/** CSV with two header rows (codes, labels) and one row per response. */
export function toCsv(survey: Survey, responses: readonly ExportResponse[], options: CsvOptions = {}): string {
	const columns = options.columns ?? exportColumns(survey, options);
	const safe = (c: ExportColumn, v: Cell) => (typeof v === 'string' && (c.kind === 'text' || c.key === 'name') ? neutraliseFormula(v) : v);
	const records: Cell[][] = [
		columns.map((c) => c.key),
		columns.map((c) => neutraliseFormula(c.label)),
		...responses.map((r) => exportRow(columns, r).map((v, i) => safe(columns[i], v)))
	];
	return stringify(records, { delimiter: options.delimiter ?? ',', bom: options.bom ?? true, record_delimiter: 'windows' });
}
