// Browser tests against the built app, on PGlite and (when TEST_DATABASE_URL is set) PostgreSQL.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { MAIL_PORT } from './e2e/support/constants';

const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';
const pgUrl = process.env.TEST_DATABASE_URL;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'driehoek-e2e-'));
// Ports can move (E2E_PORT, MAIL_PORT) so two checkouts can run their suites side by side.
const port = Number(process.env.E2E_PORT || 4173);
const e2eDatabase = (url: string) => {
	const u = new URL(url);
	u.pathname = `${u.pathname.slice(1) || 'postgres'}_e2e`;
	return u.toString();
};

const serverEnv = (port: number, extra: Record<string, string>) => ({
	PORT: String(port),
	HOST: '127.0.0.1',
	ORIGIN: `http://localhost:${port}`,
	// Tests give each browser context its own client address, so rate limits stay per test.
	ADDRESS_HEADER: 'x-forwarded-for',
	XFF_DEPTH: '1',
	SMTP_URL: `smtp://127.0.0.1:${MAIL_PORT}`,
	MAIL_FROM: 'Driehoek test <noreply@driehoek.example>',
	SEED_DEMO: '1',
	SHUTDOWN_TIMEOUT: '2',
	LOG_LEVEL: 'warn',
	...extra
});

const servers = [
	{
		name: 'pglite',
		port,
		env: serverEnv(port, { DATA_DIR: dataDir })
	},
	...(pgUrl ? [{ name: 'postgres', port: port + 1, env: serverEnv(port + 1, { DATABASE_URL: e2eDatabase(pgUrl), BETTER_AUTH_SECRET: 'e2e-secret-e2e-secret-e2e-secret', DATA_DIR: `${dataDir}-pg` }) }] : [])
];

export default defineConfig({
	testDir: 'e2e',
	fullyParallel: false,
	workers: 1,
	retries: process.env.CI ? 1 : 0,
	timeout: 60_000,
	expect: { timeout: 10_000 },
	reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
	globalSetup: './e2e/support/global-setup.ts',
	use: {
		headless: true,
		locale: 'nl-NL',
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath: fs.existsSync(chrome) ? chrome : undefined,
			args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
		}
	},
	projects: servers.map((s) => ({
		name: s.name,
		use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${s.port}`, channel: undefined },
		// Screenshots and the process lifecycle need one run only.
		testIgnore: s.name === 'pglite' ? [] : ['**/screenshots.spec.ts', '**/lifecycle.spec.ts']
	})),
	webServer: servers.map((s) => ({
		command: `node e2e/support/serve.js`,
		url: `http://localhost:${s.port}/health`,
		env: s.env,
		timeout: 120_000,
		reuseExistingServer: false,
		stdout: 'ignore',
		stderr: 'pipe',
		gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 }
	}))
});
