import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DataFolderLockedError, lockDataFolder } from './lock';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'driehoek-lock-'));

describe('data folder lock', () => {
	it('refuses a second holder while the first process lives, and frees on release', async () => {
		const folder = tmp();
		// Another live process holds the lock.
		const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
		fs.writeFileSync(path.join(folder, 'driehoek.lock'), String(other.pid));
		try {
			expect(() => lockDataFolder(folder)).toThrow(DataFolderLockedError);
			expect(() => lockDataFolder(folder)).toThrow(/al in gebruik/);
		} finally {
			other.kill();
		}
		await new Promise((r) => other.once('exit', r));
		// The holder died: its stale lock is taken over.
		const release = lockDataFolder(folder);
		expect(fs.readFileSync(path.join(folder, 'driehoek.lock'), 'utf8')).toBe(String(process.pid));
		release();
		expect(fs.existsSync(path.join(folder, 'driehoek.lock'))).toBe(false);
	});
});
