// The published agreements page (/p/<municipality>) is the same for every visitor who is not
// signed in. Its HTML is kept per language under the space's data stamp for agreements, so a
// visit costs one query while nothing changed. Names of parties can change without moving
// the stamp, so an entry also expires after a minute (the page's own cache-control).
import { sql } from 'drizzle-orm';
import type { Handle } from '@sveltejs/kit';
import type { Db } from '../db';
import { getLocale } from '$lib/paraglide/runtime';
import { app } from '../app';

const MAX_AGE_MS = 60_000;
const MAX_ENTRIES = 500;
const PUBLIC_PAGE = /^\/p\/([a-z0-9-]{1,80})\/?$/;
const KEPT_HEADERS = ['content-type', 'cache-control', 'content-language'];

interface Entry {
	stamp: number;
	storedAt: number;
	body: string;
	headers: [string, string][];
}
const entries = new Map<string, Entry>();

async function agreementsStampOf(db: Db, slug: string): Promise<number | null> {
	const result = (await db.execute(
		sql`select coalesce(d.stamp, 0)::int as stamp from space s left join data_stamp d on d.space_id = s.id and d.area = 'agreements' where s.slug = ${slug}`
	)) as unknown as { rows: { stamp: number }[] };
	return result.rows[0]?.stamp ?? null;
}

const signedIn = (cookie: string | null) => !!cookie && cookie.includes('session_token=');

export const publicPageCache: Handle = async ({ event, resolve }) => {
	const match = event.request.method === 'GET' && !event.url.search ? PUBLIC_PAGE.exec(event.url.pathname) : null;
	if (!match || signedIn(event.request.headers.get('cookie'))) return resolve(event);
	const stamp = await agreementsStampOf(app().db, match[1]);
	if (stamp === null) return resolve(event);
	const key = `${match[1]}:${getLocale()}`;
	const hit = entries.get(key);
	if (hit && hit.stamp === stamp && Date.now() - hit.storedAt < MAX_AGE_MS) {
		return new Response(hit.body, { status: 200, headers: [...hit.headers, ['x-cache', 'hit']] });
	}
	const response = await resolve(event);
	if (response.status !== 200 || !response.headers.get('content-type')?.startsWith('text/html')) return response;
	const body = await response.text();
	if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
	entries.set(key, {
		stamp,
		storedAt: Date.now(),
		body,
		headers: KEPT_HEADERS.flatMap((h) => (response.headers.has(h) ? [[h, response.headers.get(h)!] as [string, string]] : []))
	});
	return new Response(body, { status: 200, headers: response.headers });
};
