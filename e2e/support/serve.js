// Starts the built app for the browser tests. On PostgreSQL it first makes a fresh database.
import path from 'node:path';
import pg from 'pg';

if (process.env.DATABASE_URL) {
	const url = new URL(process.env.DATABASE_URL);
	const name = url.pathname.slice(1);
	const admin = new pg.Client({ connectionString: url.toString().replace(/\/[^/]*$/, '/postgres') });
	await admin.connect();
	await admin.query(`drop database if exists "${name}" with (force)`);
	await admin.query(`create database "${name}"`);
	await admin.end();
}
// Same upload limit as npm start (scripts/start.js): the national CBS file is 2.5 MB.
process.env.BODY_SIZE_LIMIT ||= '25M';
await import(path.resolve('build/index.js'));
