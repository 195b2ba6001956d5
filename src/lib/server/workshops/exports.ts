// A programme's results outside the app: an XLSX workbook (one sheet per view, plain columns so
// it sorts and filters) and a Word report a corporation can send to the council. Dutch only:
// the files go to Dutch councils.
import ExcelJS from 'exceljs';
import type { Db } from '../db';
import { compareProgramme, listSessions, sessionResults, type ProgrammeRow, type SessionResults } from './store';
import type { ChipsConfig } from './chips';
import type { EstimateQuestion } from './estimates';
import type { Poll } from './polls';
import type { PinsConfig } from './pins';

const nlUnit: Record<string, string> = { years: 'jaar', months: 'maanden', percent: '%', euros: 'euro', count: 'aantal' };
const nlMeasure: Record<string, string> = { registrationTime: 'inschrijfduur', searchTime: 'zoekduur' };
const round = (v: number | null | undefined, d = 1) => (v === null || v === undefined ? null : Math.round(v * 10 ** d) / 10 ** d);

export const XLSX_COLUMNS = {
	themes: ['Thema', 'Sessie', 'Gemeente(n)', 'Datum', 'Deelnemers', 'Fiches', 'Aandeel (%)', 'Rang'],
	estimates: ['Vraag', 'Sessie', 'Gemeente(n)', 'Eenheid', 'Maat', 'Echte waarde', 'Bron', 'Schattingen', 'Buiten bereik', 'Mediaan', 'Eerste kwartiel', 'Derde kwartiel', 'Laagste', 'Hoogste', 'Binnen 25%'],
	polls: ['Vraag', 'Sessie', 'Gemeente(n)', 'Soort', 'Antwoord', 'Aantal', 'Aandeel (%)'],
	tables: ['Sessie', 'Gemeente(n)', 'Tafel', 'Thema', 'Fiches'],
	pins: ['Sessie', 'Gemeente(n)', 'Datum', 'Onderdeel', 'Wijk of buurt', 'Gebiedscode', 'Soort', 'Spelden']
} as const;

export async function programmeData(db: Db, programme: ProgrammeRow) {
	const sessions = await listSessions(db, programme.id);
	const results = (await Promise.all(sessions.map((s) => sessionResults(db, s.id)))).filter((r): r is SessionResults => !!r);
	return { comparison: await compareProgramme(db, programme.id), results };
}

