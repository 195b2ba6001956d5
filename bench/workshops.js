// Workshops benchmark (issue 6), on PostgreSQL with two app processes sharing one room through
// LISTEN/NOTIFY: 300 participants join, keep an SSE stream open (half on each process) and
// submit chips within a few seconds. For every submission and every connected screen: the time
// from the submission's acknowledgement (HTTP answer with the session version) to the moment that
// screen received a version at least as new. Then counts the stored answers (zero lost), weighs
// the participant page's JavaScript (gzipped) and compares the participant page's throughput
// with /bench/baseline in the same run.
import http from 'node:http';
import zlib from 'node:zlib';
import pg from 'pg';
import { ensureBuild, figures, freshDatabase, load, printTable, signIn, startServer, stopServer } from './lib.js';

const databaseUrl = process.env.WS_BENCH_DATABASE_URL || 'postgres://postgres:postgres@127.0.0.1:5432/driehoek_ws_bench';
const port = Number(process.env.WS_BENCH_PORT || 4340);
const processes = Number(process.env.WS_BENCH_PROCESSES || 2);
const participants = Number(process.env.WS_BENCH_PARTICIPANTS || 300);
const spreadMs = Number(process.env.WS_BENCH_SPREAD_MS || 3000);
const duration = Number(process.env.BENCH_SECONDS || 10);
const PROGRAMME = '073e2ea2-e2fa-4df2-a8f7-c3a2cf0195c6';
const THEMES = ['affordability', 'availability', 'specialGroups', 'housingAndCare', 'qualitySustainability', 'liveability', 'tenantParticipation'];

const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const t0 = performance.now();
const progress = (what) => process.env.WS_BENCH_QUIET || console.error(`[workshops bench ${((performance.now() - t0) / 1000).toFixed(1)} s] ${what}`);

function request(base, path, { method = 'GET', headers = {}, body } = {}) {
	return new Promise((resolve, reject) => {
		const req = http.request(`${base}${path}`, { method, headers, agent }, (res) => {
			const chunks = [];
			res.on('data', (c) => chunks.push(c));
			res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
		});
		req.on('error', reject);
		if (body) req.write(body);
		req.end();
	});
}

const form = (fields) => new URLSearchParams(fields).toString();

