// Liveability benchmark (issue 7), on PostgreSQL unless said otherwise:
//  1. import of the national CBS KWB 2024 file (18,309 areas) through `npm run import` (goal < 5 s),
//     on PostgreSQL and on PGlite;
//  2. import of a national buurt boundary file (~14,500 polygons; generated from the shared wijken
//     2024 file when no real one is given with LV_BENCH_BUURTEN=...; goal < 30 s);
//  3. the choropleth of all buurten of NL drawn in Chromium: vector tiles from /api/v1/areas/tiles
//     (and, for comparison, the one GeoJSON) into MapLibre with the app's style, until the map's
//     first 'idle' (goal < 2 s);
//  4. the area dashboard and the map page in req/s against /bench/baseline in the same run.
// Needs the shared data in ../shared/data (skips what is missing).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import pg from 'pg';
import { ensureBuild, figures, freshDatabase, load, printTable, root, signIn, startServer, stopServer } from './lib.js';

const duration = Number(process.env.BENCH_SECONDS || 10);
const connections = Number(process.env.BENCH_CONNECTIONS || 20);
const databaseUrl = process.env.LV_BENCH_DATABASE_URL || 'postgres://postgres:postgres@127.0.0.1:5432/driehoek_live_bench';
const port = Number(process.env.LV_BENCH_PORT || 4350);
const shared = path.resolve(root, '..', 'shared', 'data');
const kwbFile = path.join(shared, 'kwb/kwb2024_gemeenten_wijken_buurten_nl.csv');
const wijkenFile = path.join(shared, 'boundaries/wijken_2024_cartomap_wgs84.geojson');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'lv-bench-'));

/** Run the CLI import; returns wall time and the import's own time from its last line. */
function cliImport(file, env, extra = []) {
	const start = Date.now();
	const out = execFileSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/import.ts', file, ...extra], {
		cwd: root,
		env: { ...process.env, ...env },
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe'],
		maxBuffer: 64 * 1024 * 1024
	});
	const wall = (Date.now() - start) / 1000;
	const m = /Klaar: (\d+) gebieden .* in ([\d.]+) s/.exec(out);
	if (!m) throw new Error(`import failed: ${out.slice(-500)}`);
	return { areas: Number(m[1]), importSeconds: Number(m[2]), wallSeconds: wall };
}

/**
 * A national buurt file: every KWB 2024 buurt gets a polygon inside its wijk, made from the wijk's
 * own (generalised) outline, scaled down and moved to a cell of a grid over the wijk, with a
 * midpoint added on every edge so the vertex count is closer to a real buurt map.
 */
function generateBuurten() {
	const wijken = JSON.parse(fs.readFileSync(wijkenFile, 'utf8')).features;
	const byWijk = new Map();
	for (const line of fs.readFileSync(kwbFile, 'utf8').split('\n').slice(1)) {
		const [level, code, name] = line.split(',');
		if (level !== 'buurt') continue;
		const wk = `WK${code.slice(2, 8)}`;
		(byWijk.get(wk) ?? byWijk.set(wk, []).get(wk)).push({ code, name });
	}
	const features = [];
	for (const w of wijken) {
		const buurten = byWijk.get(w.properties.statcode) ?? [];
		if (!buurten.length) continue;
		const polys = w.geometry.type === 'Polygon' ? [w.geometry.coordinates] : w.geometry.coordinates;
		const outer = polys[0][0];
		const xs = outer.map((p) => p[0]);
		const ys = outer.map((p) => p[1]);
		const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
		const n = Math.ceil(Math.sqrt(buurten.length));
		const cx = (x0 + x1) / 2;
		const cy = (y0 + y1) / 2;
		buurten.forEach((b, i) => {
			const gx = x0 + ((i % n) + 0.5) * ((x1 - x0) / n);
			const gy = y0 + (Math.floor(i / n) + 0.5) * ((y1 - y0) / n);
			const ring = [];
			for (let k = 0; k < outer.length - 1; k++) {
				const p = [gx + (outer[k][0] - cx) / n, gy + (outer[k][1] - cy) / n];
				const q = [gx + (outer[k + 1][0] - cx) / n, gy + (outer[k + 1][1] - cy) / n];
				ring.push(p, [(p[0] + q[0]) / 2 + 1e-5, (p[1] + q[1]) / 2]);
			}
			ring.push(ring[0]);
			features.push({ type: 'Feature', properties: { statcode: b.code, statnaam: b.name }, geometry: { type: 'Polygon', coordinates: [ring] } });
		});
	}
	const file = path.join(work, 'buurten_2024_nl_generated.geojson');
	fs.writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', features }));
	return { file, features: features.length, vertices: features.reduce((s, f) => s + f.geometry.coordinates[0].length, 0) };
}

