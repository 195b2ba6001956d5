// createDb(): embedded PGlite in a data folder, or PostgreSQL when a URL is given.
// Both speak the same SQL, so one Drizzle schema and one set of migrations serve both.
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema';
import { logger } from '../logger';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export { schema };

export interface DbHandle {
	db: Db;
	kind: 'pglite' | 'postgres';
	/** Runs a health query; rejects when the database does not answer. */
	ping(): Promise<void>;
	migrate(migrationsFolder: string): Promise<void>;
	close(): Promise<void>;
	/** The raw PGlite instance (embedded mode only), for dumps in tests. */
	pglite?: PGlite;
	pool?: pg.Pool;
}

export interface CreateDbOptions {
	url?: string | null;
	/** PGlite data folder; undefined means in memory. */
	dataDir?: string;
	/** A PGlite dump (tar.gz) to start from, used by tests to skip migrations. */
	loadDataDir?: Blob | File;
	poolSize?: number;
}

export async function createDb(options: CreateDbOptions = {}): Promise<DbHandle> {
	if (options.url) {
		const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
		// An idle connection that the server ends (restart, failover, a dropped test database)
		// emits 'error' on the pool; unheard, that would crash the process. The pool replaces it.
		pool.on('error', (err) => logger.warn({ err }, 'idle database connection lost'));
		const db = drizzlePg(pool, { schema }) as unknown as Db;
		return {
			db,
			kind: 'postgres',
			pool,
			ping: async () => {
				await pool.query('select 1');
			},
			migrate: async (migrationsFolder) => {
				await migratePg(drizzlePg(pool), { migrationsFolder });
			},
			close: () => pool.end()
		};
	}
	const client = new PGlite({ dataDir: options.dataDir, loadDataDir: options.loadDataDir });
	await client.waitReady;
	const db = drizzlePglite(client, { schema }) as unknown as Db;
	return {
		db,
		kind: 'pglite',
		pglite: client,
		ping: async () => {
			await client.query('select 1');
		},
		migrate: async (migrationsFolder) => {
			await migratePglite(drizzlePglite(client), { migrationsFolder });
		},
		close: () => client.close()
	};
}
