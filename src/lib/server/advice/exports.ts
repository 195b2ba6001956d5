// The participation calendar outside the app: an iCalendar feed (secret link) and an XLSX file.
import ical from 'ical-generator';
import ExcelJS from 'exceljs';
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
