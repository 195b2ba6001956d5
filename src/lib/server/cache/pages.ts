// A page cache for the most-read lists (agreements, advice requests, the participation
// calendar, the public agreements page). A page is kept per person, language, day and address,
// under two data stamps: the platform's (people, organisations, memberships, spaces) and the
// space's stamp for the page's area. Database triggers move a stamp on every write, so a kept
// page is shown only while nothing it shows has changed, also with several app processes.
// A hit costs the session check and one query; the page is not rendered again.
import type { RequestEvent } from '@sveltejs/kit';
import { sql } from 'drizzle-orm';
import { getLocale } from '$lib/paraglide/runtime';
import { app } from '../app';
import type { Db } from '../db';
import { toAmsterdamDate } from '../advice/rules';
import type { StampArea } from './stamped';

/** Route id → the area whose stamp the page depends on (besides the platform's). */
export const cachedRoutes: ReadonlyMap<string, StampArea> = new Map([
	['/(public)/p/[municipality]', 'agreements'],
	['/(app)/[space]/agreements/set', 'agreements'],
	['/(app)/[space]/advice', 'advice'],
	['/(app)/[space]/calendar', 'advice']
]);

const MAX_ENTRIES = 2000;
// A backstop only: stamps already make every change visible at once.
const MAX_AGE_MS = 10 * 60_000;
const KEPT_HEADERS = ['content-type', 'cache-control', 'content-language'];

interface Entry {
	stamps: string;
	storedAt: number;
	body: string;
	headers: [string, string][];
}
const entries = new Map<string, Entry>();

/** Both stamps in one round trip, or null when the space does not exist. */
export async function pageStamps(db: Db, slug: string, area: StampArea): Promise<string | null> {
	const result = (await db.execute(sql`
		select s.id,
			coalesce((select stamp from data_stamp where space_id = '*' and area = 'tenancy'), 0)::bigint as tenancy,
			coalesce((select stamp from data_stamp where space_id = s.id and area = ${area}), 0)::bigint as area
		from space s where s.slug = ${slug}`)) as unknown as { rows: { tenancy: string | number; area: string | number }[] };
	const row = result.rows[0];
	return row ? `${row.tenancy}:${row.area}` : null;
}

export function pageCacheEnabled(): boolean {
	return process.env.PAGE_CACHE !== '0';
}

/**
 * Serves `render()`'s page from the cache when the route is one of cachedRoutes and nothing it
 * depends on moved; otherwise renders and keeps a plain 200 HTML answer without cookies.
 * `viewer` is the signed-in person's id (null: not signed in); pages are never shared between people.
 */
export async function cachedPage(event: RequestEvent, viewer: string | null, render: () => Promise<Response>): Promise<Response> {
	const area = event.route.id ? cachedRoutes.get(event.route.id) : undefined;
	const slug = event.params.space ?? event.params.municipality;
	if (!area || !slug || event.request.method !== 'GET' || event.isDataRequest || !pageCacheEnabled()) return render();
	const stamps = await pageStamps(app().db, slug, area);
	if (stamps === null) return render();
	const key = `${viewer ?? '-'}|${getLocale()}|${toAmsterdamDate(new Date())}|${event.url.pathname}${event.url.search}`;
	const hit = entries.get(key);
	if (hit && hit.stamps === stamps && Date.now() - hit.storedAt < MAX_AGE_MS) {
		// Most recently used last, so the oldest entry is the first to go.
		entries.delete(key);
		entries.set(key, hit);
		return new Response(hit.body, { status: 200, headers: [...hit.headers, ['x-page-cache', 'hit']] });
	}
	const response = await render();
	if (response.status !== 200 || response.headers.has('set-cookie') || !response.headers.get('content-type')?.startsWith('text/html')) return response;
	const body = await response.text();
	if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
	entries.set(key, {
		stamps,
		storedAt: Date.now(),
		body,
		headers: KEPT_HEADERS.flatMap((h) => (response.headers.has(h) ? [[h, response.headers.get(h)!] as [string, string]] : []))
	});
	return new Response(body, { status: 200, headers: response.headers });
}
