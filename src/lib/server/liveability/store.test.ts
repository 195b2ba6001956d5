import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import type { DbHandle } from '../db';
import { createTestDb } from '../testing/db';
import { demoIds } from '../seed/demo';
import { loadActor } from '../organisations/store';
import { getSpaceBySlug, type SpaceContext } from '../spaces/store';
import type { Actor } from '../auth/access';
import { lvAreaData, lvBoundary } from '../db/schema';
import {
	addPin,
	areaSeries,
	areaTable,
	areasGeoJson,
	detectKind,
	getArea,
	getImportJob,
	listMeasures,
	listPins,
	runImport,
	saveRanking,
	startImport
} from './store';
import { liveabilityDemoId } from './seed';

const SHARED = path.resolve('../shared/data');
const shared = (p: string) => path.join(SHARED, p);
const hasShared = fs.existsSync(shared('kwb/kwb2024_gemeenten_wijken_buurten_nl.csv'));
const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8');

let handle: DbHandle;
let space: SpaceContext;
let karin: Actor, henk: Actor;

beforeAll(async () => {
	handle = await createTestDb();
	space = (await getSpaceBySlug(handle.db, 'assen'))!;
	karin = (await loadActor(handle.db, demoIds.user('karin.bos@hunzedal.example')))!;
	henk = (await loadActor(handle.db, demoIds.user('henk.jansen@huurdersraad.example')))!;
});
afterAll(async () => handle?.close());

const kwbCount = async (year: number) =>
	(await handle.db.select({ n: sql<number>`count(*)::int` }).from(lvAreaData).where(and(eq(lvAreaData.year, year), eq(lvAreaData.source, 'kwb'))))[0].n;

describe('demo data', () => {
	it('has a schematic Assen map with figures and ranked measures', async () => {
		const map = await areasGeoJson(handle.db, 'GM0106', 'wijk', ['inhabitants']);
		expect(map.features).toHaveLength(9);
		expect(map.features[0].properties.inhabitants).toBeTypeOf('number');
		const [oost] = await listMeasures(handle.db, space.id, henk.userId, 'WK010603');
		expect(oost.measures).toHaveLength(4);
		expect(oost.measures[0].title).toBe('Betere verlichting op galerijen');
	});
});

describe('imports', () => {
	it('detects the kind of a file', () => {
		expect(detectKind('x.geojson', '{}')).toBe('boundaries');
		expect(detectKind('lbm.csv', 'wk_code,jaar,lbm')).toBe('lbm');
		expect(detectKind('kwb2024.csv', 'code,naam,inwoners')).toBe('kwb');
	});

	it('imports a KWB file, and re-importing the year replaces it in one go', async () => {
		const csv = 'code,naam,inwoners,koopwoningen\nGM0106,Assen,69000,55\nWK010603,Assen-Oost,9000,40\nBU01060300,Assen-Oost Noord,2100,31\n';
		const first = await runImport(handle.db, { fileName: 'kwb.csv', text: csv, year: 2021 });
		expect(first.ok).toBe(true);
		expect(await kwbCount(2021)).toBe(3);
		const second = await runImport(handle.db, { fileName: 'kwb.csv', text: csv.split('\n').slice(0, 3).join('\n'), year: 2021 });
		expect(second.ok).toBe(true);
		expect(await kwbCount(2021)).toBe(2);
		const { series } = await areaSeries(handle.db, (await getArea(handle.db, 'WK010603'))!);
		const inh = series.find((s) => s.key === 'inhabitants')!;
		expect(inh.years).toContain(2021);
		expect(inh.values.GM0106[inh.years.indexOf(2021)]).toBe(69000);
	});

	it('refuses a broken file with a report and keeps the old data', async () => {
		const before = await kwbCount(2021);
		const broken = await runImport(handle.db, { fileName: 'kwb.csv', text: fixture('kwb_broken_quote.csv'), year: 2021 });
		expect(broken.ok).toBe(false);
		expect(broken.report.fatal.length).toBeGreaterThan(0);
		expect(await kwbCount(2021)).toBe(before);
		const noYear = await runImport(handle.db, { fileName: 'kwb.csv', text: 'code,inwoners\nGM0106,1\n' });
		expect(noYear.report.fatal[0].code).toBe('missingYearColumn');
		const big = await runImport(handle.db, { fileName: 'big.csv', text: 'x', bytes: 200 * 1024 * 1024 });
		expect(big.report.fatal[0].code).toBe('fileTooLarge');
	});

	it('imports RD New boundaries with a chosen code property and Leefbaarometer scores', async () => {
		const b = await runImport(handle.db, { fileName: 'rd.geojson', text: fixture('rd_assen_square.geojson'), year: 2019, codeProperty: 'BU_CODE', nameProperty: 'BU_NAAM' });
		expect(b.report.fatal).toEqual([]);
		expect(b.written).toBe(1);
		const [row] = await handle.db.select().from(lvBoundary).where(and(eq(lvBoundary.code, 'BU01060105'), eq(lvBoundary.year, 2019)));
		expect(row.bbox[0]).toBeGreaterThan(6);
		const l = await runImport(handle.db, { fileName: 'lbm.csv', text: fixture('lbm_semicolon.csv') });
		expect(l.ok).toBe(true);
		expect(l.years).toContain(2022);
	});

	it('tracks a job with progress and the report', async () => {
		const { id, done } = await startImport(handle.db, karin, { fileName: 'kwb.csv', text: 'code,inwoners\nGM0106,5\n', year: 2020 });
		await done;
		const job = await getImportJob(handle.db, id);
		expect(job).toMatchObject({ status: 'done', progress: 100, written: 1 });
	});

	it.skipIf(!hasShared)('imports the shared national KWB 2024 file, wijken 2024 and the Amstelveen Leefbaarometer', async () => {
		const kwb = await runImport(handle.db, { fileName: 'kwb2024_gemeenten_wijken_buurten_nl.csv', text: fs.readFileSync(shared('kwb/kwb2024_gemeenten_wijken_buurten_nl.csv'), 'utf8') });
		expect(kwb.ok).toBe(true);
		expect(kwb.written).toBe(18309);
		const wijken = await runImport(handle.db, { fileName: 'wijken_2024_cartomap_wgs84.geojson', text: fs.readFileSync(shared('boundaries/wijken_2024_cartomap_wgs84.geojson'), 'utf8') });
		expect(wijken.ok).toBe(true);
		expect(wijken.written).toBe(3393);
		const lbm = await runImport(handle.db, { fileName: 'lbm3_amstelveen_wijken_2014-2022.csv', text: fs.readFileSync(shared('leefbaarometer/lbm3_amstelveen_wijken_2014-2022.csv'), 'utf8') });
		expect(lbm.ok).toBe(true);
		expect(lbm.written).toBe(56);
		const table = await areaTable(handle.db, 'GM0106', 'wijk', 'inhabitants');
		expect(table.year).toBe(2024);
		expect(table.rows.find((r) => r.code === 'WK010608')?.name).toBe('Kloosterveen');
		const nl = await areaSeries(handle.db, (await getArea(handle.db, 'GM0106'))!);
		const inh = nl.series.find((s) => s.key === 'inhabitants')!;
		expect(inh.values.NL01[inh.years.indexOf(2024)]).toBeGreaterThan(17_000_000);
	}, 120_000);
});

