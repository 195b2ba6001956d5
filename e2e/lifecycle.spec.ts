// The app as a process: one process per PGlite folder, a clean stop on SIGTERM.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { test, expect } from '@playwright/test';

function start(dataDir: string, port: number): { child: ChildProcess; output: () => string } {
	let output = '';
	const child = spawn(process.execPath, ['build/index.js'], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: `http://localhost:${port}`, DATA_DIR: dataDir, SEED_DEMO: '0', DATABASE_URL: '', SHUTDOWN_TIMEOUT: '2' },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	child.stdout!.on('data', (d) => (output += d));
	child.stderr!.on('data', (d) => (output += d));
	return { child, output: () => output };
}

async function waitHealthy(port: number, output: () => string) {
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) return;
		} catch {
			/* not yet */
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`server did not become healthy:\n${output()}`);
}

// Ports near the suite's own, so side-by-side checkouts do not collide.
const base = Number(process.env.E2E_PORT || 4173) + 107;

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

test('a second process on the same data folder refuses to start; SIGTERM stops cleanly within seconds', async () => {
	const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'driehoek-life-'));
	const children: ChildProcess[] = [];
	try {
	const first = start(dataDir, base);
	children.push(first.child);
	await waitHealthy(base, first.output);

	const second = start(dataDir, base + 1);
	const code = await exited(second.child);
	expect(code).not.toBe(0);
	expect(second.output()).toContain('is al in gebruik door proces');
	expect(second.output()).toContain('already in use by process');

	const stopped = exited(first.child);
	const t0 = Date.now();
	first.child.kill('SIGTERM');
	expect(await stopped).toBe(0);
	expect(Date.now() - t0).toBeLessThan(5000);
	expect(fs.existsSync(path.join(dataDir, 'driehoek.lock'))).toBe(false);

	// After the clean stop, the folder can be opened again (nothing corrupt, data kept).
	const again = start(dataDir, base + 2);
	children.push(again.child);
	await waitHealthy(base + 2, again.output);
	again.child.kill('SIGTERM');
	expect(await exited(again.child)).toBe(0);
	} finally {
		for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
	}
});
