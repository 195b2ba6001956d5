// Advice benchmark (issue 4): a space with 2,000 requests and 5 years of participation
// calendars. Measures the request list and the calendar page against /bench/baseline in the
// same run on PostgreSQL, and the deadline rules over 100,000 requests (time per 1,000).
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { transformSync } from 'esbuild';
import pg from 'pg';
import { ensureBuild, figures, freshDatabase, load, measureUncached, printTable, root, signIn, startServer, stopServer } from './lib.js';

const duration = Number(process.env.BENCH_SECONDS || 10);
const connections = Number(process.env.BENCH_CONNECTIONS || 20);
const databaseUrl = process.env.ADVICE_BENCH_DATABASE_URL || 'postgres://postgres:postgres@127.0.0.1:5432/driehoek_adv_bench';
const port = Number(process.env.ADVICE_BENCH_PORT || 4320);

function demoId(kind, key) {
	const hex = crypto.createHash('sha256').update(`driehoek-demo:${kind}:${key}`).digest('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The pure deadline rules, compiled from TypeScript on the fly (no build step for a bench). */
async function loadRules() {
	const source = fs.readFileSync(path.join(root, 'src/lib/server/advice/rules.ts'), 'utf8');
	const file = path.join(os.tmpdir(), `advice-rules-${process.pid}.mjs`);
	fs.writeFileSync(file, transformSync(source, { loader: 'ts', format: 'esm' }).code);
	try {
		return await import(file);
	} finally {
		fs.rmSync(file, { force: true });
	}
}

function rulesBench(rules, n = 100_000) {
	const inputs = [];
	for (let i = 0; i < n; i++) {
		const received = rules.addDays('2022-01-03', i % 1500);
		const given = i % 3 ? rules.addDays(received, 30 + (i % 20)) : undefined;
		const answer = given && i % 2 ? { kind: i % 4 === 1 ? 'departs' : 'follows', answeredOn: rules.addDays(given, i % 18), reasons: 'r' } : undefined;
		inputs.push({ receivedOn: received, periodDays: 42 + (i % 30), adviceGivenOn: given, answer });
	}
	const today = '2026-11-23';
	let check = 0;
	const start = process.hrtime.bigint();
	for (const input of inputs) {
		const s = rules.adviceRequestStatus(input, today);
		if (s.status === 'overdue') check++;
		if (input.answer && input.answer.kind !== 'follows') rules.earliestExecutionDate(input.answer.answeredOn);
	}
	const ms = Number(process.hrtime.bigint() - start) / 1e6;
	return { n, ms, perThousand: (ms / n) * 1000, overdue: check };
}

async function seedVolume(url) {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	const space = demoId('space', 'assen');
	const corporations = [demoId('organisation', 'hunzedal'), demoId('organisation', 'veenland')];
	const tenants = [demoId('organisation', 'huurdersraad'), demoId('organisation', 'hvassen'), demoId('organisation', 'hvveenland')];
	const kinds = ['advice', 'advice', 'advice', 'consent', 'information', 'unsolicitedAdvice'];
	const topics = ['maintenance', 'allocation', 'rentPolicy', 'serviceCosts', 'liveability', 'careHousing', 'performanceAgreements'];
	await client.query('begin');
	const rows = [];
	for (let i = 0; i < 2000; i++) {
		const day = new Date(Date.UTC(2022, 0, 3) + (i % 1780) * 86_400_000).toISOString().slice(0, 10);
		const kind = kinds[i % kinds.length];
		const given = kind === 'advice' && i % 3 ? new Date(Date.parse(day) + 40 * 86_400_000).toISOString().slice(0, 10) : kind === 'unsolicitedAdvice' ? day : null;
		const answered = given && i % 2 ? new Date(Date.parse(given) + 10 * 86_400_000).toISOString().slice(0, 10) : null;
		rows.push([crypto.randomUUID(), space, kind, corporations[i % 2], tenants[i % 3], topics[i % topics.length], `Aanvraag ${i + 1}`, 'Tekst', day, kind === 'advice' ? 42 + (i % 20) : null, given, answered ? (i % 4 === 1 ? 'departs' : 'follows') : null, answered ? 'Redenen' : null, answered]);
	}
	for (let i = 0; i < rows.length; i += 200) {
		const chunk = rows.slice(i, i + 200);
		const values = chunk.map((_, j) => `(${Array.from({ length: 14 }, (_, k) => `$${j * 14 + k + 1}`).join(',')})`).join(',');
		await client.query(
			`insert into advice_request (id, space_id, kind, corporation_id, tenant_organisation_id, topic, title, body, received_on, period_days, advice_given_on, answer_kind, answer_text, answered_on) values ${values}`,
			chunk.flat()
		);
	}
	let items = 0;
	for (let year = 2022; year <= 2026; year++) {
		for (const corporation of corporations) {
			for (const tenant of tenants.slice(0, 2)) {
				for (let k = 0; k < 12; k++) {
					await client.query(
						`insert into calendar_item (id, space_id, corporation_id, tenant_organisation_id, year, topic, title, month, quarter, say, raised_by, priority, status, owner) values ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14)`,
						[crypto.randomUUID(), space, corporation, tenant, year, topics[k % topics.length], `Kalenderpunt ${year}-${k + 1}`, k % 4 === 3 ? null : k + 1, k % 4 === 3 ? (k % 4) + 1 : null, k % 5 === 0 ? 'consent' : 'advice', k % 3 ? 'corporation' : 'tenant', 'normal', year < 2026 ? 'done' : 'planned', '']
					);
					items++;
				}
			}
		}
	}
	await client.query('commit');
	await client.end();
	return { requests: rows.length, items };
}

ensureBuild();
const rules = await loadRules();
const deadline = rulesBench(rules);
await freshDatabase(databaseUrl);
const server = await startServer({ port, databaseUrl, env: { ADVICE_REMINDERS: '0' } });
try {
	const seeded = await seedVolume(databaseUrl);
	const cookie = await signIn(server, 'karin.bos@hunzedal.example');
	const headers = { cookie, accept: 'text/html' };
	const urls = {
		baseline: `${server.base}/bench/baseline?space=assen`,
		list: `${server.base}/assen/advice`,
		calendar: `${server.base}/assen/calendar?year=2026`,
		month: `${server.base}/assen/calendar?year=2026&view=month`
	};
	for (const url of Object.values(urls)) await load({ url, headers, duration: 2, connections });
	const baseline = figures('baseline: one indexed query (/bench/baseline)', await load({ url: urls.baseline, headers, duration, connections }));
	const list = figures('request list, 50 of 2,000+ (/assen/advice)', await load({ url: urls.list, headers, duration, connections }));
	const calendar = figures('calendar 2026, list view (/assen/calendar)', await load({ url: urls.calendar, headers, duration, connections }));
	const month = figures('calendar 2026, month view', await load({ url: urls.month, headers, duration, connections }));
	console.log(`\nAdvice on PostgreSQL: ${seeded.requests} extra requests and ${seeded.items} calendar items (2022–2026) in Assen; ${connections} connections, ${duration}s per endpoint, one app process.`);
	printTable([baseline, list, calendar, month], baseline);
	console.log(`\nDeadline rules: adviceRequestStatus (+ earliest execution date) over ${deadline.n.toLocaleString('en')} requests: ${deadline.ms.toFixed(1)} ms in all, ${deadline.perThousand.toFixed(2)} ms per 1,000 requests.`);
} finally {
	await stopServer(server);
}
await measureUncached({
	port,
	databaseUrl,
	env: { ADVICE_REMINDERS: '0' },
	email: 'karin.bos@hunzedal.example',
	pages: [['request list', '/assen/advice'], ['calendar list view', '/assen/calendar?year=2026'], ['calendar month view', '/assen/calendar?year=2026&view=month']],
	duration,
	connections
});
