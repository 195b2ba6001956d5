import ExcelJS from 'exceljs';
import { app } from '$lib/server/app';
import { notFound } from '$lib/server/auth/guards';
import { requireSurvey } from '$lib/server/panel/guards';
import { allVersions, exportResponses } from '$lib/server/panel/store';
import { exportColumnsAcross, exportRow, neutraliseFormula, toCsv } from '$lib/server/panel/export';
import { reportDocx, resultsModel } from '$lib/server/panel/report';
import type { RequestHandler } from './$types';

// csv and xlsx hold single (anonymous) answers: the panel's own people only. docx is the aggregated report.
export const GET: RequestHandler = async (event) => {
	const format = event.params.format;
	const { loaded } = await requireSurvey(event, format === 'csv' || format === 'xlsx' ? 'manage' : 'view');
	if (!['csv', 'xlsx', 'docx'].includes(format)) notFound();
	const { db } = app();
	const slug = loaded.survey.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 40) || 'peiling';
	const headers = (type: string, ext: string) => ({ 'content-type': type, 'content-disposition': `attachment; filename="${slug}.${ext}"`, 'cache-control': 'no-store' });
	if (format === 'docx') {
		const buffer = await reportDocx(loaded.survey.title, loaded.panel.name, await resultsModel(db, loaded));
		return new Response(new Uint8Array(buffer), { headers: headers('application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx') });
	}
	const [responses, versions] = await Promise.all([exportResponses(db, loaded.row.id), allVersions(db, loaded.row.id)]);
	const includeNames = responses.some((r) => r.optionalName);
	const rows = responses.map((r) => ({ ...r, optionalName: r.optionalName ?? undefined }));
	// Columns of every version, so answers to an older revision keep their own column.
	const columns = exportColumnsAcross(versions, { includeNames });
	if (format === 'csv') {
		return new Response(toCsv(loaded.survey, rows, { columns, delimiter: ';' }), { headers: headers('text/csv; charset=utf-8', 'csv') });
	}
	const wb = new ExcelJS.Workbook();
	wb.creator = 'Driehoek';
	const ws = wb.addWorksheet('Antwoorden', { views: [{ state: 'frozen', ySplit: 2 }] });
	ws.addRow(columns.map((c) => c.key)).font = { bold: true };
	ws.addRow(columns.map((c) => c.label)).font = { italic: true };
	for (const r of rows) ws.addRow(exportRow(columns, r).map((v, i) => (typeof v === 'string' && (columns[i].kind === 'text' || columns[i].key === 'name') ? neutraliseFormula(v) : v)));
	columns.forEach((c, i) => (ws.getColumn(i + 1).width = Math.min(40, Math.max(10, c.key.length + 2))));
	const buffer = await wb.xlsx.writeBuffer();
	return new Response(new Uint8Array(buffer as ArrayBuffer), { headers: headers('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx') });
};
