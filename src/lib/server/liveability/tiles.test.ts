import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import type { DbHandle } from '../db';
import { createTestDb } from '../testing/db';
import { readAreaQuery, areaQueryString } from './area-query';
import { areasGeoJson, runImport } from './store';
import { TILE_LAYER, areaTileIndex, areaTiles, indexGeometry, parseTileAddress, tileOf, tileResponse, type AreaProperties } from './tiles';

function decode(bytes: Uint8Array | null) {
	expect(bytes).not.toBeNull();
	const layer = new VectorTile(new PbfReader(bytes!)).layers[TILE_LAYER];
	return Array.from({ length: layer.length }, (_, i) => layer.feature(i));
}

const square = (code: string, x: number, y: number, size: number) => ({
	code,
	bbox: [x, y, x + size, y + size],
	geometry: { type: 'Polygon' as const, coordinates: [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]] }
});

describe('tile addresses', () => {
	it('takes z/x/y inside the pyramid and refuses the rest', () => {
		expect(parseTileAddress('0', '0', '0')).toEqual({ z: 0, x: 0, y: 0 });
		expect(parseTileAddress('14', '8483', '5296')).toEqual({ z: 14, x: 8483, y: 5296 });
		expect(parseTileAddress('15', '0', '0')).toBeNull();
		expect(parseTileAddress('2', '4', '0')).toBeNull();
		expect(parseTileAddress('2', '-1', '0')).toBeNull();
		expect(parseTileAddress('2', '1.5', '0')).toBeNull();
		expect(parseTileAddress('a', '0', '0')).toBeNull();
	});

	it('finds the tile of a point (Assen at zoom 10 is tile 530/333)', () => {
		expect(tileOf(6.56, 52.99, 10)).toEqual({ z: 10, x: 530, y: 333 });
		expect(tileOf(0, 0, 0)).toEqual({ z: 0, x: 0, y: 0 });
	});
});

describe('building tiles (pure)', () => {
	const areas = { year: 2024, features: [square('BU1', 5, 52, 0.1), square('BU2', 5.2, 52, 0.1)] };
	const properties: AreaProperties = new Map([
		['BU1', { code: 'BU1', name: 'Een', wozValue: 300 }],
		['BU2', { code: 'BU2', name: 'Twee', wozValue: null }]
	]);
	const build = () => areaTiles(indexGeometry(areas), properties);

	it('puts every area with its code and values in the tile, and leaves out unknown values', () => {
		const index = build();
		expect(index.features).toBe(2);
		expect(index.boundaryYear).toBe(2024);
		expect(index.bbox).toEqual([5, 52, 5.3, 52.1]);
		const features = decode(index.tile(tileOf(5.1, 52.05, 8)));
		expect(features.map((f) => f.properties.code).sort()).toEqual(['BU1', 'BU2']);
		const one = features.find((f) => f.properties.code === 'BU1')!;
		expect(one.properties).toMatchObject({ name: 'Een', wozValue: 300 });
		expect(one.type).toBe(3); // polygon
		expect(features.find((f) => f.properties.code === 'BU2')!.properties).not.toHaveProperty('wozValue');
	});

	it('gives no tile where no area is or where areas are below a pixel, and an index without areas none at all', () => {
		const index = build();
		expect(index.tile({ z: 0, x: 0, y: 0 })).toBeNull();
		expect(index.tile({ z: 10, x: 0, y: 0 })).toBeNull();
		const empty = areaTiles(indexGeometry({ year: null, features: [] }), new Map());
		expect(empty.bbox).toBeNull();
		expect(empty.tile({ z: 0, x: 0, y: 0 })).toBeNull();
	});

	it('answers gzip to a client that takes it, 204 for an empty tile', async () => {
		const bytes = build().tile(tileOf(5.1, 52.05, 8))!;
		const zipped = tileResponse(bytes, 'gzip, deflate, br');
		expect(zipped.headers.get('content-encoding')).toBe('gzip');
		expect(zlib.gunzipSync(Buffer.from(await zipped.arrayBuffer()))).toEqual(Buffer.from(bytes));
		const plain = tileResponse(bytes, null);
		expect(plain.headers.get('content-encoding')).toBeNull();
		expect(new Uint8Array(await plain.arrayBuffer())).toEqual(bytes);
		expect(tileResponse(null, 'gzip').status).toBe(204);
	});
});

