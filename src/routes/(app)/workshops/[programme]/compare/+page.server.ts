import { app } from '$lib/server/app';
import { requireProgramme } from '$lib/server/workshops/guard';
import { compareProgramme } from '$lib/server/workshops/store';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { programme } = await requireProgramme(event, 'view');
	return { programme: { id: programme.id, title: programme.title }, comparison: await compareProgramme(app().db, programme.id) };
};
