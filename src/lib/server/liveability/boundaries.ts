/**
 * Area boundaries: GeoJSON or TopoJSON in WGS84 or RD New → validated WGS84 features keyed by
 * CBS code, plus helpers for display (simplify), bounding boxes and point-in-area checks.
 */
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import proj4 from 'proj4';
import { feature as topoFeature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import kinks from '@turf/kinks';
import simplify from '@turf/simplify';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import turfBbox from '@turf/bbox';
import turfArea from '@turf/area';
import { validateAreaCode, type AreaLevel } from './codes';
import { ReportBuilder, type Issue, type ValidationReport } from './reports';

export type AreaGeometry = Polygon | MultiPolygon;
export type Projection = 'EPSG:4326' | 'EPSG:28992';
export type BBox = [number, number, number, number];

export interface BoundaryFeature {
	code: string;
	/** null when the code is not a CBS code (kept: custom areas can still be drawn). */
	level: AreaLevel | null;
	name: string | null;
	geometry: AreaGeometry;
}

export interface CandidateProperty {
	name: string;
	/** First non-empty value seen, for a "which property holds the code?" chooser. */
	sample: string | number | boolean | null;
	/** Share (0..1) of the sampled features whose value looks like a CBS area code. */
	codeLikeShare: number;
}

export interface BoundaryCounts extends Record<string, number> {
	inputFeatures: number;
	features: number;
	skipped: number;
	selfIntersecting: number;
	vertices: number;
}

export interface BoundaryParseResult {
	features: BoundaryFeature[];
	format: 'geojson' | 'topojson' | null;
	projection: Projection | null;
	/** All object names of a TopoJSON topology. */
	topologyObjects: string[];
	topologyObject: string | null;
	codeProperty: string | null;
	nameProperty: string | null;
	candidateProperties: CandidateProperty[];
	report: ValidationReport<BoundaryCounts>;
}

export interface BoundaryParseOptions {
	codeProperty?: string;
	nameProperty?: string;
	/** TopoJSON object to convert; default: the only object, or the largest with a warning. */
	topologyObject?: string;
	/**
	 * Self-intersecting polygons: leave them out with a warning (default), fail the whole file,
	 * or keep them with a warning. Note: generalised national files (cartomap, 0.001° precision)
	 * contain some: 23 of 3393 wijken 2024, 5 of 342 gemeenten 2023 (incl. Rotterdam), so a
	 * map import of such files should use 'keep'.
	 */
	onInvalid?: 'skip' | 'fail' | 'keep';
	/** Skip the O(n²) self-intersection test (e.g. for trusted, already validated files). */
	checkSelfIntersections?: boolean;
}

// RD New with the 7-parameter datum shift to WGS84 (EPSG:28992 as published by PDOK/epsg.io).
const RD_NEW =
	'+proj=sterea +lat_0=52.15616055555555 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 +y_0=463000 ' +
	'+ellps=bessel +towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725 +units=m +no_defs';
proj4.defs('EPSG:28992', RD_NEW);
const rdToWgs84 = proj4('EPSG:28992', 'EPSG:4326');

/** Property names that usually hold the code, best first (compared case-insensitively). */
const CODE_PROPERTY_NAMES = [
	'statcode',
	'code',
	'gwb_code',
	'gwb_code_10',
	'bu_code',
	'buurtcode',
	'wk_code',
	'wijkcode',
	'gm_code',
	'gemeentecode',
	'regiocode'
];
const NAME_PROPERTY_NAMES: Record<AreaLevel | 'any', string[]> = {
	any: ['statnaam', 'naam', 'name', 'gwb_naam', 'regionaam'],
	buurt: ['bu_naam', 'buurtnaam'],
	wijk: ['wk_naam', 'wijknaam'],
	gemeente: ['gm_naam', 'gemeentenaam']
};

const NL_BBOX: BBox = [3, 50, 8, 54];
const RD_X: [number, number] = [0, 300000];
const RD_Y: [number, number] = [300000, 625000];

function emptyCounts(): BoundaryCounts {
	return { inputFeatures: 0, features: 0, skipped: 0, selfIntersecting: 0, vertices: 0 };
}

function isObject(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Visit every position of a geometry (any type). */
function forEachPosition(geometry: Geometry | null | undefined, fn: (p: Position) => void): void {
	if (!geometry) return;
	switch (geometry.type) {
		case 'Point':
			fn(geometry.coordinates);
			break;
		case 'MultiPoint':
		case 'LineString':
			geometry.coordinates.forEach(fn);
			break;
		case 'MultiLineString':
		case 'Polygon':
			for (const line of geometry.coordinates) line.forEach(fn);
			break;
		case 'MultiPolygon':
			for (const poly of geometry.coordinates) for (const ring of poly) ring.forEach(fn);
			break;
		case 'GeometryCollection':
			for (const g of geometry.geometries) forEachPosition(g, fn);
			break;
	}
}

function mapPositions<G extends AreaGeometry>(geometry: G, fn: (p: Position) => Position): G {
	if (geometry.type === 'Polygon') {
		return { type: 'Polygon', coordinates: geometry.coordinates.map((ring) => ring.map(fn)) } as G;
	}
	return {
		type: 'MultiPolygon',
		coordinates: geometry.coordinates.map((poly) => poly.map((ring) => ring.map(fn)))
	} as G;
}

function countVertices(geometry: AreaGeometry): number {
	let n = 0;
	forEachPosition(geometry, () => n++);
	return n;
}

/** Projection named by a (legacy) GeoJSON `crs` member, if any. */
function projectionFromCrs(crs: unknown): Projection | 'other' | null {
	if (!isObject(crs) || !isObject(crs.properties)) return null;
	const name = String(crs.properties.name ?? crs.properties.href ?? '');
	if (name === '') return null;
	if (/28992|rd.?new|amersfoort/i.test(name)) return 'EPSG:28992';
	if (/4326|crs84/i.test(name)) return 'EPSG:4326';
	return 'other';
}

interface ProjectionGuess {
	projection: Projection | null;
	swapAxes: boolean;
	bbox: BBox;
	sample: Position | null;
}

/** Guess the projection from the coordinate range of all features. */
function guessProjection(features: Feature[]): ProjectionGuess {
	let minX = Infinity;
	let minY = Infinity;
	let maxX = -Infinity;
	let maxY = -Infinity;
	let sample: Position | null = null;
	for (const f of features) {
		forEachPosition(f.geometry, (p) => {
			const [x, y] = p;
			if (sample === null) sample = p;
			if (x < minX) minX = x;
			if (x > maxX) maxX = x;
			if (y < minY) minY = y;
			if (y > maxY) maxY = y;
		});
	}
	const bbox: BBox = [minX, minY, maxX, maxY];
	if (sample === null) return { projection: null, swapAxes: false, bbox, sample };
	const within = (b: BBox, xr: [number, number], yr: [number, number]) =>
		b[0] >= xr[0] && b[2] <= xr[1] && b[1] >= yr[0] && b[3] <= yr[1];
	if (within(bbox, [-180, 180], [-90, 90])) {
		// lat/lon written in the wrong order is a classic; NL makes it detectable.
		const swapped = within(bbox, [NL_BBOX[1], NL_BBOX[3]], [NL_BBOX[0], NL_BBOX[2]]);
		const normal = within(bbox, [NL_BBOX[0], NL_BBOX[2]], [NL_BBOX[1], NL_BBOX[3]]);
		return { projection: 'EPSG:4326', swapAxes: swapped && !normal, bbox, sample };
	}
	if (within(bbox, RD_X, RD_Y)) return { projection: 'EPSG:28992', swapAxes: false, bbox, sample };
	return { projection: null, swapAxes: false, bbox, sample };
}

function formatPosition(p: Position | null): string {
	if (!p) return '(geen coördinaten)';
	return `[${p.slice(0, 2).join(', ')}]`;
}

function sampleValue(v: unknown): string | number | boolean | null {
	if (v === null || v === undefined) return null;
	if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
	return JSON.stringify(v).slice(0, 80);
}

/** All property names with a sample value and how code-like they are (first 200 features). */
export function candidatePropertiesOf(features: readonly Feature[]): CandidateProperty[] {
	const sampleSet = features.slice(0, 200);
	const stats = new Map<string, { sample: CandidateProperty['sample']; codeLike: number }>();
	for (const f of sampleSet) {
		if (!isObject(f.properties)) continue;
		for (const [name, value] of Object.entries(f.properties)) {
			let s = stats.get(name);
			if (!s) {
				s = { sample: null, codeLike: 0 };
				stats.set(name, s);
			}
			if (s.sample === null && value !== null && value !== undefined && value !== '') s.sample = sampleValue(value);
			if (typeof value === 'string' && validateAreaCode(value).ok) s.codeLike++;
		}
	}
	const n = Math.max(1, sampleSet.length);
	return [...stats.entries()].map(([name, s]) => ({ name, sample: s.sample, codeLikeShare: s.codeLike / n }));
}

function findProperty(candidates: readonly CandidateProperty[], names: readonly string[]): string | null {
	for (const wanted of names) {
		const hit = candidates.find((c) => c.name.toLowerCase() === wanted);
		if (hit) return hit.name;
	}
	return null;
}

/** Pick the code property: a known name holding CBS codes, else the most code-like property. */
function detectCodeProperty(candidates: readonly CandidateProperty[]): string | null {
	for (const wanted of CODE_PROPERTY_NAMES) {
		const hit = candidates.find((c) => c.name.toLowerCase() === wanted && c.codeLikeShare > 0.5);
		if (hit) return hit.name;
	}
	const best = [...candidates].filter((c) => c.codeLikeShare > 0.5).sort((a, b) => b.codeLikeShare - a.codeLikeShare)[0];
	if (best) return best.name;
	// Non-CBS codes: still accept a property literally called "code".
	return findProperty(candidates, ['code', 'statcode']);
}

function detectNameProperty(candidates: readonly CandidateProperty[], level: AreaLevel | null): string | null {
	const general = findProperty(candidates, NAME_PROPERTY_NAMES.any);
	if (general) return general;
	if (level) {
		const specific = findProperty(candidates, NAME_PROPERTY_NAMES[level]);
		if (specific) return specific;
	}
	// e.g. "naam_kwb2024": a name-ish property that is not the gemeente name of a smaller area.
	const loose = candidates.find(
		(c) => /naam|name/i.test(c.name) && (level === 'gemeente' || !/gemeente|gm_/i.test(c.name)) && typeof c.sample === 'string'
	);
	return loose ? loose.name : null;
}

/** Convert TopoJSON to GeoJSON features; picks the object and reports the choice. */
function topologyToFeatures(
	topology: Record<string, unknown>,
	options: BoundaryParseOptions,
	report: ReportBuilder
): { features: Feature[]; objects: string[]; chosen: string | null } {
	const objects = isObject(topology.objects) ? topology.objects : {};
	const names = Object.keys(objects);
	if (names.length === 0) {
		report.addFatal({ code: 'notGeoJson', detail: 'TopoJSON without objects' });
		return { features: [], objects: names, chosen: null };
	}
	let chosen: string;
	if (options.topologyObject !== undefined) {
		if (!names.includes(options.topologyObject)) {
			report.addFatal({ code: 'topologyObjectNotFound', detail: options.topologyObject });
			return { features: [], objects: names, chosen: null };
		}
		chosen = options.topologyObject;
	} else {
		const size = (n: string) => {
			const o = objects[n];
			return isObject(o) && Array.isArray(o.geometries) ? o.geometries.length : 1;
		};
		chosen = [...names].sort((a, b) => size(b) - size(a))[0];
		if (names.length > 1) report.addWarning({ code: 'multipleObjects', detail: names.join(', ') });
	}
	try {
		const converted = topoFeature(topology as unknown as Topology, chosen) as Feature | FeatureCollection;
		const features = converted.type === 'FeatureCollection' ? converted.features : [converted];
		return { features, objects: names, chosen };
	} catch (error) {
		report.addFatal({ code: 'notGeoJson', detail: `TopoJSON: ${(error as Error).message}` });
		return { features: [], objects: names, chosen };
	}
}

/**
 * Parse boundaries from text (or an already parsed object). Never throws on bad input: every
 * problem ends up in `report`; with a fatal issue `features` is empty.
 */
export function parseBoundaries(input: string | unknown, options: BoundaryParseOptions = {}): BoundaryParseResult {
	const report = new ReportBuilder();
	const counts = emptyCounts();
	const result: BoundaryParseResult = {
		features: [],
		format: null,
		projection: null,
		topologyObjects: [],
		topologyObject: null,
		codeProperty: null,
		nameProperty: null,
		candidateProperties: [],
		report: report.build(counts)
	};
	const finish = (): BoundaryParseResult => {
		if (report.hasFatal) result.features = [];
		counts.features = result.features.length;
		result.report = report.build(counts);
		return result;
	};

	let data: unknown = input;
	if (typeof input === 'string') {
		if (input.trim() === '') {
			report.addFatal({ code: 'emptyFile' });
			return finish();
		}
		try {
			data = JSON.parse(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
		} catch (error) {
			report.addFatal({ code: 'invalidJson', detail: (error as Error).message });
			return finish();
		}
	}
	if (!isObject(data)) {
		report.addFatal({ code: 'notGeoJson', detail: 'not a JSON object' });
		return finish();
	}

	let rawFeatures: Feature[];
	if (data.type === 'Topology') {
		result.format = 'topojson';
		const topo = topologyToFeatures(data, options, report);
		result.topologyObjects = topo.objects;
		result.topologyObject = topo.chosen;
		rawFeatures = topo.features;
	} else if (data.type === 'FeatureCollection' && Array.isArray(data.features)) {
		result.format = 'geojson';
		rawFeatures = (data.features as unknown[]).filter(isObject) as unknown as Feature[];
	} else if (data.type === 'Feature') {
		result.format = 'geojson';
		rawFeatures = [data as unknown as Feature];
	} else {
		report.addFatal({ code: 'notGeoJson', detail: `type "${String(data.type)}"` });
		return finish();
	}
	if (report.hasFatal) return finish();
	counts.inputFeatures = rawFeatures.length;
	if (rawFeatures.length === 0) {
		report.addFatal({ code: 'noFeatures' });
		return finish();
	}

	// Projection: an explicit crs member wins over guessing from the numbers.
	const guess = guessProjection(rawFeatures);
	const fromCrs = projectionFromCrs(data.crs);
	if (fromCrs === 'other') {
		const crsName = isObject(data.crs) && isObject(data.crs.properties) ? String(data.crs.properties.name) : '';
		report.addFatal({ code: 'unknownProjection', detail: `${crsName} ${formatPosition(guess.sample)}`.trim() });
		return finish();
	}
	// A crs member that contradicts the numbers is worse than none: refuse rather than misplace.
	if (fromCrs !== null && guess.projection !== fromCrs && !(fromCrs === 'EPSG:4326' && guess.swapAxes)) {
		report.addFatal({ code: 'unknownProjection', detail: `crs ${fromCrs}, ${formatPosition(guess.sample)}` });
		return finish();
	}
	const projection = fromCrs ?? guess.projection;
	if (projection === null) {
		report.addFatal({ code: 'unknownProjection', detail: formatPosition(guess.sample) });
		return finish();
	}
	result.projection = projection;
	let transform: ((p: Position) => Position) | null = null;
	if (projection === 'EPSG:28992') {
		transform = (p) => rdToWgs84.forward([p[0], p[1]]);
	} else if (guess.swapAxes) {
		// Also for "urn:ogc:def:crs:EPSG::4326", which officially means lat/lon order.
		report.addWarning({ code: 'axisOrderSwapped' });
		transform = (p) => [p[1], p[0]];
	}

	// Properties: explicit options first, then the usual names.
	const candidates = candidatePropertiesOf(rawFeatures);
	result.candidateProperties = candidates;
	let codeProperty: string | null = null;
	if (options.codeProperty !== undefined) {
		if (!candidates.some((c) => c.name === options.codeProperty)) {
			report.addFatal({ code: 'codePropertyNotFound', detail: ` ("${options.codeProperty}")` });
			return finish();
		}
		codeProperty = options.codeProperty;
	} else {
		codeProperty = detectCodeProperty(candidates);
	}
	// cartomap files also carry the code as the feature id; use it when no property fits.
	const useFeatureId =
		codeProperty === null && rawFeatures.slice(0, 50).some((f) => typeof f.id === 'string' && validateAreaCode(f.id).ok);
	if (codeProperty === null && !useFeatureId) {
		report.addFatal({ code: 'codePropertyNotFound', detail: '' });
		return finish();
	}
	result.codeProperty = codeProperty ?? (useFeatureId ? 'id' : null);

	const firstCode = (() => {
		for (const f of rawFeatures) {
			const v = codeProperty ? f.properties?.[codeProperty] : f.id;
			if (typeof v === 'string' && validateAreaCode(v).ok) return validateAreaCode(v);
		}
		return null;
	})();
	const dominantLevel = firstCode && firstCode.ok ? firstCode.level : null;
	let nameProperty: string | null = null;
	if (options.nameProperty !== undefined) {
		if (!candidates.some((c) => c.name === options.nameProperty)) {
			report.addWarning({ code: 'namePropertyNotFound', detail: ` ("${options.nameProperty}")` });
		} else nameProperty = options.nameProperty;
	} else {
		nameProperty = detectNameProperty(candidates, dominantLevel);
		if (nameProperty === null) report.addWarning({ code: 'namePropertyNotFound', detail: '' });
	}
	result.nameProperty = nameProperty;

	const onInvalid = options.onInvalid ?? 'skip';
	const checkKinks = options.checkSelfIntersections ?? true;
	const byCode = new Map<string, { index: number; row: number }>();
	const features: BoundaryFeature[] = [];
	let outside = 0;

	rawFeatures.forEach((f, i) => {
		const row = i + 1;
		const props = isObject(f.properties) ? f.properties : {};
		const rawCode = codeProperty ? props[codeProperty] : f.id;
		const codeText = rawCode === null || rawCode === undefined ? '' : String(rawCode).trim();
		if (codeText === '') {
			report.addWarning({ code: 'missingCode', row });
			counts.skipped++;
			return;
		}
		const check = validateAreaCode(codeText);
		const code = check.ok ? check.code : codeText;
		const geometry = f.geometry as Geometry | null;
		if (!geometry) {
			report.addWarning({ code: 'emptyGeometry', row, areaCode: code });
			counts.skipped++;
			return;
		}
		if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
			report.addWarning({ code: 'nonPolygonGeometry', row, areaCode: code, detail: geometry.type });
			counts.skipped++;
			return;
		}
		// Drop degenerate rings (< 4 positions) and empty parts before judging emptiness.
		const polys = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates)
			.map((poly) => (Array.isArray(poly) ? poly.filter((ring) => Array.isArray(ring) && ring.length >= 4) : []))
			.filter((poly) => poly.length > 0);
		if (polys.length === 0) {
			report.addWarning({ code: 'emptyGeometry', row, areaCode: code });
			counts.skipped++;
			return;
		}
		let geom: AreaGeometry =
			polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys };
		if (transform) geom = mapPositions(geom, transform);
		// Before the area test: a bow-tie's halves cancel out to zero area.
		if (checkKinks) {
			const k = kinks(geom).features.length;
			if (k > 0) {
				counts.selfIntersecting++;
				const issue: Issue = { code: 'selfIntersection', row, areaCode: code, detail: String(k) };
				if (onInvalid === 'fail') report.addFatal(issue);
				else if (onInvalid === 'keep') report.addWarning(issue);
				else {
					report.addWarning(issue);
					counts.skipped++;
					return;
				}
			}
		}

		if (turfArea(geom) === 0) {
			report.addWarning({ code: 'emptyGeometry', row, areaCode: code });
			counts.skipped++;
			return;
		}
		if (!check.ok) report.addWarning({ code: 'invalidFeatureCode', row, areaCode: code, detail: check.detail });

		const nameValue = nameProperty ? props[nameProperty] : null;
		const name = nameValue === null || nameValue === undefined || nameValue === '' ? null : String(nameValue);

		// Several features with one code are parts of one area: merge, but say so.
		const earlier = byCode.get(code);
		if (earlier) {
			const target = features[earlier.index];
			const parts = (g: AreaGeometry) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
			target.geometry = { type: 'MultiPolygon', coordinates: [...parts(target.geometry), ...parts(geom)] };
			report.addWarning({ code: 'duplicateFeatureCode', row, areaCode: code, detail: String(earlier.row) });
			return;
		}
		const bb = turfBbox(geom);
		if (bb[0] < NL_BBOX[0] - 0.5 || bb[2] > NL_BBOX[2] + 0.5 || bb[1] < NL_BBOX[1] - 0.5 || bb[3] > NL_BBOX[3] + 0.5) outside++;
		byCode.set(code, { index: features.length, row });
		features.push({ code, level: check.ok ? check.level : null, name, geometry: geom });
	});

	if (outside > 0) report.addWarning({ code: 'outsideNetherlands', detail: `${outside}` });
	if (!report.hasFatal && features.length === 0) report.addFatal({ code: 'noFeatures' });
	result.features = features;
	counts.vertices = features.reduce((n, f) => n + countVertices(f.geometry), 0);
	return finish();
}

