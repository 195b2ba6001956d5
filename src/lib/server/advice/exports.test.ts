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
