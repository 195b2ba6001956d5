// The running app: configuration, database, auth and mail, made once at start.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { readConfig, type Config } from './config';
import { createDb, type Db, type DbHandle } from './db';
import { lockDataFolder } from './db/lock';
import { createAuth, type Auth } from './auth';
import { createMailer, type Mailer } from './mail';
import { logger } from './logger';
import { seedDemo } from './seed/demo';
import { organisation } from './db/schema';

export interface AppState {
	config: Config;
	handle: DbHandle;
	db: Db;
	auth: Auth;
	mailer: Mailer;
	release: () => void;
}

let state: AppState | null = null;
let inFlight = 0;

/** Counts requests being handled, so a stop can let them finish before closing the database. */
export async function track<T>(work: () => Promise<T>): Promise<T> {
	inFlight++;
	try {
		return await work();
	} finally {
		inFlight--;
	}
}

/** A secret kept in the data folder, so sessions survive a restart without any setting. */
function secretFromDataFolder(dataDir: string): string {
	const file = path.join(dataDir, 'auth-secret');
	if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
	fs.mkdirSync(dataDir, { recursive: true });
	const secret = crypto.randomBytes(32).toString('base64url');
	fs.writeFileSync(file, secret, { mode: 0o600 });
	return secret;
}

export async function startApp(config: Config = readConfig()): Promise<AppState> {
	if (state) return state;
	const release = config.databaseUrl ? () => {} : lockDataFolder(config.dataDir);
	try {
		const handle = await createDb(
			config.databaseUrl ? { url: config.databaseUrl } : { dataDir: path.join(config.dataDir, 'pglite') }
		);
		await handle.migrate(config.migrationsDir);
		let secret = config.authSecret;
		if (!secret) {
			if (config.databaseUrl) logger.warn('BETTER_AUTH_SECRET is not set: using a secret from the data folder. Set it when running several app processes.');
			secret = secretFromDataFolder(config.dataDir);
		}
		const mailer = createMailer(handle.db, { smtpUrl: config.smtpUrl, from: config.mailFrom });
		const auth = createAuth(handle.db, { baseURL: config.origin, secret, mailer, signInRateLimit: config.signInRateLimit });
		if (config.seedDemo) {
			const [any] = await handle.db.select({ id: organisation.id }).from(organisation).limit(1);
			if (!any) {
				await seedDemo(handle.db, auth);
				logger.info('demo data seeded');
			}
		}
		state = { config, handle, db: handle.db, auth, mailer, release };
		logger.info({ database: handle.kind, origin: config.origin }, 'Driehoek started');
		return state;
	} catch (err) {
		release();
		throw err;
	}
}

export function app(): AppState {
	if (!state) throw new Error('The app has not started');
	return state;
}

export async function stopApp(graceMs = 3000): Promise<void> {
	if (!state) return;
	const deadline = Date.now() + graceMs;
	while (inFlight > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
	const current = state;
	state = null;
	try {
		await current.handle.close();
	} finally {
		current.release();
	}
}
