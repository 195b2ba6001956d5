// `npm test`: every suite, in both database modes when TEST_DATABASE_URL is set.
//  1. Vitest (unit + integration) on PGlite, then again on PostgreSQL.
//  2. Playwright browser tests against the built app (PGlite, and PostgreSQL when set).
// Ends with one line "total: N passed, N failed, N skipped" and exits non-zero on any failure.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const root = path.resolve(import.meta.dirname, '..');
const reports = fs.mkdtempSync(path.join(os.tmpdir(), 'driehoek-test-report-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const suites = [];
let exitCode = 0;

function run(name, command, args, env = {}) {
	console.log(`\n=== ${name} ===`);
	const started = Date.now();
	const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
	const seconds = ((Date.now() - started) / 1000).toFixed(1);
	if (result.status !== 0) exitCode = 1;
	return { status: result.status, seconds };
}

function countVitest(file, name, seconds) {
	if (!fs.existsSync(file)) return suites.push(`${name}: no report (${seconds}s)`);
	const report = JSON.parse(fs.readFileSync(file, 'utf8'));
	const passed = report.numPassedTests;
	const failed = report.numFailedTests;
	const skipped = report.numPendingTests + report.numTodoTests;
	totals.passed += passed;
	totals.failed += failed;
	totals.skipped += skipped;
	suites.push(`${name}: ${passed} passed, ${failed} failed, ${skipped} skipped (${seconds}s)`);
}

function countPlaywright(file, name, seconds) {
	if (!fs.existsSync(file)) return suites.push(`${name}: no report (${seconds}s)`);
	const { stats } = JSON.parse(fs.readFileSync(file, 'utf8'));
	const failed = stats.unexpected;
	totals.passed += stats.expected + (stats.flaky ?? 0);
	totals.failed += failed;
	totals.skipped += stats.skipped;
	suites.push(`${name}: ${stats.expected + (stats.flaky ?? 0)} passed, ${failed} failed, ${stats.skipped} skipped${stats.flaky ? ` (${stats.flaky} flaky, passed on retry)` : ''} (${seconds}s)`);
}

function vitest(name, env) {
	const file = path.join(reports, `${name.replace(/\W+/g, '-')}.json`);
	const { seconds } = run(name, 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`], env);
	countVitest(file, name, seconds);
}

// Types first: svelte-check over routes, components and server code (errors fail the run).
// `svelte-kit sync` writes the route types it reads; paraglide compiles the messages it imports.
spawnSync('npx', ['svelte-kit', 'sync'], { cwd: root, stdio: 'ignore' });
spawnSync('npx', ['paraglide-js', 'compile', '--project', './project.inlang', '--outdir', './src/lib/paraglide'], { cwd: root, stdio: 'ignore' });
const check = run('type check (svelte-check)', 'npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--threshold', 'error', '--output', 'human']);
suites.push(`type check: ${check.status === 0 ? 'no errors' : 'ERRORS'} (${check.seconds}s)`);
if (check.status !== 0) totals.failed += 1;

const pgUrl = process.env.TEST_DATABASE_URL;
vitest('unit+integration (PGlite)', { TEST_DB_MODE: 'pglite' });
if (pgUrl) vitest('unit+integration (PostgreSQL)', { TEST_DB_MODE: 'postgres' });
else console.log('\nTEST_DATABASE_URL is not set: the PostgreSQL run of the suites is skipped.');

const browser = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && fs.existsSync(p));
if (!browser) {
	const line = 'NO BROWSER FOUND: the browser tests did not run. Install one: apt-get install -y chromium (or set CHROME_PATH).';
	console.log(`\n${'!'.repeat(line.length)}\n${line}\n${'!'.repeat(line.length)}`);
	if (process.env.CI) {
		exitCode = 1;
		totals.failed += 1;
	}
} else {
	const build = run('build', 'npx', ['vite', 'build', '--logLevel', 'error']);
	if (build.status === 0) {
		const file = path.join(reports, 'playwright.json');
		const { seconds } = run('browser tests (Playwright)', 'npx', ['playwright', 'test'], {
			CHROME_PATH: browser,
			PLAYWRIGHT_JSON_OUTPUT_NAME: file
		});
		countPlaywright(file, pgUrl ? 'browser (PGlite + PostgreSQL)' : 'browser (PGlite)', seconds);
	}
}

console.log('\n=== summary ===');
for (const line of suites) console.log(line);
if (totals.failed > 0) exitCode = 1;
console.log(`total: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(exitCode);
