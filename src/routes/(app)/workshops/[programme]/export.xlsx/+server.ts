import { app } from '$lib/server/app';
import { requireProgramme } from '$lib/server/workshops/guard';
import { programmeXlsx } from '$lib/server/workshops/exports';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const { programme } = await requireProgramme(event, 'view');
	const file = await programmeXlsx(app().db, programme);
	return new Response(new Uint8Array(file), {
		headers: {
			'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			'content-disposition': 'attachment; filename="werkatelier-resultaten.xlsx"'
		}
	});
};