export async function programmeXlsx(db: Db, programme: ProgrammeRow): Promise<Buffer> {
	const { results } = await programmeData(db, programme);
	const wb = new ExcelJS.Workbook();
	wb.creator = 'Driehoek';
	wb.title = programme.title;
	const sheet = (name: string, columns: readonly string[]) => {
		const ws = wb.addWorksheet(name);
		ws.addRow([...columns]).font = { bold: true };
		ws.views = [{ state: 'frozen', ySplit: 1 }];
		ws.columns.forEach((c) => (c.width = 18));
		return ws;
	};
	const themes = sheet('Thema’s', XLSX_COLUMNS.themes);
	const estimates = sheet('Schattingen', XLSX_COLUMNS.estimates);
	const polls = sheet('Peilingen', XLSX_COLUMNS.polls);
	const tables = sheet('Per tafel', XLSX_COLUMNS.tables);
	// Pins: one row per activity, area and category with at least one pin (counts, never the comments).
	const pins = sheet('Spelden', XLSX_COLUMNS.pins);
	for (const r of results) {
		const where = r.session.spaces.map((s) => s.name).join(', ');
		for (const a of r.activities) {
			if (a.chips) {
				for (const t of a.chips.overall.themes) themes.addRow([t.label, r.session.title, where, r.session.date, a.chips.overall.participants, t.sum, round(t.share), a.chips.overall.chips ? t.rank : null]);
				const cfg = a.config as ChipsConfig;
				for (const tb of a.chips.perTable) for (const [i, t] of tb.themes.entries()) tables.addRow([r.session.title, where, tb.tableId, cfg.themes[i].label, t.sum]);
			} else if (a.kind === 'estimate') {
				const q = a.config as EstimateQuestion;
				const e = a.estimate;
				estimates.addRow([q.question, r.session.title, where, nlUnit[q.unit], q.measure ? nlMeasure[q.measure] : '', q.trueValue, q.source, e?.guesses ?? a.answers, e?.flagged ?? null, round(e?.summary?.median, 2), round(e?.summary?.q1, 2), round(e?.summary?.q3, 2), e?.summary?.min ?? null, e?.summary?.max ?? null, e?.within25 ?? null]);
			} else if (a.pins) {
				const cfg = a.config as PinsConfig;
				for (const area of a.pins.areas) for (const c of cfg.categories) if (area.counts[c.code]) pins.addRow([r.session.title, where, r.session.date, a.position, area.name, area.code, c.label, area.counts[c.code]]);
			} else if (a.poll) {
				const p = a.config as Poll;
				const kind = { singleChoice: 'één keuze', multipleChoice: 'meer keuzes', openText: 'open vraag', ranking: 'rangorde' }[p.type];
				if (a.poll.type === 'openText') for (const g of a.poll.groups) polls.addRow([p.question, r.session.title, where, kind, g.display, g.count, round(a.poll.participants ? (g.count / a.poll.participants) * 100 : 0)]);
				else if (a.poll.type === 'ranking') for (const o of a.poll.options) polls.addRow([p.question, r.session.title, where, kind, `${o.rank}. ${o.label}`, o.borda, null]);
				else for (const o of a.poll.options) polls.addRow([p.question, r.session.title, where, kind, o.label, o.count, round(o.percent)]);
			}
		}
	}
	return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function programmeDocx(db: Db, programme: ProgrammeRow): Promise<Buffer> {
	const { comparison: c, results } = await programmeData(db, programme);
	const { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } = await import('docx');
	const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
	const table = (header: string[], rows: string[][]) =>
		new Table({
			width: { size: 100, type: WidthType.PERCENTAGE },
			rows: [new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }), ...rows.map((r) => new TableRow({ children: r.map((x) => cell(x)) }))]
		});
	const fmt = (v: number | null | undefined) => (v === null || v === undefined ? '–' : String(round(v)).replace('.', ','));
	const children: (InstanceType<typeof Paragraph> | InstanceType<typeof Table>)[] = [
		new Paragraph({ text: programme.title, heading: HeadingLevel.TITLE }),
		new Paragraph({ text: `${programme.organisationName}. ${programme.description}` }),
		new Paragraph({ text: 'Sessies', heading: HeadingLevel.HEADING_1 }),
		table(['Sessie', 'Gemeente(n)', 'Datum', 'Deelnemers'], c.sessions.map((s) => [s.title, s.label, s.date, String(s.participants)]))
	];
	if (c.themes) {
		children.push(new Paragraph({ text: 'Prioriteiten per gemeente (aandeel van de fiches)', heading: HeadingLevel.HEADING_1 }));
		children.push(table(['Thema', ...c.sessions.map((s) => s.label), 'Alle sessies'], c.themes.rows.map((r) => [r.label, ...c.sessions.map((s) => (r.shares[s.id] === null ? '–' : `${fmt(r.shares[s.id])}%`)), `${fmt(r.overallShare)}%`])));
	}
	for (const e of c.estimates) {
		children.push(new Paragraph({ text: e.question, heading: HeadingLevel.HEADING_1 }));
		if (e.measure) children.push(new Paragraph({ text: `Maat: ${nlMeasure[e.measure]}` }));
		children.push(table(['Gemeente', 'Echte waarde', 'Mediaan schatting', 'Middelste helft', 'Schattingen', 'Bron'], e.rows.map((r) => [r.label, fmt(r.trueValue), fmt(r.summary?.median), r.summary ? `${fmt(r.summary.q1)}–${fmt(r.summary.q3)}` : '–', String(r.guesses), r.source])));
	}
	if (c.pins) {
		const cats = c.pins.categories;
		children.push(new Paragraph({ text: 'Spelden per wijk of buurt en soort', heading: HeadingLevel.HEADING_1 }));
		children.push(table(['Gemeente(n)', 'Wijk of buurt', ...cats.map((x) => x.label), 'Totaal'], c.pins.sessions.flatMap((s) => s.areas.map((a) => [s.label, a.name, ...cats.map((x) => String(a.counts[x.key] ?? 0)), String(a.total)]))));
	}
	for (const r of results) {
		const polls = r.activities.filter((a) => a.poll && (a.poll.type === 'singleChoice' || a.poll.type === 'multipleChoice'));
		if (!polls.length) continue;
		children.push(new Paragraph({ text: `Peilingen: ${r.session.title}`, heading: HeadingLevel.HEADING_1 }));
		for (const a of polls) {
			const p = a.poll!;
			if (p.type !== 'singleChoice' && p.type !== 'multipleChoice') continue;
			children.push(new Paragraph({ text: (a.config as Poll).question, heading: HeadingLevel.HEADING_2 }));
			children.push(table(['Antwoord', 'Aantal', 'Aandeel'], p.options.map((o) => [o.label, String(o.count), `${fmt(o.percent)}%`])));
		}
	}
	const doc = new Document({ creator: 'Driehoek', title: programme.title, sections: [{ children }] });
	return Buffer.from(await Packer.toBuffer(doc));
}
