import { app } from '$lib/server/app';
import { requireProgramme } from '$lib/server/workshops/guard';
import { programmeDocx } from '$lib/server/workshops/exports';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const { programme } = await requireProgramme(event, 'view');
	const file = await programmeDocx(app().db, programme);
	return new Response(new Uint8Array(file), {
		headers: {
			'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
			'content-disposition': 'attachment; filename="werkatelier-verslag.docx"'
		}
	});
};
