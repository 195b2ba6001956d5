import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	bboxOf,
	containsPoint,
	findContaining,
	parseBoundaries,
	rdToLonLat,
	simplifyForDisplay,
	toFeatureCollection
} from './boundaries';
import { formatIssue } from './reports';

const fixture = (name: string) => fs.readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const shared = (...parts: string[]) => path.resolve('..', 'shared', 'data', ...parts);
const WIJKEN = shared('boundaries', 'wijken_2024_cartomap_wgs84.geojson');
const HENGELO_TOPO = shared('boundaries', 'buurten_hengelo_2019_kwb_wgs84.topojson');
const BUURTEN_4 = shared('boundaries', 'buurten_2019_assen_rotterdam_enschede_leiden_wgs84.geojson');
const HAVE_WIJKEN = fs.existsSync(WIJKEN);
const HAVE_HENGELO = fs.existsSync(HENGELO_TOPO);
const HAVE_BUURTEN_4 = fs.existsSync(BUURTEN_4);
if (!HAVE_WIJKEN || !HAVE_HENGELO || !HAVE_BUURTEN_4) {
	console.warn(`Skipping some real boundary tests: files in ${path.dirname(WIJKEN)} not found`);
}

/** A WGS84 square (lon/lat) as GeoJSON text. */
function square(code: string, lon: number, lat: number, size = 0.01, props: Record<string, unknown> = {}) {
	return {
		type: 'Feature',
		properties: { statcode: code, statnaam: `Gebied ${code}`, ...props },
		geometry: {
			type: 'Polygon',
			coordinates: [
				[
					[lon, lat],
					[lon + size, lat],
					[lon + size, lat + size],
					[lon, lat + size],
					[lon, lat]
				]
			]
		}
	};
}
const fc = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });

describe('RD New reprojection', () => {
	it('converts a known point: Amersfoort origin (155000, 463000)', () => {
		const [lon, lat] = rdToLonLat(155000, 463000);
		expect(lon).toBeCloseTo(5.38720621, 4);
		expect(lat).toBeCloseTo(52.15517440, 4);
	});

	for (const file of ['rd_assen_square.geojson', 'rd_assen_square_nocrs.geojson']) {
		it(`reads the Assen square in RD New (${file})`, () => {
			const res = parseBoundaries(fixture(file));
			expect(res.report.ok).toBe(true);
			expect(res.projection).toBe('EPSG:28992');
			expect(res.codeProperty).toBe('BU_CODE');
			expect(res.nameProperty).toBe('BU_NAAM');
			expect(res.features).toHaveLength(1);
			const f = res.features[0];
			expect(f).toMatchObject({ code: 'BU01060105', level: 'buurt', name: 'Proefvierkant' });
			const [minLon, minLat, maxLon, maxLat] = bboxOf(f)!;
			// Expected values from the independent Schreutelkamp & Strang van Hees polynomial
			// approximation of RD → WGS84 (accurate to about a metre), not from proj4 itself.
			expect(Math.abs(minLon - 6.548694)).toBeLessThan(0.001);
			expect(Math.abs(maxLon - 6.578962)).toBeLessThan(0.001);
			expect(Math.abs(minLat - 52.985041)).toBeLessThan(0.001);
			expect(Math.abs(maxLat - 53.003303)).toBeLessThan(0.001);
			// Centre of the square, RD (234000, 557000).
			const [cLon, cLat] = rdToLonLat(234000, 557000);
			expect(Math.abs(cLon - 6.563825)).toBeLessThan(0.0001);
			expect(Math.abs(cLat - 52.994173)).toBeLessThan(0.0001);
			expect(containsPoint(f, [cLon, cLat])).toBe(true);
			expect(containsPoint(f, [6.6, 53.1])).toBe(false);
		});
	}
});

