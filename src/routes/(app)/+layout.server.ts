import { requireActor } from '$lib/server/auth/guards';
import type { LayoutServerLoad } from './$types';

// Everything in (app) needs a signed-in person; each action also checks on its own.
export const load: LayoutServerLoad = (event) => {
	requireActor(event);
	return {};
};