export interface SimplifyResult {
	features: BoundaryFeature[];
	verticesBefore: number;
	verticesAfter: number;
}

/**
 * Simplify for map display (Douglas–Peucker via @turf/simplify). Rings keep at least 4
 * positions (turf lowers the tolerance per ring when needed), so no area disappears; shared
 * borders between neighbours are simplified independently and may show hairline gaps.
 * ~0.0005° ≈ 35–55 m in NL is plenty for a wijk map.
 */
export function simplifyForDisplay(features: readonly BoundaryFeature[], toleranceDeg = 0.0005): SimplifyResult {
	let verticesBefore = 0;
	let verticesAfter = 0;
	const out = features.map((f) => {
		verticesBefore += countVertices(f.geometry);
		const simplified = simplify(f.geometry, { tolerance: toleranceDeg, highQuality: false, mutate: false }) as AreaGeometry;
		verticesAfter += countVertices(simplified);
		return { ...f, geometry: simplified };
	});
	return { features: out, verticesBefore, verticesAfter };
}

/** [minLon, minLat, maxLon, maxLat] of one feature or a list (null for an empty list). */
export function bboxOf(input: BoundaryFeature | readonly BoundaryFeature[]): BBox | null {
	const list = Array.isArray(input) ? input : [input as BoundaryFeature];
	if (list.length === 0) return null;
	const acc: BBox = [Infinity, Infinity, -Infinity, -Infinity];
	for (const f of list) {
		const b = turfBbox(f.geometry);
		acc[0] = Math.min(acc[0], b[0]);
		acc[1] = Math.min(acc[1], b[1]);
		acc[2] = Math.max(acc[2], b[2]);
		acc[3] = Math.max(acc[3], b[3]);
	}
	return acc;
}