async function post(server, path, fields, cookie) {
	const r = await request(server.base, path, {
		method: 'POST',
		headers: { origin: server.origin, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded', ...(cookie ? { cookie } : {}) },
		body: form(fields)
	});
	if (r.status !== 303 && r.status !== 200) throw new Error(`${path}: ${r.status} ${r.body.toString().slice(0, 200)}`);
	return r;
}

/** An SSE screen: records (time, version) of every event. */
function openStream(base, path) {
	const events = [];
	return new Promise((resolve, reject) => {
		const req = http.get(`${base}${path}`, { headers: { accept: 'text/event-stream' }, agent }, (res) => {
			if (res.statusCode !== 200) return reject(new Error(`SSE ${res.statusCode}`));
			let buffer = '';
			res.setEncoding('utf8');
			res.on('data', (chunk) => {
				const now = performance.now();
				buffer += chunk;
				let cut;
				while ((cut = buffer.indexOf('\n\n')) >= 0) {
					const block = buffer.slice(0, cut);
					buffer = buffer.slice(cut + 2);
					const data = block.split('\n').find((l) => l.startsWith('data: '));
					if (data) events.push({ t: now, version: JSON.parse(data.slice(6)).version });
				}
			});
			resolve({ events, close: () => req.destroy() });
		});
		req.on('error', reject);
	});
}

function percentile(sorted, p) {
	if (!sorted.length) return NaN;
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

ensureBuild();
// startServer() waits for /health: make sure no other process already answers on our ports.
for (let i = 0; i < processes; i++) {
	const taken = await fetch(`http://127.0.0.1:${port + i}/health`).then(() => true, () => false);
	if (taken) throw new Error(`port ${port + i} is in use; stop that process or set WS_BENCH_PORT`);
}
await freshDatabase(databaseUrl);
const servers = [await startServer({ port, databaseUrl })];
for (let i = 1; i < processes; i++) servers.push(await startServer({ port: port + i, databaseUrl, env: { SEED_DEMO: '0' } }));
const db = new pg.Client({ connectionString: databaseUrl });
await db.connect();
try {
	const [main] = servers;
	const cookie = await signIn(main, 'karin.bos@hunzedal.example');
	// A session with one chips activity, opened.
	const created = await post(main, `/workshops/${PROGRAMME}?/createSession`, { title: 'Bench-sessie', date: '2026-06-01', place: 'Assen', spaceIds: (await db.query(`select id from space where slug = 'assen'`)).rows[0].id }, cookie);
	const consolePath = created.headers.location;
	await post(main, `${consolePath}?/addChips`, { themes: 'Betaalbaarheid\nBeschikbaarheid en nieuwbouw\nDoelgroepen en kwetsbare groepen\nWonen en zorg\nKwaliteit en duurzaamheid\nLeefbaarheid\nHuurdersparticipatie', budget: '100', step: '10' }, cookie);
	await post(main, `${consolePath}?/session`, { action: 'open' }, cookie);
	await post(main, `${consolePath}?/session`, { action: 'next' }, cookie);
	const sessionId = consolePath.split('/').pop();
	const { rows: [s] } = await db.query('select join_code, current_activity_id from ws_session where id = $1', [sessionId]);
	const code = s.join_code;
	const activityId = s.current_activity_id;

	progress(`session ${code} open`);
	// Join: the phone's no-JavaScript form, 25 at a time; each gets its cookie.
	const people = [];
	for (let i = 0; i < participants; i += 25) {
		const batch = await Promise.all(
			Array.from({ length: Math.min(25, participants - i) }, async (_, k) => {
				const server = servers[(i + k) % servers.length];
				const r = await post(server, `/w/${code}?/join`, { tableId: String(((i + k) % 12) + 1), role: 'councillor', displayName: '' });
				const c = [r.headers['set-cookie']].flat().find((x) => x?.startsWith(`ws_${code}=`));
				if (!c) throw new Error('no participant cookie');
				return { server, cookie: c.split(';')[0] };
			})
		);
		people.push(...batch);
	}

	progress(`${people.length} joined`);
	// Every participant's phone keeps an SSE stream open, spread over the app processes.
	const streams = await Promise.all(people.map((p) => openStream(p.server.base, `/w/${code}/events`)));
	progress(`${streams.length} streams open`);
	await sleep(1000);

	// 300 chip submissions spread over a few seconds, each acknowledged with a version.
	const distributions = people.map((_, i) => {
		const d = Object.fromEntries(THEMES.map((t) => [t, 0]));
		d[THEMES[i % 7]] += 50;
		d[THEMES[(i + 3) % 7]] += 30;
		d[THEMES[(i + 5) % 7]] += 20;
		return d;
	});
	const acks = await Promise.all(
		people.map(async (p, i) => {
			await sleep(Math.random() * spreadMs);
			const started = performance.now();
			const r = await request(p.server.base, `/w/${code}/answer`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', cookie: p.cookie },
				body: JSON.stringify({ activityId, value: distributions[i] })
			});
			const t = performance.now();
			const body = JSON.parse(r.body.toString());
			if (r.status !== 200 || !body.ok) throw new Error(`submit ${r.status}: ${r.body}`);
			return { t, started, version: body.version, ackMs: t - started };
		})
	);
	progress('submitted');
	await sleep(2000);

	// Latency per (submission, screen): first event with a version >= the acknowledged one.
	const perScreen = [];
	const perSubmission = [];
	const fromSend = [];
	let missing = 0;
	for (const ack of acks) {
		let worst = 0;
		let worstFromSend = 0;
		for (const st of streams) {
			const e = st.events.find((x) => x.version >= ack.version);
			if (!e) {
				missing++;
				continue;
			}
			const ms = Math.max(0, e.t - ack.t);
			perScreen.push(ms);
			worst = Math.max(worst, ms);
			worstFromSend = Math.max(worstFromSend, e.t - ack.started);
		}
		perSubmission.push(worst);
		fromSend.push(worstFromSend);
	}
	perScreen.sort((a, b) => a - b);
	perSubmission.sort((a, b) => a - b);
	fromSend.sort((a, b) => a - b);
	const ackSorted = acks.map((a) => a.ackMs).sort((a, b) => a - b);
	for (const st of streams) st.close();

	// Nothing lost: stored answers and the aggregate against what was sent.
	const stored = (await db.query('select count(*)::int as n from ws_answer where activity_id = $1', [activityId])).rows[0].n;
	const api = JSON.parse((await request(main.base, `/api/v1/programmes/${PROGRAMME}/sessions/${sessionId}`, { headers: { cookie } })).body.toString());
	const overall = api.data.activities.find((a) => a.id === activityId).chips.overall;
	const expectedChips = distributions.reduce((t, d) => t + Object.values(d).reduce((a, b) => a + b, 0), 0);

	// JavaScript weight of the participant page, gzipped (inline and linked scripts).
	const phoneCookie = people[0].cookie;
	const page = await request(main.base, `/w/${code}`, { headers: { cookie: phoneCookie, accept: 'text/html' } });
	const html = page.body.toString();
	const gz = (b) => zlib.gzipSync(b, { level: 9 }).length;
	const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
	const srcs = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g), ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
	let jsBytes = inline ? gz(Buffer.from(inline)) : 0;
	for (const src of new Set(srcs)) jsBytes += gz((await request(main.base, src.startsWith('/') ? src : `/${src}`)).body);

	// Throughput of the phone page against the baseline, same run.
	const urls = { baseline: `${main.base}/bench/baseline?space=assen`, phone: `${main.base}/w/${code}` };
	for (const url of Object.values(urls)) await load({ url, headers: { cookie: phoneCookie, accept: 'text/html' }, duration: 2, connections: 20 });
	const baseline = figures('baseline: one indexed query (/bench/baseline)', await load({ url: urls.baseline, headers: { cookie }, duration, connections: 20 }));
	const phone = figures('participant page during chips (/w/CODE)', await load({ url: urls.phone, headers: { cookie: phoneCookie, accept: 'text/html' }, duration, connections: 20 }));

	const f = (v) => v.toFixed(1);
	console.log(`\nWorkshops on PostgreSQL: ${processes} app processes sharing one room via LISTEN/NOTIFY, ${participants} participants with an SSE stream each, ${participants} chip submissions within ${spreadMs / 1000} s.`);
	console.log('\n| measure | p50 ms | p95 ms | max ms |');
	console.log('|---|---:|---:|---:|');
	console.log(`| submission acknowledged (HTTP) | ${f(percentile(ackSorted, 50))} | ${f(percentile(ackSorted, 95))} | ${f(ackSorted.at(-1))} |`);
	console.log(`| ack → arrival, per screen (${perScreen.length.toLocaleString('en')} pairs) | ${f(percentile(perScreen, 50))} | ${f(percentile(perScreen, 95))} | ${f(perScreen.at(-1))} |`);
	console.log(`| ack → arrival on every screen (per submission) | ${f(percentile(perSubmission, 50))} | ${f(percentile(perSubmission, 95))} | ${f(perSubmission.at(-1))} |`);
	console.log(`| request sent → arrival on every screen (per submission) | ${f(percentile(fromSend, 50))} | ${f(percentile(fromSend, 95))} | ${f(fromSend.at(-1))} |`);
	console.log(`\nGoal p95 < 250 ms (per screen): ${percentile(perScreen, 95) < 250 ? 'met' : 'NOT met'}. Screens that never saw a submission's version: ${missing}.`);
	console.log(`Lost submissions: ${participants - stored} (stored ${stored} of ${participants}; aggregate: ${overall.participants} participants, ${overall.chips} chips, expected ${expectedChips}).`);
	console.log(`Participant page JavaScript, gzipped: ${(jsBytes / 1024).toFixed(1)} KB (goal ≤ 40 KB; scripts: ${[...new Set(srcs)].join(', ') || 'none'}${inline ? ' + inline' : ''}); HTML ${(gz(page.body) / 1024).toFixed(1)} KB gzipped.`);
	printTable([baseline, phone], baseline);
	if (participants - stored !== 0 || overall.chips !== expectedChips) process.exitCode = 1;
} finally {
	await db.end();
	agent.destroy();
	for (const s of servers) await stopServer(s);
}
