// Tenant panel benchmark (issue 5), on PostgreSQL with the built app:
// 1. results page of a survey with 100,000 answers × 15 questions (goal: < 150 ms server time);
// 2. answer submission through the real answering endpoint (/s/<token>?/submit) for 60 s
//    (goal: ≥ 300 answers/s, 0 errors), then a count proving every acknowledged answer is stored.
// Both against /bench/baseline (one indexed query) measured in the same run.
import crypto from 'node:crypto';
import autocannon from 'autocannon';
import pg from 'pg';
import { ensureBuild, figures, freshDatabase, load, printTable, signIn, startServer, stopServer } from './lib.js';

const duration = Number(process.env.BENCH_SECONDS || 10);
const connections = Number(process.env.BENCH_CONNECTIONS || 20);
const submitSeconds = Number(process.env.PANEL_SUBMIT_SECONDS || 60);
const answersCount = Number(process.env.PANEL_ANSWERS || 100_000);
const databaseUrl = process.env.PANEL_BENCH_DATABASE_URL || 'postgres://postgres:postgres@127.0.0.1:5432/driehoek_panel_bench';
const port = Number(process.env.PANEL_BENCH_PORT || 4330);

function demoId(kind, key) {
	const hex = crypto.createHash('sha256').update(`driehoek-demo:${kind}:${key}`).digest('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
const PANEL = demoId('panel', 'hunzedal');

const opts = (codes) => codes.map((c) => ({ code: c, label: `Antwoord ${c}` }));
/** 15 questions of every type, two of them conditional. */
function definition(id) {
	const q = [
		{ id: 'Q1', type: 'singleChoice', text: 'Kent u de huurdersorganisatie?', required: true, options: opts(['ja', 'nee']) },
		{ id: 'Q2', type: 'scale', text: 'Cijfer voor de huurdersorganisatie', scaleMax: 10, lowLabel: 'Slecht', highLabel: 'Goed', showIf: [{ questionId: 'Q1', operator: 'equals', value: 'ja' }] },
		{ id: 'Q3', type: 'multipleChoice', text: 'Onderwerpen', options: opts(['a', 'b', 'c', 'd', 'e']) },
		{ id: 'Q4', type: 'ranking', text: 'Volgorde', options: opts(['x', 'y', 'z', 'w']) },
		{ id: 'Q5', type: 'number', text: 'Hoeveel jaar woont u hier?', min: 0, max: 80, integer: true },
		{ id: 'Q6', type: 'openText', text: 'Wat kan beter?' },
		{ id: 'Q7', type: 'scale', text: 'Tevreden over onderhoud', scaleMax: 5, lowLabel: 'Nee', highLabel: 'Ja' },
		{ id: 'Q8', type: 'singleChoice', text: 'Woonvorm', options: opts(['flat', 'rij', 'hoek', 'vrij']) },
		{ id: 'Q9', type: 'scale', text: 'Tevreden over de buurt', scaleMax: 5, lowLabel: 'Nee', highLabel: 'Ja' },
		{ id: 'Q10', type: 'multipleChoice', text: 'Voorzieningen', options: opts(['winkel', 'park', 'school', 'bus']) },
		{ id: 'Q11', type: 'number', text: 'Hoeveel mensen in huis?', min: 1, max: 12, integer: true },
		{ id: 'Q12', type: 'singleChoice', text: 'Wilt u meer contact?', options: opts(['ja', 'nee', 'weetniet']) },
		{ id: 'Q13', type: 'openText', text: 'Toelichting', showIf: [{ questionId: 'Q12', operator: 'equals', value: 'ja' }] },
		{ id: 'Q14', type: 'scale', text: 'Cijfer voor de woning', scaleMax: 10, lowLabel: 'Slecht', highLabel: 'Goed' },
		{ id: 'Q15', type: 'ranking', text: 'Prioriteit', options: opts(['p', 'q', 'r']) }
	];
	return { id, version: 1, title: 'Benchpeiling 15 vragen', intro: '', closing: '', opensAt: '2026-01-01T00:00:00+01:00', closesAt: '2099-01-01T00:00:00+01:00', questions: q.map((x) => ({ revision: 1, help: '', required: false, showIf: [], ...x })) };
}

function answerFor(i) {
	const pick = (list) => list[i % list.length];
	const a = { Q1: i % 4 ? 'ja' : 'nee', Q3: ['a', 'b', 'c', 'd', 'e'].filter((_, k) => (i + k) % 3 === 0), Q4: pick([['x', 'y', 'z', 'w'], ['y', 'x', 'w', 'z'], ['w', 'z', 'y', 'x']]), Q5: i % 61, Q6: i % 7 ? undefined : `Opmerking ${i % 50}`, Q7: 1 + (i % 5), Q8: pick(['flat', 'rij', 'hoek', 'vrij']), Q9: 1 + ((i * 7) % 5), Q10: ['winkel', 'park', 'school', 'bus'].filter((_, k) => (i >> k) & 1), Q11: 1 + (i % 6), Q12: pick(['ja', 'nee', 'weetniet']), Q14: 1 + ((i * 3) % 10), Q15: pick([['p', 'q', 'r'], ['r', 'q', 'p']]) };
	if (a.Q1 === 'ja') a.Q2 = 1 + (i % 10);
	if (a.Q12 === 'ja' && i % 2) a.Q13 = 'Graag vaker bellen';
	for (const k of Object.keys(a)) if (a[k] === undefined || (Array.isArray(a[k]) && !a[k].length)) delete a[k];
	return a;
}

/** The same keys as src/lib/server/panel/tally.ts for these (valid) answers. */
function tallyKeys(def, answers, source) {
	const out = [['#total', '#n'], ['#source', source]];
	for (const q of def.questions) {
		const v = answers[q.id];
		if (v === undefined) continue;
		if (q.type === 'singleChoice' || q.type === 'scale' || q.type === 'number') out.push([q.id, String(v)]);
		else if (q.type === 'multipleChoice') for (const c of v) out.push([q.id, c]);
		else if (q.type === 'ranking') v.forEach((c, p) => out.push([q.id, `${c}@${p + 1}`]));
		out.push([q.id, '#n']);
	}
	return out;
}

async function seedSurvey(client, id, responses) {
	const def = definition(id);
	await client.query('begin');
	await client.query(`insert into panel_survey (id, panel_id, title, current_version, opens_at, closes_at) values ($1, $2, $3, 1, $4, $5)`, [id, PANEL, def.title, def.opensAt, def.closesAt]);
	await client.query(`insert into panel_survey_version (survey_id, version, definition) values ($1, 1, $2)`, [id, JSON.stringify(def)]);
	const tallies = new Map();
	const batch = 2000;
	for (let start = 0; start < responses; start += batch) {
		const ids = [];
		const sources = [];
		const periods = [];
		const answers = [];
		const profiles = [];
		for (let i = start; i < Math.min(responses, start + batch); i++) {
			const a = answerFor(i);
			const source = i % 10 === 9 ? 'paper' : i % 10 === 8 ? 'letter' : 'online';
			for (const [q, k] of tallyKeys(def, a, source)) tallies.set(`${q}\u0000${k}`, (tallies.get(`${q}\u0000${k}`) ?? 0) + 1);
			ids.push(crypto.randomUUID());
			sources.push(source);
			periods.push(`2026-W${10 + (i % 8)}`);
			answers.push(JSON.stringify(a));
			profiles.push(JSON.stringify({ municipality: 'GM0106', ageBand: ['18-34', '35-49', '50-64', '65-74', '75+'][i % 5] }));
		}
		await client.query(
			`insert into panel_response (id, survey_id, version, source, period, answers, profile, tallied)
			 select u.id, $1, 1, u.source, u.period, u.answers::jsonb, u.profile::jsonb, true from unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) as u(id, source, period, answers, profile)`,
			[id, ids, sources, periods, answers, profiles]
		);
	}
	const keys = [...tallies];
	await client.query(
		`insert into panel_tally (survey_id, question_key, answer_key, shard, count) select $1, u.q, u.a, 0, u.c from unnest($2::text[], $3::text[], $4::int[]) as u(q, a, c)`,
		[id, keys.map(([k]) => k.split('\u0000')[0]), keys.map(([k]) => k.split('\u0000')[1]), keys.map(([, c]) => c)]
	);
	await client.query('commit');
	return def;
}

/** Members with one e-mail invitation each; returns their personal tokens (as in the mail). */
async function seedInvitations(client, surveyId, n) {
	const { rows } = await client.query('select secret from panel where id = $1', [PANEL]);
	const secret = rows[0].secret;
	const tokens = [];
	await client.query('begin');
	for (let start = 0; start < n; start += 5000) {
		const members = [];
		const invitations = [];
		for (let i = start; i < Math.min(n, start + 5000); i++) {
			members.push(crypto.randomUUID());
			invitations.push(crypto.randomUUID());
		}
		await client.query(
			`insert into panel_member (id, panel_id, email, status, legal_basis, origin, age_band) select u.id, $1, u.id || '@bench.example', 'active', 'legitimateInterest', 'import', '65-74' from unnest($2::text[]) as u(id)`,
			[PANEL, members]
		);
		await client.query(`insert into panel_invitation (id, survey_id, member_id, channel) select u.i, $1, u.m, 'email' from unnest($2::text[], $3::text[]) as u(i, m)`, [surveyId, invitations, members]);
		for (const id of invitations) tokens.push(`${id}.${crypto.createHmac('sha256', secret).update(`invite:${id}`).digest('base64url').slice(0, 24)}`);
	}
	await client.query('commit');
	return tokens;
}

/** Server time of one request, sequentially (no queueing): median and p95 of `n` requests. */
async function timed(url, headers, n = 30) {
	const times = [];
	for (let i = 0; i < n; i++) {
		const t = process.hrtime.bigint();
		const r = await fetch(url, { headers });
		await r.arrayBuffer();
		if (r.status !== 200) throw new Error(`${url}: ${r.status}`);
		times.push(Number(process.hrtime.bigint() - t) / 1e6);
	}
	times.sort((a, b) => a - b);
	return { median: times[Math.floor(n / 2)], p95: times[Math.floor(n * 0.95)] };
}

ensureBuild();
await freshDatabase(databaseUrl);
const server = await startServer({ port, databaseUrl, env: { ADVICE_REMINDERS: '0' } });
const client = new pg.Client({ connectionString: databaseUrl });
await client.connect();
try {
	const resultsSurvey = crypto.randomUUID();
	const started = Date.now();
	await seedSurvey(client, resultsSurvey, answersCount);
	console.log(`seeded ${answersCount.toLocaleString('en')} answers × 15 questions in ${((Date.now() - started) / 1000).toFixed(1)} s`);
	const cookie = await signIn(server, 'henk.jansen@huurdersraad.example');
	const headers = { cookie, accept: 'text/html' };
	const urls = {
		baseline: `${server.base}/bench/baseline?space=assen`,
		results: `${server.base}/assen/panel/survey/${resultsSurvey}/results`,
		api: `${server.base}/api/v1/spaces/assen/panel/surveys/${resultsSurvey}/results`,
		breakdown: `${server.base}/assen/panel/survey/${resultsSurvey}/results?bq=Q14&by=ageBand`
	};
	for (const url of Object.values(urls)) await load({ url, headers, duration: 2, connections });
	const single = { results: await timed(urls.results, headers), api: await timed(urls.api, headers), breakdown: await timed(urls.breakdown, headers, 10), baseline: await timed(urls.baseline, headers) };
	const baseline = figures('baseline: one indexed query (/bench/baseline)', await load({ url: urls.baseline, headers, duration, connections }));
	const results = figures(`results page, ${answersCount.toLocaleString('en')} answers × 15 questions`, await load({ url: urls.results, headers, duration, connections }));
	const api = figures('results API (aggregates, JSON)', await load({ url: urls.api, headers, duration, connections }));
	console.log(`\nPanel results on PostgreSQL: ${connections} connections, ${duration}s per endpoint, one app process.`);
	printTable([baseline, results, api], baseline);
	console.log('\nOne request at a time (server time as seen by the client, ms):');
	for (const [k, v] of Object.entries(single)) console.log(`- ${k}: median ${v.median.toFixed(1)} ms, p95 ${v.p95.toFixed(1)} ms`);
	console.log(`Goal: results page < 150 ms → ${single.results.median < 150 ? 'met' : 'NOT met'} (median ${single.results.median.toFixed(1)} ms; ${(single.results.median / single.baseline.median).toFixed(1)}× the baseline request).`);

	// Submission: every request uses a fresh personal link, like tenants answering their mail.
	const submitSurvey = crypto.randomUUID();
	await seedSurvey(client, submitSurvey, 0);
	const tokens = await seedInvitations(client, submitSurvey, Number(process.env.PANEL_INVITATIONS || 60_000));
	const form = new URLSearchParams();
	const sample = answerFor(5);
	for (const [k, v] of Object.entries(sample)) {
		if (Array.isArray(v)) {
			if (k === 'Q4' || k === 'Q15') v.forEach((c, p) => form.append(`${k}__${c}`, String(p + 1)));
			else for (const c of v) form.append(k, c);
		} else form.append(k, String(v));
	}
	let next = 0;
	let acknowledged = 0;
	let refused = 0;
	const run = await new Promise((resolve, reject) =>
		autocannon(
			{
				url: server.base,
				connections,
				duration: submitSeconds,
				pipelining: 1,
				requests: [
					{
						method: 'POST',
						headers: { origin: server.origin, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', 'x-sveltekit-action': 'true' },
						body: form.toString(),
						setupRequest: (req) => ({ ...req, path: `/s/${tokens[next++ % tokens.length]}?/submit` }),
						onResponse: (status, body) => {
							if (status === 200 && body.includes('"type":"success"')) acknowledged++;
							else refused++;
						}
					}
				]
			},
			(err, result) => (err ? reject(err) : resolve(result))
		)
	);
	// Let requests that were in flight when the run stopped finish before counting.
	await new Promise((r) => setTimeout(r, 3000));
	const stored = Number((await client.query('select count(*) from panel_response where survey_id = $1', [submitSurvey])).rows[0].count);
	const participations = Number((await client.query('select count(*) from panel_participation where survey_id = $1', [submitSurvey])).rows[0].count);
	const perSecond = acknowledged / submitSeconds;
	const baseRps = baseline.requestsPerSecond;
	console.log(`\nAnswer submission (POST /s/<token>?/submit, 13 answers each, ${connections} connections, ${submitSeconds} s):`);
	console.log(`- acknowledged answers: ${acknowledged} (${perSecond.toFixed(0)} answers/s; p50 ${run.latency.p50} ms, p99 ${run.latency.p99} ms); refused or failed: ${refused}; socket errors ${run.errors}, timeouts ${run.timeouts}`);
	// Requests still in flight when the run stops may be stored without being counted: at most one per connection.
	const allStored = stored >= acknowledged && stored - acknowledged <= connections && participations === stored;
	console.log(`- stored afterwards: ${stored} responses and ${participations} participation records → ${allStored ? `every acknowledged answer is stored (${stored - acknowledged} more were in flight when the run stopped)` : 'MISMATCH'}`);
	console.log(`- ratio to the baseline request rate: ${(perSecond / baseRps).toFixed(2)}`);
	console.log(`Goal: ≥ 300 answers/s for ${submitSeconds} s with 0 errors → ${perSecond >= 300 && refused === 0 && run.errors === 0 ? 'met' : 'NOT met'}`);
	if (next > tokens.length) console.log(`(warning: ${next} requests for ${tokens.length} links; the extra ones were refused as already answered)`);
} finally {
	await client.end();
	await stopServer(server);
}
