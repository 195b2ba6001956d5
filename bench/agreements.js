// Agreements benchmark (issue 3): a space with 200 agreements and 4 years of quarterly progress,
// seeded straight into PostgreSQL. Measures the agreements list (signed in) and the public page
// against the bare baseline endpoint in the same run: req/s, p50/p99 and the ratio.
import crypto from 'node:crypto';
import pg from 'pg';
import { benchDatabaseUrl, ensureBuild, figures, freshDatabase, load, measureUncached, printTable, signIn, startServer, stopServer } from './lib.js';

const duration = Number(process.env.BENCH_SECONDS || 10);
const connections = Number(process.env.BENCH_CONNECTIONS || 20);
const port = Number(process.env.BENCH_AGREEMENTS_PORT || 4310);
const AGREEMENTS = 200;
const themes = ['betaalbaarheid', 'beschikbaarheid', 'doelgroepen', 'wonenZorg', 'duurzaamheid', 'leefbaarheid', 'huurdersparticipatie'];

async function seed(databaseUrl) {
	const client = new pg.Client({ connectionString: databaseUrl });
	await client.connect();
	try {
		const { rows: [space] } = await client.query(`select id, municipality_id from space where slug = 'assen'`);
		const { rows: [set] } = await client.query(`select id from agreement_set where space_id = $1 order by version_no desc limit 1`, [space.id]);
		const { rows: parties } = await client.query(`select organisation_id from space_participant where space_id = $1`, [space.id]);
		await client.query('begin');
		for (let i = 0; i < AGREEMENTS; i++) {
			const id = crypto.randomUUID();
			const baseline = 100 + (i % 50);
			await client.query(
				`insert into agreement (id, set_id, lineage_id, position, theme, text, committing_parties, owner_name, indicator, unit, baseline, baseline_year, targets, deadline, updated_by)
				 values ($1, $2, $1, $3, $4, $5, $6, 'Trekker', 'opgeleverde woningen', 'woningen', $7, 2022, $8, '2026-12-31', 'bench')`,
				[id, set.id, 100 + i, themes[i % themes.length], `Afspraak ${i + 1}: de partijen leveren in 2026 ${40 + i} woningen op in wijk ${i % 12}.`,
					JSON.stringify([parties[i % parties.length].organisation_id]), baseline, JSON.stringify([{ year: 2026, value: baseline + 200 }])]
			);
			// Four years of quarterly progress.
			const values = [];
			const params = [];
			for (let q = 0; q < 16; q++) {
				const year = 2022 + Math.floor(q / 4);
				const month = ((q % 4) + 1) * 3;
				params.push(crypto.randomUUID(), id, space.id, `${year}-Q${(q % 4) + 1}`, `${year}-${String(month).padStart(2, '0')}-28`, baseline + q * (8 + (i % 7)), 'bench');
				const n = params.length;
				values.push(`($${n - 6}, $${n - 5}, $${n - 4}, $${n - 3}, $${n - 2}, $${n - 1}, '', $${n})`);
			}
			await client.query(`insert into progress_entry (id, lineage_id, space_id, period, measured_on, value, explanation, author_name) values ${values.join(', ')}`, params);
		}
		// Signed and published, so the public page shows it.
		await client.query(`update agreement_set set locked_at = now() where id = $1`, [set.id]);
		await client.query(`update agreement_cycle set publish = true where space_id = $1`, [space.id]);
		await client.query('commit');
		const { rows: [count] } = await client.query(`select (select count(*) from agreement where set_id = $1)::int as agreements, (select count(*) from progress_entry where space_id = $2)::int as progress`, [set.id, space.id]);
		return count;
	} finally {
		await client.end();
	}
}

ensureBuild();
// Its own database by default, so it never meets the foundation's bench.
const databaseUrl = process.env.BENCH_DATABASE_URL || benchDatabaseUrl().replace(/\/[^/]*$/, '/driehoek_agr_bench');
await freshDatabase(databaseUrl);
const server = await startServer({ port, databaseUrl });
try {
	const seeded = await seed(databaseUrl);
	const cookie = await signIn(server, 'karin.bos@hunzedal.example');
	const headers = { cookie, accept: 'text/html' };
	const urls = {
		baseline: `${server.base}/bench/baseline?space=assen`,
		list: `${server.base}/assen/agreements/set`,
		public: `${server.base}/p/assen`
	};
	for (const [name, url] of Object.entries(urls)) {
		const warm = await load({ url, headers: name === 'public' ? { accept: 'text/html' } : headers, duration: 2, connections });
		if (warm.non2xx) throw new Error(`${name} answered non-2xx during warm-up`);
	}
	const baseline = figures('baseline: one indexed query (/bench/baseline)', await load({ url: urls.baseline, headers, duration, connections }));
	const list = figures(`agreements list, signed in (/assen/agreements/set, ${seeded.agreements} agreements)`, await load({ url: urls.list, headers, duration, connections }));
	const pub = figures(`public page, no login (/p/assen, ${seeded.progress} progress entries)`, await load({ url: urls.public, headers: { accept: 'text/html' }, duration, connections }));
	console.log(`\nAgreements on PostgreSQL, ${connections} connections, ${duration}s per endpoint, one app process.`);
	printTable([baseline, list, pub], baseline);
} finally {
	await stopServer(server);
}
await measureUncached({
	port,
	databaseUrl,
	email: 'karin.bos@hunzedal.example',
	pages: [['agreements list', '/assen/agreements/set']],
	duration,
	connections
});