describe('projection and input errors', () => {
	it('refuses Web Mercator metres as an unknown projection with a sample coordinate', () => {
		const res = parseBoundaries(fixture('webmercator_square.geojson'));
		expect(res.report.ok).toBe(false);
		expect(res.report.fatal[0]).toMatchObject({ code: 'unknownProjection', detail: '[729000, 6980000]' });
		expect(formatIssue(res.report.fatal[0])).toContain('Onbekende projectie');
		expect(res.features).toEqual([]);
	});

	it('refuses a crs member naming another projection', () => {
		const data = JSON.parse(fixture('rd_assen_square.geojson'));
		data.crs = { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::3857' } };
		const res = parseBoundaries(data);
		expect(res.report.fatal[0].code).toBe('unknownProjection');
		expect(res.report.fatal[0].detail).toContain('3857');
	});

	it('refuses a crs member that contradicts the coordinates', () => {
		const data = JSON.parse(fixture('rd_assen_square.geojson'));
		data.crs = { type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } };
		const res = parseBoundaries(data);
		expect(res.report.fatal[0]).toMatchObject({ code: 'unknownProjection', detail: 'crs EPSG:4326, [233000, 556000]' });
	});

	it('reports invalid JSON', () => {
		const res = parseBoundaries(fixture('invalid.json'));
		expect(res.report.ok).toBe(false);
		expect(res.report.fatal[0].code).toBe('invalidJson');
		expect(res.report.fatal[0].detail).toBeTruthy();
	});

	it('reports JSON that is not GeoJSON, and empty input', () => {
		expect(parseBoundaries('{"type":"Point","coordinates":[6,52]}').report.fatal[0].code).toBe('notGeoJson');
		expect(parseBoundaries('[]').report.fatal[0].code).toBe('notGeoJson');
		expect(parseBoundaries('  ').report.fatal[0].code).toBe('emptyFile');
		expect(parseBoundaries(fc()).report.fatal[0].code).toBe('noFeatures');
	});

	it('accepts WGS84 outside the Netherlands with a warning, and a single Feature', () => {
		const res = parseBoundaries(JSON.stringify(square('GM0106', 100, 10)));
		expect(res.report.ok).toBe(true);
		expect(res.projection).toBe('EPSG:4326');
		expect(res.report.warnings.map((w) => w.code)).toContain('outsideNetherlands');
	});

	it('swaps lat/lon written in the wrong order', () => {
		const f = square('WK010601', 6.55, 52.99);
		f.geometry.coordinates = [f.geometry.coordinates[0].map(([x, y]) => [y, x])];
		const res = parseBoundaries(fc(f));
		expect(res.report.warnings.map((w) => w.code)).toContain('axisOrderSwapped');
		expect(bboxOf(res.features)![0]).toBeCloseTo(6.55, 6);
	});
});

