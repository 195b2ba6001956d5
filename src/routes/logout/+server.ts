import { redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { copyAuthCookies } from '$lib/server/auth/forward';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async (event) => {
	const response = await app().auth.api.signOut({ headers: event.request.headers, asResponse: true });
	copyAuthCookies(response, event.cookies);
	redirect(303, '/login?signedOut=1');
};
