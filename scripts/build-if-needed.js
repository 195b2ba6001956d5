// `npm start` builds first when there is no build yet, or when sources are newer than it.
import fs from 'node:fs';
import path from 'node:path';
import { execSync } from 'node:child_process';

const root = path.resolve(import.meta.dirname, '..');
const marker = path.join(root, 'build', 'index.js');

function newestMtime(dir) {
	let newest = 0;
	for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
		if (entry.name === 'paraglide' || entry.name.startsWith('.')) continue;
		const full = path.join(dir, entry.name);
		newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
	}
	return newest;
}

const sources = ['src', 'messages', 'static', 'drizzle'].map((d) => path.join(root, d)).filter((d) => fs.existsSync(d));
const built = fs.existsSync(marker) ? fs.statSync(marker).mtimeMs : 0;
if (!built || Math.max(...sources.map(newestMtime)) > built) {
	console.log('Driehoek: building the app (first start or changed sources)…');
	execSync('npx vite build', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
	console.log('Driehoek: build ready.');
}