/** Is [lon, lat] inside the area (holes excluded)? Used for "a pin outside the municipality". */
export function containsPoint(feature: BoundaryFeature, lonLat: readonly [number, number]): boolean {
	return booleanPointInPolygon([lonLat[0], lonLat[1]], feature.geometry);
}

/** First feature containing the point, e.g. to find the wijk of an address. */
export function findContaining(features: readonly BoundaryFeature[], lonLat: readonly [number, number]): BoundaryFeature | null {
	for (const f of features) {
		const b = turfBbox(f.geometry);
		if (lonLat[0] < b[0] || lonLat[0] > b[2] || lonLat[1] < b[1] || lonLat[1] > b[3]) continue;
		if (containsPoint(f, lonLat)) return f;
	}
	return null;
}

/** Convert one RD New coordinate to [lon, lat]; exported for tests and point imports. */
export function rdToLonLat(x: number, y: number): [number, number] {
	const [lon, lat] = rdToWgs84.forward([x, y]);
	return [lon, lat];
}

/** Features back to a GeoJSON FeatureCollection (e.g. for a map layer). */
export function toFeatureCollection(features: readonly BoundaryFeature[]): FeatureCollection<AreaGeometry> {
	return {
		type: 'FeatureCollection',
		features: features.map((f) => ({
			type: 'Feature',
			id: f.code,
			properties: { code: f.code, name: f.name, level: f.level },
			geometry: f.geometry
		}))
	};
}