describe('feature validation', () => {
	it('skips a self-intersecting bow-tie by default and reports code and count', () => {
		const res = parseBoundaries(fixture('bowtie_wgs84.geojson'));
		expect(res.report.ok).toBe(true);
		expect(res.features.map((f) => f.code)).toEqual(['WK010602']);
		expect(res.report.warnings).toContainEqual(
			expect.objectContaining({ code: 'selfIntersection', areaCode: 'WK010601', detail: '1' })
		);
		expect(res.report.counts.selfIntersecting).toBe(1);
		expect(formatIssue(res.report.warnings[0])).toBe("Gebied 'WK010601' heeft een grens die zichzelf snijdt (1 keer).");
	});

	it('keeps a bow-tie with a warning when onInvalid is keep', () => {
		const res = parseBoundaries(fixture('bowtie_wgs84.geojson'), { onInvalid: 'keep' });
		// The bow-tie's two halves cancel out to zero area, so it still cannot be drawn.
		expect(res.report.warnings.map((w) => w.code)).toEqual(['selfIntersection', 'emptyGeometry']);
		const crossing = square('WK010603', 6.5, 53, 0.02);
		// A ring whose edge crosses over itself, but with a net area (like a generalisation artefact).
		const pts = [[0, 0], [2, 0], [2, 2], [0.5, 2], [0.5, 2.5], [1, 2.5], [1, 1.5], [0, 1.5], [0, 0]];
		crossing.geometry.coordinates = [pts.map(([x, y]) => [6.5 + x * 0.01, 53 + y * 0.01])];
		const kept = parseBoundaries(fc(crossing), { onInvalid: 'keep' });
		expect(kept.features.map((f) => f.code)).toEqual(['WK010603']);
		expect(kept.report.warnings[0]).toMatchObject({ code: 'selfIntersection', areaCode: 'WK010603' });
		expect(parseBoundaries(fc(crossing), { checkSelfIntersections: false }).report.warnings).toEqual([]);
	});

	it('fails the whole file on a bow-tie with onInvalid: fail', () => {
		const res = parseBoundaries(fixture('bowtie_wgs84.geojson'), { onInvalid: 'fail' });
		expect(res.report.ok).toBe(false);
		expect(res.report.fatal[0]).toMatchObject({ code: 'selfIntersection', areaCode: 'WK010601' });
		expect(res.features).toEqual([]);
	});

	it('reports non-polygons, empty geometries, missing codes and merges duplicate codes', () => {
		const point = { type: 'Feature', properties: { statcode: 'WK010603' }, geometry: { type: 'Point', coordinates: [6.5, 53] } };
		const empty = { type: 'Feature', properties: { statcode: 'WK010604' }, geometry: { type: 'Polygon', coordinates: [] } };
		const nullGeom = { type: 'Feature', properties: { statcode: 'WK010605' }, geometry: null };
		const noCode = square('', 6.6, 53);
		const res = parseBoundaries(
			fc(square('WK010601', 6.5, 53), point, empty, nullGeom, noCode, square('WK010601', 6.52, 53), square('WK010602', 6.54, 53))
		);
		expect(res.report.ok).toBe(true);
		const byCode = Object.fromEntries(res.report.warnings.map((w) => [`${w.code}:${w.row}`, w]));
		expect(byCode['nonPolygonGeometry:2']).toMatchObject({ areaCode: 'WK010603', detail: 'Point' });
		expect(byCode['emptyGeometry:3']).toMatchObject({ areaCode: 'WK010604' });
		expect(byCode['emptyGeometry:4']).toMatchObject({ areaCode: 'WK010605' });
		expect(byCode['missingCode:5']).toBeDefined();
		expect(byCode['duplicateFeatureCode:6']).toMatchObject({ areaCode: 'WK010601', detail: '1' });
		expect(formatIssue(byCode['duplicateFeatureCode:6'])).toBe(
			"Gebied 6: de code 'WK010601' komt vaker voor. De vormen zijn samengevoegd met gebied 1."
		);
		expect(res.features.map((f) => f.code)).toEqual(['WK010601', 'WK010602']);
		expect(res.features[0].geometry.type).toBe('MultiPolygon');
		expect(res.report.counts).toMatchObject({ inputFeatures: 7, features: 2, skipped: 4 });
	});

	it('takes code and name from options and lists candidate properties', () => {
		const text = fc(square('x', 6.5, 53, 0.01, { mijncode: 'GM0106', titel: 'Assen' }));
		const res = parseBoundaries(text, { codeProperty: 'mijncode', nameProperty: 'titel' });
		expect(res.features[0]).toMatchObject({ code: 'GM0106', name: 'Assen', level: 'gemeente' });
		expect(res.candidateProperties.map((c) => c.name)).toEqual(['statcode', 'statnaam', 'mijncode', 'titel']);
		expect(res.candidateProperties.find((c) => c.name === 'mijncode')).toMatchObject({ sample: 'GM0106', codeLikeShare: 1 });
		const wrong = parseBoundaries(text, { codeProperty: 'bestaatNiet' });
		expect(wrong.report.fatal[0].code).toBe('codePropertyNotFound');
		expect(wrong.candidateProperties.length).toBe(4); // still there so a UI can offer a choice
	});

	it('keeps areas with non-CBS codes but warns that they cannot be linked', () => {
		const res = parseBoundaries(fc(square('WK010601', 6.5, 53), square('GEBIED-7', 6.52, 53)), { codeProperty: 'statcode' });
		expect(res.features.map((f) => [f.code, f.level])).toEqual([
			['WK010601', 'wijk'],
			['GEBIED-7', null]
		]);
		expect(res.report.warnings).toContainEqual(expect.objectContaining({ code: 'invalidFeatureCode', row: 2, areaCode: 'GEBIED-7' }));
	});

	it('auto-detects an unusual code property by its CBS-looking values', () => {
		const res = parseBoundaries(fc(square('x', 6.5, 53, 0.01, { gebied_id: 'WK010601', omschrijving: 'Centrum' })));
		expect(res.codeProperty).toBe('gebied_id');
		expect(res.features[0].code).toBe('WK010601');
	});

	it('handles TopoJSON with several objects: reports the names and honours the choice', () => {
		const topo = {
			type: 'Topology',
			arcs: [
				[
					[6.5, 53],
					[6.51, 53],
					[6.51, 53.01],
					[6.5, 53.01],
					[6.5, 53]
				]
			],
			objects: {
				wijken: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0]], properties: { statcode: 'WK010601' } }] },
				gemeente: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0]], properties: { statcode: 'GM0106' } }] }
			}
		};
		const auto = parseBoundaries(topo);
		expect(auto.format).toBe('topojson');
		expect(auto.topologyObjects).toEqual(['wijken', 'gemeente']);
		expect(auto.report.warnings[0]).toMatchObject({ code: 'multipleObjects', detail: 'wijken, gemeente' });
		const chosen = parseBoundaries(topo, { topologyObject: 'gemeente' });
		expect(chosen.features[0].code).toBe('GM0106');
		expect(chosen.report.warnings.map((w) => w.code)).not.toContain('multipleObjects');
		expect(parseBoundaries(topo, { topologyObject: 'buurten' }).report.fatal[0].code).toBe('topologyObjectNotFound');
	});
});