// The page draws with the style of the app's map (ChoroplethMap.svelte): fill at 0.8, borders
// from zoom 8. "tiles": TileJSON + vector tiles from /api/v1/areas/tiles (what a national map
// uses); "geojson": the whole GeoJSON into MapLibre (the way before, for comparison).
async function choropleth(server, cookie, mode, runs, beforeRun = async () => {}) {
	const browser = await chromium.launch({ executablePath: fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined, args: ['--headless', '--no-sandbox'] });
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	await context.addCookies(cookie.split('; ').map((c) => ({ name: c.split('=')[0], value: c.slice(c.indexOf('=') + 1), url: server.base })));
	const page = await context.newPage();
	const dist = path.join(root, 'node_modules/maplibre-gl/dist');
	await page.route('**/bench-map/**', (route) => {
		const name = route.request().url().split('/bench-map/')[1];
		if (name === 'index.html') {
			return route.fulfill({
				contentType: 'text/html',
				body: `<!doctype html><html><head><link rel="stylesheet" href="maplibre-gl.css"></head><body style="margin:0"><div id="map" style="width:1280px;height:900px"></div>
<script type="module">
import * as ml from './maplibre-gl.mjs';
const lib = ml.default ?? ml;
lib.setWorkerUrl(new URL('./maplibre-gl-worker.mjs', location.href).href);
const t0 = performance.now();
const query = 'level=buurt&indicators=wozValue';
let source, bounds, features;
if (${JSON.stringify(mode)} === 'tiles') {
  const tj = await (await fetch('/api/v1/areas/tiles.json?' + query)).json();
  // The template is absolute at the server's ORIGIN (localhost); the page runs at 127.0.0.1.
  source = { type: 'vector', tiles: tj.tiles.map((t) => t.replace(/^https?:\\/\\/[^/]+/, location.origin)), maxzoom: tj.maxzoom };
  bounds = tj.bounds;
  features = tj.features;
} else {
  const data = await (await fetch('/api/v1/areas/geojson?' + query)).json();
  source = { type: 'geojson', data };
  bounds = data.bbox;
  features = data.features.length;
}
const fetched = performance.now();
const layer = ${JSON.stringify(mode)} === 'tiles' ? { 'source-layer': 'areas' } : {};
const colors = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'];
const map = new lib.Map({ container: 'map', bounds, style: { version: 8, sources: { areas: source },
  layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#f4f4f4' } },
    { id: 'fill', type: 'fill', source: 'areas', ...layer, paint: { 'fill-opacity': 0.8, 'fill-color': ['case', ['==', ['get', 'wozValue'], null], '#d0d0d0', ['step', ['to-number', ['get', 'wozValue']], colors[0], 250, colors[1], 320, colors[2], 400, colors[3], 500, colors[4]]] } },
    { id: 'line', type: 'line', source: 'areas', ...layer, minzoom: 8, paint: { 'line-color': '#333', 'line-width': 0.6 } }] } });
map.once('idle', () => {
  const drawn = new Set(map.queryRenderedFeatures({ layers: ['fill'] }).map((f) => f.properties.code)).size;
  window.benchResult = { features, drawn, fetchMs: fetched - t0, totalMs: performance.now() - t0 };
});
</script></body></html>`
			});
		}
		return route.fulfill({ path: path.join(dist, name), contentType: name.endsWith('.css') ? 'text/css' : 'text/javascript' });
	});
	// Tiles are fetched by MapLibre's worker, out of the page's resource timing: count them here.
	let sizes = [];
	page.on('response', (r) => {
		if (r.url().includes('/api/v1/areas/')) sizes.push(r.request().sizes().then((x) => x.responseBodySize));
	});
	const results = [];
	for (let i = 0; i < runs; i++) {
		await beforeRun(i);
		sizes = [];
		await page.goto(`${server.base}/bench-map/index.html`);
		await page.waitForFunction(() => window.benchResult, null, { timeout: 120_000 });
		const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
		results.push({ ...(await page.evaluate(() => window.benchResult)), requests: sizes.length, bytes });
	}
	await browser.close();
	return results;
}

