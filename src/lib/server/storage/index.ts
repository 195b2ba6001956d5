// The one file store: uploaded files in a folder (DATA_DIR/files by default), checked for size
// and type before anything is written. Keys are random; the original name is kept by the caller.
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Allowed types by extension, with the first bytes each must start with (when known). */
const allowed: Record<string, { type: string; magic?: number[] }> = {
	pdf: { type: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46] },
	docx: { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', magic: [0x50, 0x4b] },
	xlsx: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', magic: [0x50, 0x4b] },
	odt: { type: 'application/vnd.oasis.opendocument.text', magic: [0x50, 0x4b] },
	png: { type: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47] },
	jpg: { type: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
	jpeg: { type: 'image/jpeg', magic: [0xff, 0xd8, 0xff] }
};
export const ALLOWED_EXTENSIONS = Object.keys(allowed);

export type StorageError = 'fileTooLarge' | 'fileTypeNotAllowed' | 'fileEmpty';

export function fileExtension(name: string): string {
	return path.extname(name).slice(1).toLowerCase();
}

/** Why a file may not be stored (a message key, err_<key>), or null. Pure. */
export function checkFile(name: string, bytes: Uint8Array): StorageError | null {
	if (bytes.length === 0) return 'fileEmpty';
	if (bytes.length > MAX_FILE_BYTES) return 'fileTooLarge';
	const rule = allowed[fileExtension(name)];
	if (!rule) return 'fileTypeNotAllowed';
	if (rule.magic && !rule.magic.every((b, i) => bytes[i] === b)) return 'fileTypeNotAllowed';
	return null;
}

export function contentType(name: string): string {
	return allowed[fileExtension(name)]?.type ?? 'application/octet-stream';
}

export function createStorage(root: string) {
	const full = (key: string) => {
		if (!/^[a-f0-9-]{36}\.[a-z]+$/.test(key)) throw new Error('invalid storage key');
		return path.join(root, key);
	};
	return {
		async put(name: string, bytes: Uint8Array): Promise<{ ok: true; key: string } | { ok: false; error: StorageError }> {
			const error = checkFile(name, bytes);
			if (error) return { ok: false, error };
			const key = `${crypto.randomUUID()}.${fileExtension(name)}`;
			await fs.mkdir(root, { recursive: true });
			// Write to a temporary name first, so a half-written file is never served.
			const tmp = path.join(root, `.${key}.tmp`);
			await fs.writeFile(tmp, bytes);
			await fs.rename(tmp, full(key));
			return { ok: true, key };
		},
		async get(key: string): Promise<Buffer | null> {
			try {
				return await fs.readFile(full(key));
			} catch {
				return null;
			}
		},
		async remove(key: string): Promise<void> {
			await fs.rm(full(key), { force: true });
		}
	};
}

export type Storage = ReturnType<typeof createStorage>;

let shared: Storage | null = null;
/** The app's store, under DATA_DIR/files (or FILES_DIR). */
export function storage(dataDir: string): Storage {
	shared ??= createStorage(process.env.FILES_DIR || path.join(dataDir, 'files'));
	return shared;
}
