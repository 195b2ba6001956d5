import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db';
import { createTestDb } from '../testing/db';
import { getSpaceBySlug, type SpaceContext } from '../spaces/store';
import { getSet, listAgreements, listSignatures, partiesForSet } from './store';
import { templateXlsx, toCsv, toDocx, toPdf, toXlsx, type ExportInput } from './exports';
import { checkRows } from './import';

let handle: DbHandle;
let space: SpaceContext;
let input: ExportInput;

beforeAll(async () => {
	handle = await createTestDb();
	space = (await getSpaceBySlug(handle.db, 'assen'))!;
	const set = (await getSet(handle.db, space.id))!;
	input = {
		space,
		set,
		agreements: await listAgreements(handle.db, set.id),
		signatures: await listSignatures(handle.db, set.id),
		parties: await partiesForSet(handle.db, space, set)
	};
});
afterAll(async () => handle?.close());

describe('exports of the demo agreements of Assen', () => {
	it('writes an XLSX that opens with the agreements and Dutch headers', async () => {
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load((await toXlsx(input)) as unknown as ArrayBuffer);
		const sheet = wb.worksheets[0];
		expect(sheet.getRow(1).getCell(1).value).toBe('thema');
		expect(sheet.getRow(1).getCell(9).value).toBe('doel 2027');
		expect(sheet.rowCount).toBe(1 + input.agreements.length);
		expect(String(sheet.getRow(2).getCell(2).value)).toContain('180 sociale huurwoningen');
		expect(sheet.getRow(2).getCell(3).value).toBe('Woonstichting Hunzedal');
	});

	it('writes a DOCX with the parties, the agreements and the signatures', async () => {
		const zip = await JSZip.loadAsync(await toDocx(input));
		const xml = await zip.file('word/document.xml')!.async('string');
		const text = xml.replace(/<[^>]+>/g, '');
		expect(text).toContain('Prestatieafspraken Assen 2026 (versie 1)');
		expect(text).toContain('Gemeente Assen');
		expect(text).toContain('Getekend door Anouk Visser op 16 november 2026');
		expect(text).toContain('Nog niet getekend');
		expect(text).toContain('Hunzedal isoleert in 2027 450 woningen');
	});

	it('writes a PDF and a CSV with a BOM and semicolons', async () => {
		const pdf = await toPdf(input);
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		const csv = toCsv(input);
		expect(csv.startsWith('\uFEFFthema;afspraak;partijen')).toBe(true);
		expect(csv.split('\n').filter(Boolean).length).toBe(1 + input.agreements.length);
	});

	it('makes a template that imports back without errors', async () => {
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load((await templateXlsx(2026, space)) as unknown as ArrayBuffer);
		const rows: string[][] = [];
		wb.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))));
		const checked = checkRows(rows, space, 2026);
		expect(checked).toMatchObject({ ok: true });
	});
});
