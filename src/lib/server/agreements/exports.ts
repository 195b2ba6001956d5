// Exports of an agreement set: the signed document (DOCX, PDF) and the table (CSV, XLSX),
// plus an empty XLSX template for the import. Dutch, as the documents go to the parties.
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import { stringify } from 'csv-stringify/sync';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { SpaceContext } from '../spaces/store';
import type { AgreementRow, SetRow } from './store';
import { tableColumns } from './columns';
import { targetYears } from './schemas';
import { partyNames } from './view';

export interface ExportInput {
	space: SpaceContext;
	set: SetRow;
	agreements: AgreementRow[];
	signatures: { organisationId: string; signerName: string; signedAt: Date }[];
	parties: { organisationId: string; name: string }[];
}

const themeNames: Record<string, string> = {
	betaalbaarheid: 'Betaalbaarheid',
	beschikbaarheid: 'Beschikbaarheid en nieuwbouw',
	doelgroepen: 'Doelgroepen en kwetsbare groepen',
	wonenZorg: 'Wonen en zorg',
	duurzaamheid: 'Kwaliteit en duurzaamheid',
	leefbaarheid: 'Leefbaarheid',
	huurdersparticipatie: 'Huurdersparticipatie'
};
export const themeName = (t: string) => themeNames[t] ?? t;
const nlNumberFormat = new Intl.NumberFormat('nl-NL');
const nlDateFormat = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });
const nlNumber = (n: number | null) => (n === null ? '' : nlNumberFormat.format(n));
const nlDate = (d: Date | string) => nlDateFormat.format(typeof d === 'string' ? new Date(d) : d);

export function tableRows(input: ExportInput): Record<string, string | number>[] {
	const years = targetYears(input.set.year);
	return input.agreements.map((a) => {
		const row: Record<string, string | number> = {
			theme: a.theme,
			text: a.text,
			parties: partyNames(a.committingParties, input.space).join('; '),
			ownerName: a.ownerName ?? '',
			indicator: a.indicator ?? '',
			unit: a.unit ?? '',
			baseline: a.baseline ?? '',
			baselineYear: a.baselineYear ?? '',
			deadline: a.deadline ?? ''
		};
		years.forEach((y, i) => (row[`target${i + 1}`] = a.targets.find((t) => t.year === y)?.value ?? ''));
		return row;
	});
}

export function toCsv(input: ExportInput): string {
	const columns = tableColumns(input.set.year);
	const rows = tableRows(input).map((r) => columns.map((c) => (typeof r[c.key] === 'number' ? String(r[c.key]).replace('.', ',') : r[c.key])));
	// Semicolons and a BOM: what Dutch Excel opens correctly.
	return '\uFEFF' + stringify([columns.map((c) => c.header), ...rows], { delimiter: ';' });
}

async function workbook(year: number, rows: Record<string, string | number>[], title: string) {
	const wb = new ExcelJS.Workbook();
	wb.creator = 'Driehoek';
	const sheet = wb.addWorksheet(title);
	const columns = tableColumns(year);
	sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.key === 'text' ? 60 : c.key === 'parties' ? 40 : 16 }));
	sheet.getRow(1).font = { bold: true };
	sheet.views = [{ state: 'frozen', ySplit: 1 }];
	for (const row of rows) sheet.addRow(row);
	sheet.getColumn('text').alignment = { wrapText: true, vertical: 'top' };
	return Buffer.from(await wb.xlsx.writeBuffer());
}

export function toXlsx(input: ExportInput) {
	return workbook(input.set.year, tableRows(input), 'Prestatieafspraken');
}

/** An empty table with one example row, for the import. */
export function templateXlsx(year: number, space: SpaceContext) {
	const names = space.participants.filter((p) => p.kind !== 'other').map((p) => p.name);
	return workbook(
		year,
		[
			{
				theme: 'beschikbaarheid',
				text: `${names[1] ?? 'De corporatie'} bouwt in ${year + 1} 40 sociale huurwoningen.`,
				parties: names.slice(0, 2).join('; '),
				ownerName: 'Manager vastgoed',
				indicator: 'opgeleverde sociale huurwoningen',
				unit: 'woningen',
				baseline: 0,
				baselineYear: year - 1,
				target1: 40,
				target2: '',
				target3: '',
				target4: '',
				deadline: `${year + 1}-12-31`
			}
		],
		'Import'
	);
}

function signatureLines(input: ExportInput) {
	return input.parties.map((p) => {
		const s = input.signatures.find((x) => x.organisationId === p.organisationId);
		return { party: p.name, text: s ? `Getekend door ${s.signerName} op ${nlDate(s.signedAt)}` : 'Nog niet getekend' };
	});
}

function title(input: ExportInput) {
	return `Prestatieafspraken ${input.space.name} ${input.set.year} (versie ${input.set.versionNo})`;
}

