// Vector tiles (Mapbox Vector Tile 2.1) of the areas of one level with their indicator values:
// what a map of all ~14,500 buurten of the Netherlands needs. From one 5 MB GeoJSON the browser
// must parse, index and triangulate every vertex before the first frame; tiles give it only what
// the screen shows, simplified for that zoom. The index is built once per data stamp (any
// import, in any process, bumps it) and shared by concurrent requests; encoded tiles are kept.
// No $lib imports, like store.ts.
import zlib from 'node:zlib';
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { Db } from '../db';
import { and, eq, inArray } from 'drizzle-orm';
import { StampedCache, type StampArea } from '../cache/stamped';
import { dataStamp } from '../db/schema';
import { areasGeoJson, boundaries } from './store';
import type { AreaGeometry } from './boundaries';
import type { AreaLevel } from './codes';

/** The one layer in every tile. */
export const TILE_LAYER = 'areas';
export const TILE_EXTENT = 4096;
/** Beyond this zoom the map enlarges the tiles of this zoom (about 10 m per pixel is enough). */
export const TILE_MAX_ZOOM = 14;
/** Encoded tiles kept per set (bytes): the tiles of a national map at the zooms people use. */
const MAX_ENCODED_BYTES = 16 * 1024 * 1024;

export interface TileAddress {
	z: number;
	x: number;
	y: number;
}

/** z/x/y of a tile in the pyramid 0..TILE_MAX_ZOOM, or null for anything else. */
export function parseTileAddress(z: string, x: string, y: string): TileAddress | null {
	const whole = (s: string) => (/^\d{1,5}$/.test(s) ? Number(s) : NaN);
	const [zn, xn, yn] = [whole(z), whole(x), whole(y)];
	if (!(zn >= 0 && zn <= TILE_MAX_ZOOM)) return null;
	const size = 2 ** zn;
	if (!(xn >= 0 && xn < size && yn >= 0 && yn < size)) return null;
	return { z: zn, x: xn, y: yn };
}

/** The tile that holds a WGS84 point at a zoom (for tests, links and the access matrix). */
export function tileOf(lon: number, lat: number, z: number): TileAddress {
	const size = 2 ** z;
	const rad = (lat * Math.PI) / 180;
	const x = Math.floor(((lon + 180) / 360) * size);
	const y = Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * size);
	return { z, x: Math.min(size - 1, Math.max(0, x)), y: Math.min(size - 1, Math.max(0, y)) };
}

/** The boundaries of one level, indexed for tiling: shared by every choice of indicators. */
export interface GeometryIndex {
	boundaryYear: number | null;
	features: number;
	/** [west, south, east, north] of all areas, or null when there are none. */
	bbox: [number, number, number, number] | null;
	/** Time to build the index (ms): the price of the first map after a change. */
	buildMs: number;
	index: GeoJSONVT | null;
}

export type AreaProperties = Map<string, Record<string, string | number | null>>;

export interface AreaTileIndex extends Omit<GeometryIndex, 'index'> {
	/** The indexed geometry underneath, shared by the tile sets of one level. */
	geometry: GeometryIndex;
	tile(address: TileAddress): Uint8Array | null;
}

/** Index boundaries (as stored: code, bbox, WGS84 geometry) for tiling. Pure: no database. */
export function indexGeometry(areas: { year: number | null; features: { code: string; bbox: number[]; geometry: AreaGeometry }[] }): GeometryIndex {
	const started = performance.now();
	const bbox: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const f of areas.features) {
		bbox[0] = Math.min(bbox[0], f.bbox[0]);
		bbox[1] = Math.min(bbox[1], f.bbox[1]);
		bbox[2] = Math.max(bbox[2], f.bbox[2]);
		bbox[3] = Math.max(bbox[3], f.bbox[3]);
	}
	// Only the code rides along in the index; names and figures are added per tile, so a switch
	// of indicator does not index the geometry again. (MVT ids are integers: the code is a tag.)
	const features = areas.features.map((f) => ({ type: 'Feature' as const, properties: { code: f.code }, geometry: f.geometry }));
	const index = features.length
		? new GeoJSONVT({ type: 'FeatureCollection', features } as never, { maxZoom: TILE_MAX_ZOOM, extent: TILE_EXTENT, tolerance: 3, buffer: 64 })
		: null;
	return { boundaryYear: areas.year, features: features.length, bbox: features.length ? bbox : null, buildMs: performance.now() - started, index };
}

