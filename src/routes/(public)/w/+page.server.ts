import { redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { findSessionCode } from '$lib/server/workshops/store';
import type { PageServerLoad } from './$types';

// Joining without an account: the code form is a GET form, so it works without JavaScript.
export const load: PageServerLoad = async ({ url }) => {
	const typed = url.searchParams.get('code');
	if (typed === null) return { typed: '', problem: null };
	const found = await findSessionCode(app().db, typed);
	if (found.ok) redirect(303, `/w/${found.code}`);
	return { typed: typed.slice(0, 20), problem: found.error };
};