export async function toDocx(input: ExportInput): Promise<Buffer> {
	const themes = [...new Set(input.agreements.map((a) => a.theme))];
	const children: (Paragraph | Table)[] = [
		new Paragraph({ text: title(input), heading: HeadingLevel.TITLE }),
		new Paragraph({ text: `Partijen: ${input.parties.map((p) => p.name).join(', ')}` }),
		new Paragraph({
			text: input.set.lockedAt ? `Vastgesteld op ${nlDate(input.set.lockedAt)}: alle partijen hebben getekend.` : 'Concept: nog niet door alle partijen getekend.'
		})
	];
	let n = 0;
	for (const theme of themes) {
		children.push(new Paragraph({ text: themeName(theme), heading: HeadingLevel.HEADING_1 }));
		for (const a of input.agreements.filter((x) => x.theme === theme)) {
			n++;
			children.push(new Paragraph({ children: [new TextRun({ text: `${n}. `, bold: true }), new TextRun(a.text)] }));
			const facts = [
				['Partijen', partyNames(a.committingParties, input.space).join(', ')],
				['Trekker', a.ownerName ?? ''],
				['Indicator', a.indicator ? `${a.indicator}${a.unit ? ` (${a.unit})` : ''}` : ''],
				['Beginwaarde', a.baseline !== null ? `${nlNumber(a.baseline)}${a.baselineYear ? ` in ${a.baselineYear}` : ''}` : ''],
				['Doelen', a.targets.map((t) => `${t.year}: ${nlNumber(t.value)}`).join(', ')],
				['Deadline', a.deadline ? nlDate(a.deadline) : '']
			].filter(([, v]) => v);
			for (const [k, v] of facts) children.push(new Paragraph({ children: [new TextRun({ text: `${k}: `, italics: true }), new TextRun(v)], indent: { left: 360 } }));
		}
	}
	children.push(new Paragraph({ text: 'Handtekeningen', heading: HeadingLevel.HEADING_1 }));
	children.push(
		new Table({
			width: { size: 100, type: WidthType.PERCENTAGE },
			rows: [
				new TableRow({ tableHeader: true, children: ['Partij', 'Handtekening'].map((h) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: h, bold: true })] })] })) }),
				...signatureLines(input).map(
					(s) => new TableRow({ children: [new TableCell({ children: [new Paragraph(s.party)] }), new TableCell({ children: [new Paragraph(s.text)] })] })
				)
			]
		})
	);
	children.push(new Paragraph({ text: `Gemaakt met Driehoek op ${nlDate(new Date())}.`, alignment: AlignmentType.RIGHT }));
	const doc = new Document({ creator: 'Driehoek', title: title(input), sections: [{ children }] });
	return Packer.toBuffer(doc);
}

export function toPdf(input: ExportInput): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: title(input), Author: 'Driehoek' } });
		const chunks: Buffer[] = [];
		doc.on('data', (c: Buffer) => chunks.push(c));
		doc.on('end', () => resolve(Buffer.concat(chunks)));
		doc.on('error', reject);
		doc.font('Helvetica-Bold').fontSize(18).text(title(input));
		doc.moveDown(0.5).font('Helvetica').fontSize(10).text(`Partijen: ${input.parties.map((p) => p.name).join(', ')}`);
		doc.text(input.set.lockedAt ? `Vastgesteld op ${nlDate(input.set.lockedAt)}: alle partijen hebben getekend.` : 'Concept: nog niet door alle partijen getekend.');
		let n = 0;
		for (const theme of [...new Set(input.agreements.map((a) => a.theme))]) {
			doc.moveDown().font('Helvetica-Bold').fontSize(13).text(themeName(theme));
			for (const a of input.agreements.filter((x) => x.theme === theme)) {
				n++;
				doc.moveDown(0.4).font('Helvetica').fontSize(10).text(`${n}. ${a.text}`);
				const parts = [
					`Partijen: ${partyNames(a.committingParties, input.space).join(', ') || '-'}`,
					a.indicator ? `Indicator: ${a.indicator}${a.unit ? ` (${a.unit})` : ''}` : '',
					a.targets.length ? `Doelen: ${a.targets.map((t) => `${t.year}: ${nlNumber(t.value)}`).join(', ')}` : '',
					a.deadline ? `Deadline: ${nlDate(a.deadline)}` : ''
				].filter(Boolean);
				doc.fillColor('#444').fontSize(9).text(parts.join(' · '), { indent: 14 }).fillColor('#000');
			}
		}
		doc.moveDown().font('Helvetica-Bold').fontSize(13).text('Handtekeningen');
		for (const s of signatureLines(input)) doc.font('Helvetica').fontSize(10).text(`${s.party}: ${s.text}`);
		doc.end();
	});
}