describe('classification helpers on features', () => {
	it('bboxOf and findContaining', () => {
		const res = parseBoundaries(fc(square('WK010601', 6.5, 53), square('WK010602', 6.52, 53)));
		const bb = bboxOf(res.features)!;
		[6.5, 53, 6.53, 53.01].forEach((v, i) => expect(bb[i]).toBeCloseTo(v, 9));
		expect(bboxOf([])).toBeNull();
		expect(findContaining(res.features, [6.525, 53.005])?.code).toBe('WK010602');
		expect(findContaining(res.features, [7, 53])).toBeNull();
		const out = toFeatureCollection(res.features);
		expect(out.features[0]).toMatchObject({ id: 'WK010601', properties: { code: 'WK010601' } });
	});
});

describe('simplifyForDisplay', () => {
	it('never collapses a ring below 4 positions and counts vertices', () => {
		const many = square('WK010601', 6.5, 53, 0.01);
		// A square with 40 extra points along one edge, plus a tiny second area.
		const edge = Array.from({ length: 40 }, (_, i) => [6.5 + 0.01, 53 + (i + 1) * 0.00024 + (i % 2) * 0.000001]);
		const ring = many.geometry.coordinates[0];
		many.geometry.coordinates = [[ring[0], ring[1], ...edge, ring[2], ring[3], ring[4]]];
		const res = parseBoundaries(fc(many, square('WK010602', 6.6, 53, 0.0001)));
		const s = simplifyForDisplay(res.features, 0.05);
		expect(s.verticesBefore).toBe(45 + 5);
		expect(s.verticesAfter).toBeLessThan(s.verticesBefore);
		for (const f of s.features) expect((f.geometry.coordinates[0] as number[][]).length).toBeGreaterThanOrEqual(4);
		expect(res.features[0].geometry.coordinates[0]).toHaveLength(45); // input not mutated
	});
});

