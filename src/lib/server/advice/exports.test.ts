import { describe, expect, it } from 'vitest';
import { calendarDocx, calendarXlsx, icalFeed } from './exports';

const item = { id: 'i1', year: 2026, month: null, quarter: 2, title: 'Servicekosten', topic: 'serviceCosts', say: 'consent', status: 'planned', owner: 'Henk' };
const extra = { raisedBy: 'corporation', priority: 'normal', parties: 'Hunzedal – Huurdersraad', requestTitles: '', late: false };

describe('exports', () => {
	it('writes a quarter item as one all-day event over the quarter, and the next deadline of an open request', () => {
		const text = icalFeed({
			spaceName: 'Assen',
			spaceSlug: 'assen',
			origin: 'https://driehoek.example',
			items: [item],
			requests: [{ id: 'r1', title: 'Huurbeleid', kind: 'advice', receivedOn: '2026-03-02', periodDays: 42, adviceGivenOn: null, answerKind: null, answeredOn: null, closedOn: null }],
			today: '2026-03-10'
		});
		expect(text).toContain('BEGIN:VCALENDAR');
		expect(text).toContain('DTSTART;VALUE=DATE:20260401');
		expect(text).toContain('DTEND;VALUE=DATE:20260701');
		expect(text).toContain('SUMMARY:Servicekosten (instemming)');
		expect(text).toContain('DTSTART;VALUE=DATE:20260413');
		expect(text).toContain('UID:calendar-item-i1@driehoek.example');
	});
	it('writes XLSX and DOCX files', async () => {
		const xlsx = await calendarXlsx([{ ...item, ...extra }], 2026);
		const docx = await calendarDocx([{ ...item, ...extra }], 2026, 'Assen');
		// Both are zip containers.
		expect(xlsx.subarray(0, 2).toString()).toBe('PK');
		expect(docx.subarray(0, 2).toString()).toBe('PK');
	});
});

describe('PDF export', () => {
	it('writes an A4 PDF with the title, year, pair, approval state and the item titles', async () => {
		const { approvalText, calendarPdf } = await import('./exports');
		const rows = [
			{ ...item, ...extra, corporationId: 'c', tenantOrganisationId: 't' },
			{ ...item, ...extra, id: 'i2', month: 10, quarter: null, title: 'Koersdocument 2027', late: true, corporationId: 'c', tenantOrganisationId: 't' }
		];
		const approval = approvalText([{ number: 2, lockedAt: new Date('2026-03-03T10:00:00Z'), corporationApprovedBy: 'Karin', tenantApprovedBy: 'Henk' }], false);
		expect(approval).toBe('Vastgesteld op 3 maart 2026 (versie 2): beide partijen hebben goedgekeurd.');
		const file = await calendarPdf(rows, 2026, 'Assen', [{ corporationId: 'c', tenantOrganisationId: 't', label: 'Hunzedal – Huurdersraad', approval }], { compress: false });
		expect(file.subarray(0, 4).toString()).toBe('%PDF');
		const text = pdfText(file);
		for (const s of ['Participatiekalender Assen 2026', 'Hunzedal', 'Vastgesteld op 3 maart 2026', 'Servicekosten', 'Koersdocument 2027', 'te laat']) expect(text).toContain(s);
		expect(file.toString('latin1')).toContain('/MediaBox [0 0 595.28 841.89]');
	});
	it('says when the calendar was changed after it was agreed', async () => {
		const { approvalText } = await import('./exports');
		expect(approvalText([], false)).toBe('Nog niet goedgekeurd.');
		expect(approvalText([{ number: 1, lockedAt: new Date('2026-03-03T10:00:00Z'), corporationApprovedBy: 'K', tenantApprovedBy: 'H' }], true)).toContain('Daarna is de kalender gewijzigd');
		expect(approvalText([{ number: 1, lockedAt: null, corporationApprovedBy: 'Karin', tenantApprovedBy: null }], false)).toBe('Versie 1 wacht op goedkeuring (goedgekeurd door Karin).');
	});
});

/** The text of an uncompressed pdfkit file: its TJ operators hold hex strings per text run. */
function pdfText(file: Buffer): string {
	const source = file.toString('latin1');
	const runs = [...source.matchAll(/\[([^\]]*)\]\s*TJ/g)].map((m) =>
		[...m[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => Buffer.from(h[1], 'hex').toString('latin1')).join('')
	);
	return runs.join(' ').replace(/\s+/g, ' ');
}
