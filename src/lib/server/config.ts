// Every setting the app reads, in one place. The README's settings table mirrors this file.
import path from 'node:path';

function intFrom(value: string | undefined, fallback: number): number {
	const n = Number(value);
	return Number.isFinite(n) && n > 0 ? Math.floor(n) : fallback;
}

export interface Config {
	databaseUrl: string | null;
	dataDir: string;
	origin: string;
	authSecret: string | null;
	smtpUrl: string | null;
	mailFrom: string;
	seedDemo: boolean;
	logLevel: string;
	invitationTtlHours: number;
	signInRateLimit: number;
	migrationsDir: string;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
	const databaseUrl = env.DATABASE_URL?.trim() || null;
	return {
		databaseUrl,
		dataDir: path.resolve(env.DATA_DIR || 'data'),
		origin: (env.ORIGIN || `http://localhost:${env.PORT || 3000}`).replace(/\/$/, ''),
		authSecret: env.BETTER_AUTH_SECRET || null,
		smtpUrl: env.SMTP_URL?.trim() || null,
		mailFrom: env.MAIL_FROM || 'Driehoek <noreply@driehoek.example>',
		// Demo data is seeded on the embedded database unless switched off; on PostgreSQL only when asked.
		seedDemo: env.SEED_DEMO ? env.SEED_DEMO === '1' || env.SEED_DEMO === 'true' : !databaseUrl,
		logLevel: env.LOG_LEVEL || (env.NODE_ENV === 'test' ? 'silent' : 'info'),
		invitationTtlHours: intFrom(env.INVITATION_TTL_HOURS, 168),
		signInRateLimit: intFrom(env.SIGN_IN_RATE_LIMIT, 5),
		migrationsDir: path.resolve(env.MIGRATIONS_DIR || 'drizzle')
	};
}