describe.skipIf(!HAVE_WIJKEN)('national wijken 2024 (cartomap, ../shared/data/boundaries)', () => {
	it('parses, validates and simplifies 3393 wijken within a few seconds', () => {
		const text = fs.readFileSync(WIJKEN, 'utf8');
		const t0 = performance.now();
		const res = parseBoundaries(text);
		const t1 = performance.now();
		const simplified = simplifyForDisplay(res.features, 0.001);
		const t2 = performance.now();
		console.log(
			`wijken 2024: parse+validate ${(t1 - t0).toFixed(0)} ms, simplify ${(t2 - t1).toFixed(0)} ms, ` +
				`vertices ${simplified.verticesBefore} → ${simplified.verticesAfter}; ` +
				`self-intersecting ${res.report.counts.selfIntersecting}; warnings ${res.report.warnings.length}`
		);
		expect(t2 - t0).toBeLessThan(15_000);
		expect(res.report.ok).toBe(true);
		expect(res.format).toBe('geojson');
		expect(res.projection).toBe('EPSG:4326');
		expect(res.codeProperty).toBe('statcode');
		expect(res.nameProperty).toBe('name');
		expect(res.report.counts.inputFeatures).toBe(3393);
		expect(res.features.length + res.report.counts.skipped).toBe(3393);
		// Real-data finding: cartomap's 0.001° generalisation leaves 23 self-crossing wijken.
		expect(res.report.counts.selfIntersecting).toBe(23);
		expect(res.report.warnings.every((w) => w.code === 'selfIntersection')).toBe(true);
		const kept = parseBoundaries(text, { onInvalid: 'keep' });
		expect(kept.features).toHaveLength(3393);
		expect(res.features.find((f) => f.code === 'WK001400')).toMatchObject({ name: 'Centrum', level: 'wijk' });
		expect(res.features.some((f) => f.code === 'WK0363AD')).toBe(true); // Amsterdam letter codes
		expect(simplified.features).toHaveLength(res.features.length);
		expect(simplified.verticesAfter).toBeLessThan(simplified.verticesBefore);
		// Every simplified ring is still a closed ring.
		for (const f of simplified.features) {
			const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
			for (const ring of polys.flat()) expect(ring.length).toBeGreaterThanOrEqual(4);
		}
		const bb = bboxOf(res.features)!;
		expect(bb[0]).toBeGreaterThan(3);
		expect(bb[2]).toBeLessThan(7.3);
		expect(bb[1]).toBeGreaterThan(50.7);
		expect(bb[3]).toBeLessThan(53.6);
		// Groningen centre lies in wijk Centrum.
		expect(findContaining(res.features, [6.566, 53.219])?.code).toBe('WK001400');
	});
});

describe.skipIf(!HAVE_HENGELO)('Hengelo buurten 2019 TopoJSON (../shared/data/boundaries)', () => {
	it('converts the TopoJSON object and picks buurtcode/buurtnaam', () => {
		const res = parseBoundaries(fs.readFileSync(HENGELO_TOPO, 'utf8'));
		expect(res.report.ok).toBe(true);
		expect(res.format).toBe('topojson');
		expect(res.topologyObjects).toEqual(['Buurte_Hengelo']);
		expect(res.topologyObject).toBe('Buurte_Hengelo');
		expect(res.codeProperty).toBe('buurtcode');
		expect(res.nameProperty).toBe('buurtnaam');
		// One buurt (BU01640805) crosses itself: skipped by default, kept with onInvalid: 'keep'.
		expect(res.features).toHaveLength(61);
		expect(res.report.warnings).toEqual([expect.objectContaining({ code: 'selfIntersection', areaCode: 'BU01640805', detail: '3' })]);
		expect(parseBoundaries(fs.readFileSync(HENGELO_TOPO, 'utf8'), { onInvalid: 'keep' }).features).toHaveLength(62);
		expect(res.features.every((f) => f.code.startsWith('BU0164') && f.level === 'buurt')).toBe(true);
		expect(res.features[0]).toMatchObject({ code: 'BU01640000', name: 'Binnenstad-Centrum' });
		const s = simplifyForDisplay(res.features, 0.0001);
		console.log(`Hengelo buurten: vertices ${s.verticesBefore} → ${s.verticesAfter} at 0.0001°`);
		expect(s.verticesAfter).toBeLessThan(s.verticesBefore / 2);
		expect(res.candidateProperties.length).toBeGreaterThan(100);
		expect(res.candidateProperties.find((c) => c.name === 'gemeentecode')?.sample).toBe('GM0164');
		// A pin in Hengelo centre lies in one of the buurten; one in Enschede does not.
		expect(findContaining(res.features, [6.7935, 52.2658])).not.toBeNull();
		expect(findContaining(res.features, [6.8937, 52.2215])).toBeNull();
	});
});

describe.skipIf(!HAVE_BUURTEN_4)('buurten 2019 of four municipalities (../shared/data/boundaries)', () => {
	it('reads statcode and the loosely named naam_kwb2024', () => {
		const res = parseBoundaries(fs.readFileSync(BUURTEN_4, 'utf8'));
		expect(res.report.ok).toBe(true);
		expect(res.codeProperty).toBe('statcode');
		expect(res.nameProperty).toBe('naam_kwb2024');
		expect(res.features.length + res.report.counts.skipped).toBe(325);
		expect(res.features.filter((f) => f.code.startsWith('BU0106')).length).toBeGreaterThan(100);
	});
});
