// The participation calendar outside the app: an iCalendar feed (secret link) and XLSX, DOCX and PDF files.
import ical from 'ical-generator';
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import { firstMonth, lastMonth, formatWhen } from './calendar';
import { requestStatus, type RequestDates } from './model';
import type { IsoDate } from './rules';

export interface FeedItem {
	id: string;
	year: number;
	month: number | null;
	quarter: number | null;
	title: string;
	topic: string;
	say: string;
	status: string;
	owner: string;
}

export interface FeedRequest extends RequestDates {
	id: string;
	title: string;
}

const nlSay: Record<string, string> = { inform: 'informeren', advice: 'advies', consent: 'instemming' };
const nlDeadline: Record<string, string> = {
	adviceDue: 'Advies uiterlijk',
	reasonsDue: 'Schriftelijke redenen uiterlijk',
	earliestExecution: 'Plan uitvoeren vanaf'
};

function utcDate(year: number, month: number, day = 1): Date {
	return new Date(Date.UTC(year, month - 1, day));
}

function isoToDate(date: IsoDate): Date {
	const [y, m, d] = date.split('-').map(Number);
	return utcDate(y, m, d);
}

/**
 * Calendar items become all-day events over their month or quarter; open requests add
 * their next deadline as an all-day event. UIDs are stable so agendas update in place.
 */
export function icalFeed(input: { spaceName: string; spaceSlug: string; origin: string; items: FeedItem[]; requests: FeedRequest[]; today: IsoDate }): string {
	const cal = ical({ name: `Participatiekalender ${input.spaceName}`, prodId: { company: 'Driehoek', product: 'participatiekalender', language: 'NL' } });
	const host = new URL(input.origin).host;
	for (const item of input.items) {
		const start = utcDate(item.year, firstMonth(item));
		const endMonth = lastMonth(item) + 1;
		const end = endMonth > 12 ? utcDate(item.year + 1, 1) : utcDate(item.year, endMonth);
		cal.createEvent({
			id: `calendar-item-${item.id}@${host}`,
			start,
			end,
			allDay: true,
			summary: `${item.title} (${nlSay[item.say] ?? item.say})`,
			description: `${formatWhen(item)} · ${item.status}${item.owner ? ` · trekker: ${item.owner}` : ''}`,
			url: `${input.origin}/${input.spaceSlug}/calendar?year=${item.year}`
		});
	}
	for (const r of input.requests) {
		const s = requestStatus(r, input.today);
		if (!s.nextDeadline) continue;
		const day = isoToDate(s.nextDeadline.date);
		cal.createEvent({
			id: `advice-request-${r.id}-${s.nextDeadline.kind}@${host}`,
			start: day,
			end: new Date(day.getTime() + 86_400_000),
			allDay: true,
			summary: `${nlDeadline[s.nextDeadline.kind]}: ${r.title}`,
			url: `${input.origin}/${input.spaceSlug}/advice/${r.id}`
		});
	}
	return cal.toString();
}

export async function calendarXlsx(items: (FeedItem & { raisedBy: string; priority: string; parties: string; requestTitles: string; late: boolean })[], year: number): Promise<Buffer> {
	const book = new ExcelJS.Workbook();
	book.creator = 'Driehoek';
	const sheet = book.addWorksheet(`Participatiekalender ${year}`);
	sheet.columns = [
		{ header: 'Wanneer', key: 'when', width: 12 },
		{ header: 'Onderwerp', key: 'title', width: 40 },
		{ header: 'Thema', key: 'topic', width: 24 },
		{ header: 'Zeggenschap', key: 'say', width: 14 },
		{ header: 'Ingebracht door', key: 'raisedBy', width: 16 },
		{ header: 'Prioriteit', key: 'priority', width: 12 },
		{ header: 'Stand', key: 'status', width: 12 },
		{ header: 'Trekker', key: 'owner', width: 20 },
		{ header: 'Partijen', key: 'parties', width: 40 },
		{ header: 'Aanvraag', key: 'requests', width: 40 },
		{ header: 'Te laat', key: 'late', width: 10 }
	];
	sheet.getRow(1).font = { bold: true };
	sheet.views = [{ state: 'frozen', ySplit: 1 }];
	for (const i of items) {
		sheet.addRow({
			when: formatWhen(i),
			title: i.title,
			topic: i.topic,
			say: nlSay[i.say] ?? i.say,
			raisedBy: i.raisedBy === 'tenant' ? 'huurders' : 'corporatie',
			priority: i.priority,
			status: i.status,
			owner: i.owner,
			parties: i.parties,
			requests: i.requestTitles,
			late: i.late ? 'ja' : ''
		});
	}
	return Buffer.from(await book.xlsx.writeBuffer());
}

