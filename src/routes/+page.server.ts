import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

// The front door: signed in, you go to your spaces; otherwise to the sign-in page.
export const load: PageServerLoad = ({ locals }) => {
	redirect(303, locals.actor ? '/spaces' : '/login');
};
