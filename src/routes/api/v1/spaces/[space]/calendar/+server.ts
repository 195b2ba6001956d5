import { apiSpace } from '$lib/server/api/guard';
import { apiData } from '$lib/server/api/respond';
import { linkedItemIds, listCalendarItems } from '$lib/server/advice/store';
import { isLate } from '$lib/server/advice/calendar';
import { toAmsterdamDate } from '$lib/server/advice/rules';
import { app } from '$lib/server/app';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const guarded = await apiSpace(event, event.params.space);
	if (!guarded.ok) return guarded.response;
	const { space } = guarded.value;
	const today = toAmsterdamDate(new Date());
	const year = Number(event.url.searchParams.get('year')) || Number(today.slice(0, 4));
	const items = await listCalendarItems(app().db, space.id, year);
	const linked = await linkedItemIds(app().db, items.map((i) => i.id));
	return apiData(
		items.map(({ spaceId: _s, createdAt: _c, ...i }) => ({ ...i, hasRequest: linked.has(i.id), late: isLate(i, linked.has(i.id), today) }))
	);
};
