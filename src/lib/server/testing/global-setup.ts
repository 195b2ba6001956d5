// Vitest global setup: migrate and seed one template database once, for all test files.
// PGlite: a dump file that each test file loads. PostgreSQL (TEST_DB_MODE=postgres): a
// template database that each test file clones with CREATE DATABASE … TEMPLATE.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createDb } from '../db';
import { seedDemo } from '../seed/demo';

export function templateDatabaseName(url: string): string {
	return `${new URL(url).pathname.slice(1) || 'postgres'}_template`;
}

export default async function setup(project: TestProject) {
	const migrationsFolder = path.resolve('drizzle');
	if (process.env.TEST_DB_MODE === 'postgres') {
		const url = process.env.TEST_DATABASE_URL;
		if (!url) throw new Error('TEST_DB_MODE=postgres needs TEST_DATABASE_URL');
		const template = templateDatabaseName(url);
		const admin = new pg.Client({ connectionString: url });
		await admin.connect();
		await admin.query(`drop database if exists "${template}" with (force)`);
		await admin.query(`create database "${template}"`);
		await admin.end();
		const templateUrl = new URL(url);
		templateUrl.pathname = `/${template}`;
		const handle = await createDb({ url: templateUrl.toString(), poolSize: 2 });
		await handle.migrate(migrationsFolder);
		await seedDemo(handle.db);
		await handle.close();
		project.provide('dbTemplate', { mode: 'postgres', url, template });
		return;
	}
	const handle = await createDb();
	await handle.migrate(migrationsFolder);
	await seedDemo(handle.db);
	const dump = await handle.pglite!.dumpDataDir('gzip');
	const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'driehoek-test-')), 'template.tar.gz');
	fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
	await handle.close();
	project.provide('dbTemplate', { mode: 'pglite', file });
	return () => fs.rmSync(path.dirname(file), { recursive: true, force: true });
}

declare module 'vitest' {
	export interface ProvidedContext {
		dbTemplate: { mode: 'pglite'; file: string } | { mode: 'postgres'; url: string; template: string };
	}
}