/** Tiles of indexed geometry with the properties (name, indicator values) of each code. Pure. */
export function areaTiles(geometry: GeometryIndex, properties: AreaProperties): AreaTileIndex {
	const encoded = new Map<string, Uint8Array | null>();
	let bytes = 0;
	const { index, ...facts } = geometry;
	return {
		...facts,
		geometry,
		tile({ z, x, y }) {
			const key = `${z}/${x}/${y}`;
			if (encoded.has(key)) return encoded.get(key)!;
			const t = index?.getTile(z, x, y);
			let out: Uint8Array | null = null;
			if (t && t.features.length) {
				const features = t.features.map((f) => {
					const code = String(f.tags?.code);
					return { ...f, tags: dropNulls(properties.get(code) ?? { code }) };
				});
				out = fromGeojsonVt({ [TILE_LAYER]: { ...t, features } as typeof t }, { version: 2, extent: TILE_EXTENT });
			}
			// Keep encoded tiles up to a budget, oldest out first.
			while (bytes > MAX_ENCODED_BYTES && encoded.size) {
				const [oldKey, old] = encoded.entries().next().value!;
				bytes -= old?.byteLength ?? 0;
				encoded.delete(oldKey);
			}
			encoded.set(key, out);
			bytes += out?.byteLength ?? 0;
			return out;
		}
	};
}

/** A missing value is a missing property in a tile, which the map's style reads as null. */
function dropNulls(props: Record<string, string | number | null>): Record<string, string | number> {
	const out: Record<string, string | number> = {};
	for (const [k, v] of Object.entries(props)) if (v !== null && v !== undefined) out[k] = v;
	return out;
}

// Geometry per level (the national buurten take about half a second to index) under the
// boundary stamp; properties per choice of indicators, and the tiles of each combination, under
// the stamp that any change of the area data moves (migration 0008).
const geometries = new StampedCache<GeometryIndex>(4);
const tileSets = new StampedCache<AreaTileIndex>(12);

async function liveabilityStamps(db: Db): Promise<{ data: number; boundaries: number }> {
	const rows = await db
		.select({ area: dataStamp.area, stamp: dataStamp.stamp })
		.from(dataStamp)
		.where(and(eq(dataStamp.spaceId, '*'), inArray(dataStamp.area, ['liveability', 'liveability-boundaries'])));
	const of = (area: StampArea) => Number(rows.find((r) => r.area === area)?.stamp ?? 0);
	return { data: of('liveability'), boundaries: of('liveability-boundaries') };
}

/** The tiles of one level (of one municipality, or of the Netherlands) with these indicators. */
export async function areaTileIndex(db: Db, municipalityCode: string | null, level: AreaLevel, indicators: string[]): Promise<AreaTileIndex> {
	const stamps = await liveabilityStamps(db);
	const where = `${municipalityCode ?? 'NL'}|${level}`;
	return tileSets.through(`${where}|${indicators.join(',')}`, stamps.data, async () => {
		const [geometry, properties] = await Promise.all([
			geometries.through(where, stamps.boundaries, async () => indexGeometry(await boundaries(db, municipalityCode, level))),
			areasGeoJson(db, municipalityCode, level, indicators, { propertiesOnly: true })
		]);
		return areaTiles(geometry, properties);
	});
}

/** gzip when the client takes it: an MVT of buurten shrinks to about a third. */
export function tileResponse(bytes: Uint8Array | null, acceptEncoding: string | null): Response {
	const headers: Record<string, string> = {
		'content-type': 'application/vnd.mapbox-vector-tile',
		'cache-control': 'private, max-age=60',
		vary: 'accept-encoding'
	};
	// An empty tile: the map draws nothing there.
	if (!bytes) return new Response(null, { status: 204, headers });
	if (/\bgzip\b/.test(acceptEncoding ?? '')) {
		return new Response(zlib.gzipSync(bytes, { level: 6 }), { headers: { ...headers, 'content-encoding': 'gzip' } });
	}
	return new Response(bytes as Uint8Array<ArrayBuffer>, { headers });
}
