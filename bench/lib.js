// Shared bench tools: a fresh PostgreSQL database, the built app as a child process,
// sign-in, and autocannon runs reported as figures and ratios.
import { spawn, execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';

export const root = path.resolve(import.meta.dirname, '..');

export function benchDatabaseUrl() {
	return process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || 'postgres://postgres:postgres@127.0.0.1:5432/driehoek_bench';
}

export async function freshDatabase(url) {
	const target = new URL(url);
	const name = target.pathname.slice(1);
	const admin = new pg.Client({ connectionString: url.replace(/\/[^/]*$/, '/postgres') });
	await admin.connect();
	await admin.query(`drop database if exists "${name}" with (force)`);
	await admin.query(`create database "${name}"`);
	await admin.end();
}

export function ensureBuild() {
	if (!fs.existsSync(path.join(root, 'build', 'index.js'))) execSync('node scripts/build-if-needed.js', { cwd: root, stdio: 'inherit' });
	else execSync('node scripts/build-if-needed.js', { cwd: root, stdio: 'inherit' });
}

export async function startServer({ port, databaseUrl, env = {} }) {
	const child = spawn(process.execPath, ['build/index.js'], {
		cwd: root,
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: `http://localhost:${port}`,
			DATABASE_URL: databaseUrl,
			BETTER_AUTH_SECRET: 'bench-secret-bench-secret-bench-secret',
			SEED_DEMO: '1',
			BENCH_BASELINE: '1',
			LOG_LEVEL: 'warn',
			SIGN_IN_RATE_LIMIT: '1000',
			...env
		},
		stdio: ['ignore', 'inherit', 'inherit']
	});
	const base = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 300; i++) {
		try {
			if ((await fetch(`${base}/health`)).ok) return { child, base, origin: `http://localhost:${port}` };
		} catch {
			/* starting */
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	child.kill('SIGKILL');
	throw new Error('the app did not start');
}

export async function stopServer(server) {
	const exited = new Promise((r) => server.child.once('exit', r));
	server.child.kill('SIGTERM');
	await exited;
}

/** Signs in through the no-JavaScript form and returns the session cookie. */
export async function signIn(server, email, password = 'Driehoek-demo-2026') {
	const body = new URLSearchParams({ email, password, redirectTo: '' });
	const response = await fetch(`${server.base}/login?/password`, {
		method: 'POST',
		body,
		redirect: 'manual',
		headers: { origin: server.origin, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' }
	});
	const cookies = response.headers.getSetCookie().map((c) => c.split(';')[0]);
	if (response.status !== 303 || cookies.length === 0) throw new Error(`sign-in failed: ${response.status}`);
	return cookies.join('; ');
}

export function load({ url, headers = {}, duration = 10, connections = 20 }) {
	return new Promise((resolve, reject) => {
		autocannon({ url, headers, duration, connections, pipelining: 1 }, (err, result) => (err ? reject(err) : resolve(result)));
	});
}

export function figures(name, result) {
	return {
		name,
		requestsPerSecond: Math.round(result.requests.average),
		p50: result.latency.p50,
		p99: result.latency.p99,
		errors: result.errors + result.non2xx,
		total: result.requests.total
	};
}

export function printTable(rows, baseline) {
	console.log('\n| endpoint | req/s | p50 ms | p99 ms | errors | ratio to baseline (req/s) |');
	console.log('|---|---:|---:|---:|---:|---:|');
	for (const r of rows) {
		const ratio = (r.requestsPerSecond / baseline.requestsPerSecond).toFixed(2);
		console.log(`| ${r.name} | ${r.requestsPerSecond} | ${r.p50} | ${r.p99} | ${r.errors} | ${r === baseline ? '1.00 (baseline)' : ratio} |`);
	}
}

/**
 * The same pages with the page cache switched off (PAGE_CACHE=0): what the first view after a
 * change costs. Starts its own app process on the same database and measures its own baseline.
 */
export async function measureUncached({ port, databaseUrl, env = {}, email, pages, duration, connections }) {
	const server = await startServer({ port, databaseUrl, env: { ...env, PAGE_CACHE: '0' } });
	try {
		const cookie = await signIn(server, email);
		const headers = { cookie, accept: 'text/html' };
		const baselineUrl = `${server.base}/bench/baseline?space=assen`;
		for (const [, path] of pages) await load({ url: server.base + path, headers, duration: 2, connections });
		const baseline = figures('baseline: one indexed query (/bench/baseline)', await load({ url: baselineUrl, headers, duration, connections }));
		const rows = [baseline];
		for (const [name, path] of pages) rows.push(figures(`${name}, rendered every time (PAGE_CACHE=0)`, await load({ url: server.base + path, headers, duration, connections })));
		console.log('\nThe same pages without the page cache (the first view after each change):');
		printTable(rows, baseline);
	} finally {
		await stopServer(server);
	}
}
