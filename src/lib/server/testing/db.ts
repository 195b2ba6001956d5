// A fresh, migrated database with the demo data for one test file: real PGlite or real
// PostgreSQL, never a mock.
import fs from 'node:fs';
import crypto from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { createDb, type DbHandle } from '../db';

export async function createTestDb(): Promise<DbHandle> {
	const template = inject('dbTemplate');
	if (template.mode === 'pglite') {
		const dump = new Blob([fs.readFileSync(template.file)]);
		return createDb({ loadDataDir: dump });
	}
	const name = `driehoek_t_${crypto.randomBytes(5).toString('hex')}`;
	const admin = new pg.Client({ connectionString: template.url });
	await admin.connect();
	await admin.query(`create database "${name}" template "${template.template}"`);
	await admin.end();
	const url = new URL(template.url);
	url.pathname = `/${name}`;
	const handle = await createDb({ url: url.toString(), poolSize: 4 });
	const close = handle.close;
	handle.close = async () => {
		await close();
		const cleanup = new pg.Client({ connectionString: template.url });
		await cleanup.connect();
		await cleanup.query(`drop database if exists "${name}" with (force)`);
		await cleanup.end();
	};
	return handle;
}
