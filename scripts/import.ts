// npm run import -- <file> [--kind kwb|lbm|boundaries] [--year N] [--code-property P] [--name-property P] [--data-properties DataProperties.json]
// Imports national area data with the same store functions as the web page, into DATABASE_URL
// or the PGlite data folder (DATA_DIR, default ./data). Stop the app first when it uses PGlite.
import fs from 'node:fs';
import path from 'node:path';
import { createDb } from '../src/lib/server/db';
import { readConfig } from '../src/lib/server/config';
import { runImport, type ImportKind } from '../src/lib/server/liveability/store';
import { formatIssue } from '../src/lib/server/liveability/reports';

const args = process.argv.slice(2);
const opt = (name: string) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? args[i + 1] : undefined;
};
const file = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!file) {
	console.error('Gebruik: npm run import -- <bestand> [--kind kwb|lbm|boundaries] [--year 2024] [--code-property statcode] [--name-property statnaam]');
	process.exit(2);
}
const kind = opt('kind') as ImportKind | undefined;
if (kind && !['kwb', 'lbm', 'boundaries'].includes(kind)) {
	console.error(`Onbekende soort: ${kind} (kies kwb, lbm of boundaries)`);
	process.exit(2);
}
const year = opt('year') ? Number(opt('year')) : undefined;
const dp = opt('data-properties');

const config = readConfig();
if (!config.databaseUrl) fs.mkdirSync(path.join(config.dataDir, 'pglite'), { recursive: true });
const handle = await createDb(config.databaseUrl ? { url: config.databaseUrl } : { dataDir: path.join(config.dataDir, 'pglite') });
await handle.migrate(config.migrationsDir);
const started = Date.now();
let shown = -1;
const bytes = fs.statSync(file).size;
const outcome = await runImport(
	handle.db,
	{
		kind,
		fileName: path.basename(file),
		text: bytes > 30 * 1024 * 1024 ? '' : fs.readFileSync(file, 'utf8'),
		bytes,
		year,
		codeProperty: opt('code-property'),
		nameProperty: opt('name-property'),
		dataProperties: dp ? JSON.parse(fs.readFileSync(dp, 'utf8')) : undefined
	},
	(f) => {
		const pct = Math.round(f * 100);
		if (pct === shown) return;
		shown = pct;
		const bar = '#'.repeat(Math.round(pct / 5)).padEnd(20, '.');
		if (process.stderr.isTTY) process.stderr.write(`\r[${bar}] ${pct}%`);
	}
);
if (process.stderr.isTTY) process.stderr.write('\n');
for (const issue of outcome.report.fatal) console.error(`FOUT: ${formatIssue(issue)}`);
for (const issue of outcome.report.warnings.slice(0, 50)) console.warn(`Let op: ${formatIssue(issue)}`);
if (outcome.report.warnings.length > 50) console.warn(`… en nog ${outcome.report.warnings.length - 50} meldingen`);
console.log(
	outcome.ok
		? `Klaar: ${outcome.written} gebieden (${outcome.kind}, ${outcome.years.join(', ')}) in ${((Date.now() - started) / 1000).toFixed(1)} s`
		: 'Niets ingelezen: los de fouten hierboven op en probeer het opnieuw.'
);
await handle.close();
process.exit(outcome.ok ? 0 : 1);
