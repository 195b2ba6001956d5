// Guards for routes: load what the access rules need, ask access.ts, and stop the request
// with the right answer (sign-in redirect, 403 or 404) when the answer is no.
import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { app } from '../app';
import { can, spaceAccess, type Actor, type SpaceAccess } from './access';
import { getSpaceBySlug, type SpaceContext } from '../spaces/store';

export type SpaceNeed = 'view' | 'change' | 'admin';

export function requireActor(event: Pick<RequestEvent, 'locals' | 'url'>): Actor {
	const actor = event.locals.actor;
	if (!actor) {
		const back = event.url.pathname + event.url.search;
		redirect(303, `/login?redirectTo=${encodeURIComponent(back)}`);
	}
	return actor;
}

export function forbidden(code = 'forbidden'): never {
	error(403, { message: 'Forbidden', code });
}

export function notFound(code = 'notFound'): never {
	error(404, { message: 'Not found', code });
}

export interface SpaceGuard {
	actor: Actor;
	space: SpaceContext;
	access: SpaceAccess;
}

/** The space from the URL, for a signed-in person whose organisation takes part in it. */
export async function requireSpace(
	event: Pick<RequestEvent, 'locals' | 'url' | 'params'>,
	need: SpaceNeed = 'view'
): Promise<SpaceGuard> {
	const actor = requireActor(event);
	const slug = event.params.space;
	if (!slug) notFound();
	// Layout and page both guard the same request: load the space once per request.
	let pending = event.locals.spaces?.get(slug);
	if (!pending) {
		pending = getSpaceBySlug(app().db, slug);
		(event.locals.spaces ??= new Map()).set(slug, pending);
	}
	const space = await pending;
	if (!space) notFound('spaceNotFound');
	const access = spaceAccess(
		actor,
		space.participants.map((p) => p.organisationId)
	);
	if (!can.viewSpace(access)) forbidden('noSpaceAccess');
	if (need === 'change' && !can.changeInSpace(access)) forbidden('viewerCannotChange');
	if (need === 'admin' && !can.adminSpace(access)) forbidden('adminOnly');
	return { actor, space, access };
}

export function requirePlatformAdmin(event: Pick<RequestEvent, 'locals' | 'url'>): Actor {
	const actor = requireActor(event);
	if (!can.administerPlatform(actor)) forbidden('platformAdminOnly');
	return actor;
}
