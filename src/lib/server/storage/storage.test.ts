import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile, createStorage, MAX_FILE_BYTES } from './index';

const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]);

describe('storage', () => {
	it('refuses empty, too large and wrong-type files', () => {
		expect(checkFile('a.pdf', new Uint8Array())).toBe('fileEmpty');
		expect(checkFile('a.pdf', new Uint8Array(MAX_FILE_BYTES + 1))).toBe('fileTooLarge');
		expect(checkFile('a.exe', pdf)).toBe('fileTypeNotAllowed');
		expect(checkFile('a.png', pdf)).toBe('fileTypeNotAllowed');
		expect(checkFile('Verslag.PDF', pdf)).toBeNull();
	});
	it('stores and reads back a file under a random key', async () => {
		const root = fs.mkdtempSync(path.join(os.tmpdir(), 'driehoek-files-'));
		const store = createStorage(root);
		const put = await store.put('bewijs.pdf', pdf);
		if (!put.ok) throw new Error(put.error);
		expect(put.key).toMatch(/\.pdf$/);
		expect(await store.get(put.key)).toEqual(Buffer.from(pdf));
		expect(await store.get('../etc/passwd')).toBeNull();
		await store.remove(put.key);
		expect(await store.get(put.key)).toBeNull();
		fs.rmSync(root, { recursive: true, force: true });
	});
});
