import { app } from '$lib/server/app';
import { requireSpace } from '$lib/server/auth/guards';
import { isLate } from '$lib/server/advice/calendar';
import { calendarXlsx } from '$lib/server/advice/exports';
import { linkedItemIds, listCalendarItems } from '$lib/server/advice/store';
import { toAmsterdamDate } from '$lib/server/advice/rules';
import { adviceRequest } from '$lib/server/db/schema';
import { inArray } from 'drizzle-orm';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const { space } = await requireSpace(event, 'view');
	const { db } = app();
	const today = toAmsterdamDate(new Date());
	const year = Number(event.url.searchParams.get('year')) || Number(today.slice(0, 4));
	const items = await listCalendarItems(db, space.id, year);
	const linked = await linkedItemIds(db, items.map((i) => i.id));
	const requests = items.length
		? await db.select({ title: adviceRequest.title, itemId: adviceRequest.calendarItemId }).from(adviceRequest).where(inArray(adviceRequest.calendarItemId, items.map((i) => i.id)))
		: [];
	const names = new Map(space.participants.map((p) => [p.organisationId, p.name]));
	const file = await calendarXlsx(
		items.map((i) => ({
			...i,
			parties: `${names.get(i.corporationId) ?? ''} – ${names.get(i.tenantOrganisationId) ?? ''}`,
			requestTitles: requests.filter((r) => r.itemId === i.id).map((r) => r.title).join('; '),
			late: isLate(i, linked.has(i.id), today)
		})),
		year
	);
	return new Response(new Uint8Array(file), {
		headers: {
			'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			'content-disposition': `attachment; filename="participatiekalender-${space.slug}-${year}.xlsx"`
		}
	});
};
