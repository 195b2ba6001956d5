import { error } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { requireSpace } from '$lib/server/auth/guards';
import { getDocument } from '$lib/server/advice/documents';
import { contentType, storage } from '$lib/server/storage';
import type { RequestHandler } from './$types';

/** A document of a request, for the parties of the space; advice documents stay with the tenant side until sent. */
export const GET: RequestHandler = async (event) => {
	const { actor, space } = await requireSpace(event, 'view');
	const { db, config } = app();
	const doc = await getDocument(db, actor, space.id, event.params.id, event.params.document);
	if (!doc) error(404, { message: 'Not found', code: 'advNotFound' });
	const bytes = await storage(config.dataDir).get(doc.storageKey);
	if (!bytes) error(404, { message: 'Not found', code: 'advNotFound' });
	return new Response(new Uint8Array(bytes), {
		headers: {
			'content-type': contentType(doc.name),
			'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(doc.name)}`,
			'x-content-type-options': 'nosniff',
			'cache-control': 'private, no-store'
		}
	});
};
