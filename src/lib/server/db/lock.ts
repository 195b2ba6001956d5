// One process per PGlite folder: two processes writing one folder corrupt it.
import fs from 'node:fs';
import path from 'node:path';

export class DataFolderLockedError extends Error {
	constructor(
		public readonly folder: string,
		public readonly pid: number
	) {
		super(
			`De datamap ${folder} is al in gebruik door proces ${pid}. Stop dat proces eerst, of kies een andere map met DATA_DIR. ` +
				`/ The data folder ${folder} is already in use by process ${pid}. Stop that process first, or choose another folder with DATA_DIR.`
		);
	}
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (err) {
		return (err as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/** Takes the folder's lock or throws DataFolderLockedError. Returns a release function. */
export function lockDataFolder(folder: string): () => void {
	fs.mkdirSync(folder, { recursive: true });
	const lockFile = path.join(folder, 'driehoek.lock');
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			const fd = fs.openSync(lockFile, 'wx');
			fs.writeSync(fd, String(process.pid));
			fs.closeSync(fd);
			let released = false;
			return () => {
				if (released) return;
				released = true;
				try {
					if (fs.readFileSync(lockFile, 'utf8').trim() === String(process.pid)) fs.unlinkSync(lockFile);
				} catch {
					/* already gone */
				}
			};
		} catch (err) {
			if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
			const pid = Number(fs.readFileSync(lockFile, 'utf8').trim());
			if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) {
				throw new DataFolderLockedError(folder, pid);
			}
			// A stale lock from a process that died: take it over.
			fs.rmSync(lockFile, { force: true });
		}
	}
	throw new Error(`Could not lock ${folder}`);
}