/** The calendar as a Word document: the agreed overview that doubles as a document of agreements. */
export async function calendarDocx(
	items: (FeedItem & { raisedBy: string; priority: string; parties: string; requestTitles: string; late: boolean })[],
	year: number,
	spaceName: string
): Promise<Buffer> {
	const { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } = await import('docx');
	const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
	const header = ['Wanneer', 'Onderwerp', 'Zeggenschap', 'Ingebracht door', 'Stand', 'Trekker', 'Aanvraag'];
	const rows = [
		new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }),
		...items.map(
			(i) =>
				new TableRow({
					children: [
						cell(formatWhen(i)),
						cell(`${i.title}\n${i.parties}`),
						cell(nlSay[i.say] ?? i.say),
						cell(i.raisedBy === 'tenant' ? 'huurders' : 'corporatie'),
						cell(i.late ? `${i.status} (te laat)` : i.status),
						cell(i.owner),
						cell(i.requestTitles)
					]
				})
		)
	];
	const doc = new Document({
		creator: 'Driehoek',
		title: `Participatiekalender ${spaceName} ${year}`,
		sections: [
			{
				children: [
					new Paragraph({ text: `Participatiekalender ${spaceName} ${year}`, heading: HeadingLevel.HEADING_1 }),
					new Paragraph({ text: 'De onderwerpen waarover de corporatie advies of instemming vraagt, of de huurders willen praten.' }),
					new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } })
				]
			}
		]
	});
	return Buffer.from(await Packer.toBuffer(doc));
}

type ExportItem = FeedItem & { raisedBy: string; priority: string; parties: string; requestTitles: string; late: boolean; corporationId: string; tenantOrganisationId: string };

export interface PdfPair {
	corporationId: string;
	tenantOrganisationId: string;
	label: string;
	/** The approval state in words, e.g. "Vastgesteld op 3 maart 2026 (versie 2)". */
	approval: string;
}

const nlPriority: Record<string, string> = { high: 'hoog', normal: 'normaal', low: 'laag' };
const nlStatus: Record<string, string> = { planned: 'gepland', started: 'bezig', done: 'klaar', dropped: 'vervallen' };
const nlMonths = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
const nlWhen = (i: { month: number | null; quarter: number | null }) => (i.month ? nlMonths[i.month - 1] : `Q${i.quarter ?? 4}`);

