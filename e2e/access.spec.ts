// Visits every cell of the access matrix as every subject, over HTTP, without a browser page.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { test, expect, type APIRequestContext } from '@playwright/test';
import { matrix, subjects, type Outcome, type Subject } from './access-matrix';
import { DEMO_PASSWORD } from './support/constants';

// Stable demo ids, as seeded (src/lib/server/seed/demo.ts).
function demoId(kind: string, key: string) {
	const hex = crypto.createHash('sha256').update(`driehoek-demo:${kind}:${key}`).digest('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
const fill = (p: string) => p.replace('HUNZEDAL_ID', demoId('organisation', 'hunzedal'));

function routeIds(dir = 'src/routes', base = ''): string[] {
	const ids: string[] = [];
	const entries = fs.readdirSync(dir, { withFileTypes: true });
	if (entries.some((e) => e.isFile() && /^\+(page|server)(\.server)?\.(ts|svelte)$/.test(e.name))) ids.push(base || '/');
	for (const e of entries) if (e.isDirectory()) ids.push(...routeIds(path.join(dir, e.name), `${base}/${e.name}`));
	return ids;
}

test('every route in src/routes is in the access matrix', () => {
	const missing = routeIds().filter((id) => !matrix[id]);
	expect(missing, 'add these routes to e2e/access-matrix.ts').toEqual([]);
});

function observed(status: number, location: string | undefined): Outcome {
	if (status === 303 || status === 302 || status === 307) return location?.startsWith('/login') && !location.startsWith('/login?signedOut') ? 'login' : 'redirect';
	return ({ 200: 'ok', 400: 'invalid', 401: 'unauthorized', 403: 'forbidden', 404: 'notFound', 410: 'gone' } as Record<number, Outcome>)[status] ?? (String(status) as Outcome);
}

async function contextFor(playwright: typeof import('@playwright/test'), baseURL: string, subject: Subject): Promise<APIRequestContext> {
	const ip = `10.99.${Object.keys(subjects).indexOf(subject) + 1}.${Math.floor(Math.random() * 250) + 1}`;
	const context = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { 'x-forwarded-for': ip, origin: baseURL } });
	if (subject !== 'anonymous') {
		const response = await context.post('/login?/password', {
			form: { email: subjects[subject], password: DEMO_PASSWORD, redirectTo: '' },
			headers: { accept: 'text/html' },
			maxRedirects: 0
		});
		expect(response.status(), `sign-in of ${subject}`).toBe(303);
	}
	return context;
}

const allSubjects: Subject[] = ['anonymous', ...(Object.keys(subjects) as Subject[])];

for (const subject of allSubjects) {
	test(`access matrix as ${subject}`, async ({ playwright, baseURL }) => {
		const context = await contextFor(playwright, baseURL!, subject);
		const failures: string[] = [];
		for (const [route, cells] of Object.entries(matrix)) {
			for (const cell of cells) {
				// Signing out ends the session; it runs last (below).
				if (cell.path === '/logout') continue;
				const expected = cell.except?.[subject] ?? cell.default;
				const url = fill(cell.path);
				const response =
					cell.method === 'GET'
						? await context.get(url, { maxRedirects: 0, headers: { accept: 'text/html' } })
						: await context.post(url, { form: {}, maxRedirects: 0, headers: { accept: 'text/html' } });
				const got = observed(response.status(), response.headers()['location']);
				if (got !== expected) failures.push(`${cell.method} ${url} (${route}): expected ${expected}, got ${got} (${response.status()})`);
				if (response.status() >= 500) failures.push(`${cell.method} ${url}: server error`);
			}
		}
		const logout = await context.post('/logout', { form: {}, maxRedirects: 0 });
		expect(logout.status()).toBe(303);
		expect(failures).toEqual([]);
		await context.dispose();
	});
}