describe('the query of the area outputs', () => {
	it('reads municipality, level and known indicators, in a fixed order back', () => {
		const read = readAreaQuery(new URLSearchParams('indicators=wozValue,nonsense,inhabitants&level=buurt&municipality=GM0106'));
		expect(read).toEqual({ ok: true, query: { municipality: 'GM0106', level: 'buurt', indicators: ['wozValue', 'inhabitants'] } });
		if (read.ok) expect(areaQueryString(read.query)).toBe('municipality=GM0106&level=buurt&indicators=wozValue%2Cinhabitants');
		expect(readAreaQuery(new URLSearchParams('municipality=Assen'))).toEqual({ ok: false, error: 'municipalityRequired' });
		expect(readAreaQuery(new URLSearchParams(''))).toEqual({ ok: true, query: { municipality: null, level: 'wijk', indicators: ['inhabitants'] } });
	});
});

describe('tiles from the database', () => {
	let handle: DbHandle;
	beforeAll(async () => {
		handle = await createTestDb();
	});
	afterAll(async () => handle?.close());

	it('tiles the demo wijken of Assen with the same values as the GeoJSON', async () => {
		const geo = await areasGeoJson(handle.db, 'GM0106', 'wijk', ['inhabitants']);
		const index = await areaTileIndex(handle.db, null, 'wijk', ['inhabitants']);
		expect(index.features).toBeGreaterThanOrEqual(geo.features.length);
		const features = decode(index.tile(tileOf(6.56, 52.99, 8)));
		const oost = features.find((f) => f.properties.code === 'WK010603')!;
		expect(oost.properties.inhabitants).toBe(geo.features.find((f) => f.id === 'WK010603')!.properties.inhabitants);
		// Unchanged data: the same tiles from memory; other indicators on the same geometry.
		expect(await areaTileIndex(handle.db, null, 'wijk', ['inhabitants'])).toBe(index);
		const woz = decode((await areaTileIndex(handle.db, null, 'wijk', ['wozValue'])).tile(tileOf(6.56, 52.99, 8))).find((f) => f.properties.code === 'WK010603')!;
		expect(woz.properties.wozValue).toBe(geo.features.length ? (await areasGeoJson(handle.db, 'GM0106', 'wijk', ['wozValue'])).features.find((f) => f.id === 'WK010603')!.properties.wozValue : undefined);
		expect(woz.properties).not.toHaveProperty('inhabitants');
	});

	it('builds the index again after an import, so a new figure shows at once', async () => {
		const before = await areaTileIndex(handle.db, 'GM0106', 'wijk', ['inhabitants']);
		const imported = await runImport(handle.db, { fileName: 'kwb.csv', text: 'code,naam,inwoners\nGM0106,Assen,69000\nWK010603,Assen-Oost,12345\n', year: 2030 });
		expect(imported.ok).toBe(true);
		const after = await areaTileIndex(handle.db, 'GM0106', 'wijk', ['inhabitants']);
		expect(after).not.toBe(before);
		// New figures, same boundaries: the geometry is not indexed again.
		expect(after.geometry).toBe(before.geometry);
		const oost = decode(after.tile(tileOf(6.56, 52.99, 8))).find((f) => f.properties.code === 'WK010603')!;
		expect(oost.properties.inhabitants).toBe(12345);
	});

	it('indexes the geometry again after a boundary import', async () => {
		const before = await areaTileIndex(handle.db, null, 'buurt', ['inhabitants']);
		const square = JSON.stringify({
			type: 'FeatureCollection',
			features: [{ type: 'Feature', properties: { statcode: 'BU01069999', statnaam: 'Proefbuurt' }, geometry: { type: 'Polygon', coordinates: [[[6.5, 52.9], [6.51, 52.9], [6.51, 52.91], [6.5, 52.91], [6.5, 52.9]]] } }]
		});
		const imported = await runImport(handle.db, { fileName: 'buurten.geojson', text: square, year: 2031 });
		expect(imported.ok).toBe(true);
		const after = await areaTileIndex(handle.db, null, 'buurt', ['inhabitants']);
		expect(after.geometry).not.toBe(before.geometry);
		expect(decode(after.tile(tileOf(6.505, 52.905, 12))).map((f) => f.properties.code)).toContain('BU01069999');
	});
});