/** The calendar as an A4 PDF: per pair its approval state and a table of the items. */
export function calendarPdf(items: ExportItem[], year: number, spaceName: string, pairs: PdfPair[], options: { compress?: boolean } = {}): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		const title = `Participatiekalender ${spaceName} ${year}`;
		const margin = 40;
		const doc = new PDFDocument({ size: 'A4', margin, compress: options.compress ?? true, info: { Title: title, Author: 'Driehoek' } });
		const chunks: Buffer[] = [];
		doc.on('data', (c: Buffer) => chunks.push(c));
		doc.on('end', () => resolve(Buffer.concat(chunks)));
		doc.on('error', reject);
		const columns = [
			{ header: 'Wanneer', width: 48, value: (i: ExportItem) => nlWhen(i) },
			{ header: 'Onderwerp', width: 150, value: (i: ExportItem) => i.title },
			{ header: 'Zeggenschap', width: 62, value: (i: ExportItem) => nlSay[i.say] ?? i.say },
			{ header: 'Door', width: 55, value: (i: ExportItem) => (i.raisedBy === 'tenant' ? 'huurders' : 'corporatie') },
			{ header: 'Prioriteit', width: 48, value: (i: ExportItem) => nlPriority[i.priority] ?? i.priority },
			{ header: 'Stand', width: 52, value: (i: ExportItem) => `${nlStatus[i.status] ?? i.status}${i.late ? ' (te laat)' : ''}` },
			{ header: 'Trekker', width: 100, value: (i: ExportItem) => [i.owner, i.requestTitles ? `Aanvraag: ${i.requestTitles}` : ''].filter(Boolean).join('\n') }
		];
		const bottom = () => doc.page.height - margin;
		const pad = 3;
		const rowHeight = (cells: string[], font: string) => {
			doc.font(font).fontSize(8.5);
			return Math.max(...cells.map((c, n) => doc.heightOfString(c || ' ', { width: columns[n].width - pad * 2 }))) + pad * 2;
		};
		const drawRow = (cells: string[], font: string, fill?: string): void => {
			const h = rowHeight(cells, font);
			if (doc.y + h > bottom()) {
				doc.addPage();
				// The header again on every page of a table.
				if (!fill) drawRow(columns.map((c) => c.header), 'Helvetica-Bold', '#eef4f9');
			}
			const y = doc.y;
			let x = margin;
			if (fill) doc.rect(margin, y, columns.reduce((s, c) => s + c.width, 0), h).fill(fill);
			doc.fillColor('#000').font(font).fontSize(8.5);
			columns.forEach((c, n) => {
				doc.text(cells[n] || '', x + pad, y + pad, { width: c.width - pad * 2 });
				x += c.width;
			});
			doc.moveTo(margin, y + h).lineTo(x, y + h).lineWidth(0.5).strokeColor('#b1b4b6').stroke();
			doc.x = margin;
			doc.y = y + h;
		};
		doc.font('Helvetica-Bold').fontSize(18).text(title);
		doc.moveDown(0.3).font('Helvetica').fontSize(10).text(`Jaar ${year}. De onderwerpen waarover de corporatie advies of instemming vraagt, of de huurders willen praten.`);
		if (items.length === 0) doc.moveDown().text('Er staan nog geen onderwerpen op de kalender voor dit jaar.');
		for (const pair of pairs) {
			const own = items.filter((i) => i.corporationId === pair.corporationId && i.tenantOrganisationId === pair.tenantOrganisationId);
			if (own.length === 0) continue;
			if (doc.y + 80 > bottom()) doc.addPage();
			doc.moveDown().font('Helvetica-Bold').fontSize(13).text(pair.label, margin);
			doc.font('Helvetica').fontSize(10).text(pair.approval, margin);
			doc.moveDown(0.4);
			drawRow(columns.map((c) => c.header), 'Helvetica-Bold', '#eef4f9');
			for (const i of own) drawRow(columns.map((c) => c.value(i)), 'Helvetica');
		}
		doc.end();
	});
}

const nlLongDate = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });

/** The approval state of a pair's calendar in words, for the PDF. Pure. */
export function approvalText(
	versions: { number: number; lockedAt: Date | null; corporationApprovedBy: string | null; tenantApprovedBy: string | null }[],
	changedSinceLatest: boolean
): string {
	const latest = versions[0];
	if (!latest) return 'Nog niet goedgekeurd.';
	const locked = versions.find((v) => v.lockedAt);
	if (latest.lockedAt && !changedSinceLatest) return `Vastgesteld op ${nlLongDate.format(latest.lockedAt)} (versie ${latest.number}): beide partijen hebben goedgekeurd.`;
	const approvedBy = [latest.corporationApprovedBy, latest.tenantApprovedBy].filter(Boolean).join(' en ');
	const parts = [
		locked ? `Versie ${locked.number} is vastgesteld op ${nlLongDate.format(locked.lockedAt!)}.` : '',
		changedSinceLatest
			? 'Daarna is de kalender gewijzigd; de nieuwe versie is nog niet goedgekeurd.'
			: `Versie ${latest.number} wacht op goedkeuring${approvedBy ? ` (goedgekeurd door ${approvedBy})` : ''}.`
	];
	return parts.filter(Boolean).join(' ');
}
