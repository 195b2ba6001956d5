import { error } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { confirmMember } from '$lib/server/panel/store';
import type { PageServerLoad } from './$types';

// The link in the confirmation mail (double opt-in). Confirming twice is harmless.
export const load: PageServerLoad = async ({ params }) => {
	const result = await confirmMember(app().db, params.token);
	if (!result.ok) error(404, { message: 'Not found', code: 'panelLinkInvalid' });
	return { panelName: result.panelName };
};
