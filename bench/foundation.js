// Foundation benchmark (issue 2): the space dashboard against a bare endpoint that does one
// indexed query, measured in the same run on PostgreSQL. Prints req/s, p50/p99 and the ratio.
import { benchDatabaseUrl, ensureBuild, figures, freshDatabase, load, printTable, signIn, startServer, stopServer } from './lib.js';

const duration = Number(process.env.BENCH_SECONDS || 10);
const connections = Number(process.env.BENCH_CONNECTIONS || 20);

ensureBuild();
const databaseUrl = benchDatabaseUrl();
await freshDatabase(databaseUrl);
const server = await startServer({ port: 4300, databaseUrl });
try {
	const cookie = await signIn(server, 'karin.bos@hunzedal.example');
	const headers = { cookie, accept: 'text/html' };
	// Warm up both paths (JIT, connection pool, query plans).
	await load({ url: `${server.base}/bench/baseline?space=assen`, headers, duration: 2, connections });
	await load({ url: `${server.base}/assen`, headers, duration: 2, connections });
	const baseline = figures('baseline: one indexed query (/bench/baseline)', await load({ url: `${server.base}/bench/baseline?space=assen`, headers, duration, connections }));
	const dashboard = figures('space dashboard, signed in (/assen)', await load({ url: `${server.base}/assen`, headers, duration, connections }));
	console.log(`\nFoundation on PostgreSQL, ${connections} connections, ${duration}s per endpoint, one app process, 2-core machine.`);
	printTable([baseline, dashboard], baseline);
} finally {
	await stopServer(server);
}
