// Results as a page model (shared by the results page, the public page, the API and the DOCX
// report) and the DOCX report itself. Aggregated figures only.
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Db } from '../db';
import { invitationStats, surveyResults, type LoadedSurvey } from './store';
import { responseRate, type QuestionResult } from './results';

export async function resultsModel(db: Db, loaded: LoadedSurvey) {
	const [results, stats] = await Promise.all([surveyResults(db, loaded), invitationStats(db, loaded.row.id)]);
	const rates = responseRate({ online: stats.invited.online, letter: stats.invited.letter }, { online: stats.answered.online, letter: stats.answered.letter });
	return { responses: results.responses, questions: results.questions, rates, bySource: results.bySource };
}

const pct = (p: number) => `${p.toLocaleString('nl-NL', { maximumFractionDigits: 0 })}%`;

function rowsFor(q: QuestionResult): string[][] {
	switch (q.type) {
		case 'singleChoice':
		case 'multipleChoice':
			return q.options.map((o) => [o.label, String(o.count), pct(o.percent)]);
		case 'scale':
			return [...q.distribution.map((d) => [String(d.value), String(d.count), pct(d.percent)]), ['Gemiddelde', q.mean === null ? '–' : q.mean.toFixed(1), '']];
		case 'number':
			return q.summary ? [['Laagste', String(q.summary.min), ''], ['Mediaan', String(q.summary.median), ''], ['Gemiddelde', q.summary.mean.toFixed(1), ''], ['Hoogste', String(q.summary.max), '']] : [];
		case 'ranking':
			return q.options.map((o) => [`${o.rank}. ${o.label}`, o.averagePosition === null ? '–' : o.averagePosition.toFixed(1), String(o.borda)]);
		default:
			return [['Open antwoorden', String(q.n), '']];
	}
}

export async function reportDocx(title: string, panelName: string, model: Awaited<ReturnType<typeof resultsModel>>): Promise<Buffer> {
	const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
	const children: (Paragraph | Table)[] = [
		new Paragraph({ text: title, heading: HeadingLevel.TITLE }),
		new Paragraph({ text: `${panelName} · ${model.responses} antwoorden`, alignment: AlignmentType.LEFT })
	];
	model.questions.forEach((q, i) => {
		children.push(new Paragraph({ text: `${i + 1}. ${q.text}`, heading: HeadingLevel.HEADING_2 }));
		children.push(new Paragraph({ text: `${q.n} antwoorden op deze vraag` }));
		const rows = rowsFor(q);
		if (rows.length) {
			children.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [new TableRow({ tableHeader: true, children: ['Antwoord', 'Aantal', '%'].map((h) => cell(h, true)) }), ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) }))] }));
		}
	});
	return Packer.toBuffer(new Document({ creator: 'Driehoek', title, sections: [{ children }] }));
}
