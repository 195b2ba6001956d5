import { error } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { app } from '$lib/server/app';
import { allCalendarItems, listRequests, spaceIdByFeedToken } from '$lib/server/advice/store';
import { icalFeed } from '$lib/server/advice/exports';
import { toAmsterdamDate } from '$lib/server/advice/rules';
import { space } from '$lib/server/db/schema';
import type { RequestHandler } from './$types';

// The secret link is the only key: whoever has it reads the space's calendar, nothing more.
export const GET: RequestHandler = async ({ params }) => {
	const { db, config } = app();
	const spaceId = await spaceIdByFeedToken(db, params.token);
	if (!spaceId) error(404, { message: 'Not found', code: 'feedNotFound' });
	const [row] = await db.select({ name: space.name, slug: space.slug }).from(space).where(eq(space.id, spaceId));
	const today = toAmsterdamDate(new Date());
	const [items, requests] = await Promise.all([allCalendarItems(db, spaceId), listRequests(db, spaceId, { limit: 1000 })]);
	const body = icalFeed({ spaceName: row.name, spaceSlug: row.slug, origin: config.origin, items, requests, today });
	return new Response(body, {
		headers: { 'content-type': 'text/calendar; charset=utf-8', 'cache-control': 'private, max-age=300', 'x-robots-tag': 'noindex' }
	});
};
