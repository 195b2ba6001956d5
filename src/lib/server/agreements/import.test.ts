import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { DbHandle } from '../db';
import { createTestDb } from '../testing/db';
import { getSpaceBySlug, type SpaceContext } from '../spaces/store';
import type { Actor } from '../auth/access';
import { ensureSet, listAgreements } from './store';
import { importAgreements } from './import';
import { tableColumns } from './columns';

let handle: DbHandle;
let space: SpaceContext;
const actor: Actor = { userId: 'test', name: 'Test', email: 't@test.example', platformAdmin: false, memberships: [] };
const header = tableColumns(2026).map((c) => c.header).join(';');
const good = 'beschikbaarheid;Esdorp bouwt in 2027 40 woningen in Vries.;Stichting Esdorp Wonen;Manager;woningen;woningen;0;2025;40;;;;2027-12-31';
const file = (name: string, body: string | Buffer) => new File([typeof body === 'string' ? body : new Uint8Array(body)], name);

beforeAll(async () => {
	handle = await createTestDb();
	space = (await getSpaceBySlug(handle.db, 'tynaarlo'))!;
	await ensureSet(handle.db, actor, space.id, 2026);
});
afterAll(async () => handle?.close());

async function count() {
	const set = await ensureSet(handle.db, actor, space.id, 2026);
	return (await listAgreements(handle.db, set.id)).length;
}

describe('import of agreements', () => {
	it('imports nothing when one row is bad, and reports each bad row in Dutch keys', async () => {
		const bad1 = 'beschikbaarheid;Esdorp bouwt 40 woningen.;Stichting Esdorp Wonen;;;;;;40;;;;'; // target without unit
		const bad2 = 'duurzaamheid;;Onbekende Partij;;;;;2030;;;;;'; // empty text, unknown party, baseline in future
		const result = await importAgreements(handle.db, actor, space, file('afspraken.csv', [header, good, bad1, bad2].join('\n')));
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ row: 3, field: 'eenheid', message: 'agrTargetWithoutUnit' }),
				expect.objectContaining({ row: 4, field: 'partijen', message: 'agrImportUnknownParty', value: 'Onbekende Partij' }),
				expect.objectContaining({ row: 4, field: 'afspraak', message: 'agrTextRequired' }),
				expect.objectContaining({ row: 4, field: 'beginjaar', message: 'agrBaselineInFuture' })
			])
		);
		expect(await count()).toBe(0);
	});

	it('refuses wrong columns and a broken XLSX with a clear message', async () => {
		const wrong = await importAgreements(handle.db, actor, space, file('a.csv', 'naam;tekst\nx;y'));
		expect(wrong).toMatchObject({ ok: false, errors: [{ row: 1, message: 'agrImportColumns' }] });
		const broken = await importAgreements(handle.db, actor, space, file('a.xlsx', Buffer.from('dit is geen excel')));
		expect(broken).toMatchObject({ ok: false, errors: [{ row: 0, message: 'agrImportBroken' }] });
		const type = await importAgreements(handle.db, actor, space, file('a.txt', 'x'));
		expect(type).toMatchObject({ ok: false, errors: [{ message: 'agrImportType' }] });
		expect(await count()).toBe(0);
	});

	it('imports a good CSV and a good XLSX', async () => {
		expect(await importAgreements(handle.db, actor, space, file('a.csv', [header, good].join('\r\n')))).toEqual({ ok: true, count: 1 });
		const wb = new ExcelJS.Workbook();
		const sheet = wb.addWorksheet('Import');
		sheet.addRow(tableColumns(2026).map((c) => c.header));
		sheet.addRow(['duurzaamheid', 'Esdorp isoleert in 2027 120 woningen.', 'Stichting Esdorp Wonen; Gemeente Tynaarlo', '', 'woningen', 'woningen', 0, 2025, 120, '', '', '', '2027-12-31']);
		const buffer = Buffer.from(await wb.xlsx.writeBuffer());
		expect(await importAgreements(handle.db, actor, space, file('a.xlsx', buffer))).toEqual({ ok: true, count: 1 });
		expect(await count()).toBe(2);
	});
});
