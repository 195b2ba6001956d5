// Access for /api/v1: the same rules as the pages (auth/access.ts), answered as JSON.
import type { RequestEvent } from '@sveltejs/kit';
import { app } from '../app';
import { can, spaceAccess, type Actor, type SpaceAccess } from '../auth/access';
import { getSpaceBySlug, type SpaceContext } from '../spaces/store';
import { apiError } from './respond';

export type Guarded<T> = { ok: true; value: T } | { ok: false; response: Response };

export function apiActor(event: Pick<RequestEvent, 'locals'>): Guarded<Actor> {
	const actor = event.locals.actor;
	return actor ? { ok: true, value: actor } : { ok: false, response: apiError(401, 'signInRequired') };
}

export async function apiSpace(
	event: Pick<RequestEvent, 'locals'>,
	slug: string
): Promise<Guarded<{ actor: Actor; space: SpaceContext; access: SpaceAccess }>> {
	const actor = apiActor(event);
	if (!actor.ok) return actor;
	const space = await getSpaceBySlug(app().db, slug);
	if (!space) return { ok: false, response: apiError(404, 'notFound') };
	const access = spaceAccess(actor.value, space.participants.map((p) => p.organisationId));
	if (!can.viewSpace(access)) return { ok: false, response: apiError(403, 'forbidden') };
	return { ok: true, value: { actor: actor.value, space, access } };
}