ensureBuild();
const hasData = fs.existsSync(kwbFile) && fs.existsSync(wijkenFile);
if (!hasData) console.log('Shared data not found in ../shared/data: only the page benchmark runs.');
await freshDatabase(databaseUrl);
// The server migrates the database; the CLI imports then run against the same database.
let server = await startServer({ port, databaseUrl, env: { BASEMAP_URL: 'none' } });
await stopServer(server);
const results = [];
let generated = null;
if (hasData) {
	results.push({ what: 'KWB 2024, 18,309 areas (PostgreSQL)', ...cliImport(kwbFile, { DATABASE_URL: databaseUrl }) });
	results.push({ what: 'KWB 2024 again: replaces the year (PostgreSQL)', ...cliImport(kwbFile, { DATABASE_URL: databaseUrl }) });
	results.push({ what: 'KWB 2024, 18,309 areas (PGlite)', ...cliImport(kwbFile, { DATABASE_URL: '', DATA_DIR: path.join(work, 'pglite') }) });
	results.push({ what: 'wijken 2024, 3,393 polygons (PostgreSQL)', ...cliImport(wijkenFile, { DATABASE_URL: databaseUrl }) });
	generated = process.env.LV_BENCH_BUURTEN ? { file: process.env.LV_BENCH_BUURTEN, features: NaN, vertices: NaN } : generateBuurten();
	results.push({ what: `buurten NL, ${generated.features.toLocaleString('en')} polygons, ${generated.vertices.toLocaleString('en')} vertices (PostgreSQL)`, ...cliImport(generated.file, { DATABASE_URL: databaseUrl }, ['--year', '2024']) });
}
server = await startServer({ port, databaseUrl, env: { BASEMAP_URL: 'none' } });
try {
	const cookie = await signIn(server, 'karin.bos@hunzedal.example');
	const headers = { cookie, accept: 'text/html' };
	const urls = {
		baseline: `${server.base}/bench/baseline?space=assen`,
		area: `${server.base}/assen/liveability/area/WK010603`,
		buurt: `${server.base}/assen/liveability/area/BU01060300`,
		map: `${server.base}/assen/liveability`
	};
	for (const url of Object.values(urls)) await load({ url, headers, duration: 2, connections });
	const baseline = figures('baseline: one indexed query (/bench/baseline)', await load({ url: urls.baseline, headers, duration, connections }));
	const area = figures('wijk dashboard Assen-Oost (/assen/liveability/area/WK010603)', await load({ url: urls.area, headers, duration, connections }));
	const buurt = figures('buurt dashboard (/assen/liveability/area/BU01060300)', await load({ url: urls.buurt, headers, duration, connections }));
	const map = figures('map page with table (/assen/liveability)', await load({ url: urls.map, headers, duration, connections }));
	// Tiles first: run 1 finds the server's tile index cold and builds it (the first map after an import).
	// Runs 5 and 6 follow new data (the stamps an import moves; migration 0008) with the browser
	// warm: new figures (a KWB import) and new boundaries (the geometry is indexed again).
	const newData = async (i) => {
		const areas = { 4: ['liveability'], 5: ['liveability', 'liveability-boundaries'] }[i];
		if (!areas) return;
		const client = new pg.Client({ connectionString: databaseUrl });
		await client.connect();
		await client.query(`update data_stamp set stamp = stamp + 1 where space_id = '*' and area = any($1)`, [areas]);
		await client.end();
	};
	const maps = hasData ? await choropleth(server, cookie, 'tiles', 6, newData) : [];
	const geojsonMaps = hasData ? await choropleth(server, cookie, 'geojson', 2) : [];

	console.log('\nLiveability imports (npm run import; "import" = parse + validate + one transaction, "wall" = incl. process start and migrations check):');
	console.log('\n| file | areas | import s | wall s |');
	console.log('|---|---:|---:|---:|');
	for (const r of results) console.log(`| ${r.what} | ${r.areas} | ${r.importSeconds.toFixed(1)} | ${r.wallSeconds.toFixed(1)} |`);
	if (maps.length) {
		const mb = (b) => `${(b / 1e6).toFixed(1)} MB`;
		console.log(`\nChoropleth of all buurten of NL in Chromium (${maps[0].features.toLocaleString('en')} polygons), from the first request until MapLibre's first 'idle' (goal < 2 s):`);
		for (const [i, m] of maps.entries())
			console.log(`  vector tiles, run ${i + 1}${['; fresh browser, server indexes the boundaries', '', '', '', '; after new figures', '; after new boundaries: indexed again'][i]}: ${(m.totalMs / 1000).toFixed(2)} s (TileJSON ${(m.fetchMs / 1000).toFixed(2)} s; ${m.requests - 1} tiles, ${mb(m.bytes)} as sent (gzip); ${m.drawn.toLocaleString('en')} buurten drawn)`);
		const warm = maps.slice(1, 4).map((m) => m.totalMs).sort((a, b) => a - b);
		console.log(`  vector tiles, median of runs 2-4 (what every next visitor gets): ${(warm[1] / 1000).toFixed(2)} s`);
		for (const [i, m] of geojsonMaps.entries())
			console.log(`  one GeoJSON (for comparison), run ${i + 1}: ${(m.totalMs / 1000).toFixed(2)} s (fetch and parse ${(m.fetchMs / 1000).toFixed(2)} s; ${mb(m.bytes)}; ${m.drawn.toLocaleString('en')} buurten drawn)`);
	}
	console.log(`\nLiveability pages on PostgreSQL; ${connections} connections, ${duration}s per endpoint, one app process.`);
	printTable([baseline, area, buurt, map], baseline);
} finally {
	await stopServer(server);
	fs.rmSync(work, { recursive: true, force: true });
}