describe('pins and measures', () => {
	it('places a pin inside the municipality and refuses one outside', async () => {
		const inside = await addPin(handle.db, henk, space, 'GM0106', { lon: 6.57, lat: 52.99, category: 'safety', comment: 'Donker pad' });
		expect(inside.ok).toBe(true);
		const outside = await addPin(handle.db, henk, space, 'GM0106', { lon: 4.9, lat: 52.37, category: 'safety', comment: 'Amsterdam' });
		expect(outside).toEqual({ ok: false, error: 'pinOutside' });
		const listed = await addPin(handle.db, henk, space, 'GM0106', { areaCode: 'WK010608', spot: 'Bij de school', category: 'nuisance', comment: 'Te hard rijden' });
		expect(listed.ok).toBe(true);
		const wrong = await addPin(handle.db, henk, space, 'GM0106', { areaCode: 'WK036300', category: 'nuisance', comment: 'x' });
		expect(wrong).toEqual({ ok: false, error: 'areaUnknown' });
		expect((await listPins(handle.db, space.id, 'WK010608')).length).toBeGreaterThanOrEqual(2);
	});

	it('ranks measures per participant and aggregates the rank', async () => {
		const plein = liveabilityDemoId('measure', 'plein');
		const licht = liveabilityDemoId('measure', 'licht');
		const r = await saveRanking(handle.db, karin, space.id, 'WK010603', [
			{ id: plein, position: 1 },
			{ id: licht, position: 5 }
		]);
		expect(r.ok).toBe(true);
		const [oost] = await listMeasures(handle.db, space.id, karin.userId, 'WK010603');
		expect(oost.measures.find((m) => m.id === plein)?.mine).toBe(1);
		expect(oost.measures.find((m) => m.id === licht)?.mine).toBe(2);
		expect(oost.measures[0].id).toBe(licht); // henk 1 + karin 2 = mean 1.5
	});
});

describe('GeoJSON output', () => {
	it('gives the same features as text as the object form, with a bbox', async () => {
		const text = JSON.parse(await (await import('./store')).areasGeoJsonText(handle.db, 'GM0106', 'wijk', ['inhabitants', 'lbm']));
		const obj = await areasGeoJson(handle.db, 'GM0106', 'wijk', ['inhabitants', 'lbm']);
		expect(text.features.length).toBe(obj.features.length);
		const one = obj.features[0];
		expect(text.features.find((f: { id: string }) => f.id === one.id)).toEqual(one);
		expect(text.bbox).toHaveLength(4);
	});
});
