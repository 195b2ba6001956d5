import { app } from '$lib/server/app';
import { requireSpace } from '$lib/server/auth/guards';
import { calendarXlsx } from '$lib/server/advice/exports';
import { calendarExportRows } from '$lib/server/advice/store';
import { toAmsterdamDate } from '$lib/server/advice/rules';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const { space } = await requireSpace(event, 'view');
	const today = toAmsterdamDate(new Date());
	const year = Number(event.url.searchParams.get('year')) || Number(today.slice(0, 4));
	const rows = await calendarExportRows(app().db, space, year, today);
	const file = await calendarXlsx(rows, year);
	return new Response(new Uint8Array(file), {
		headers: {
			'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			'content-disposition': `attachment; filename="participatiekalender-${space.slug}-${year}.xlsx"`
		}
	});
};
