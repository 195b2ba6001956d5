import { error } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { requireSpace } from '$lib/server/auth/guards';
import { getAgreement, getProgress } from '$lib/server/agreements/store';
import { contentType, storage } from '$lib/server/storage';
import type { RequestHandler } from './$types';

/** An evidence file of a progress entry, for the parties of the space. */
export const GET: RequestHandler = async (event) => {
	const { space } = await requireSpace(event, 'view');
	const { db, config } = app();
	const [entry, agreement] = await Promise.all([getProgress(db, event.params.progress), getAgreement(db, event.params.agreement)]);
	if (!entry || !agreement || entry.spaceId !== space.id || entry.lineageId !== agreement.lineageId || !entry.evidenceKey) {
		error(404, { message: 'Not found', code: 'agrNotFound' });
	}
	const bytes = await storage(config.dataDir).get(entry.evidenceKey);
	if (!bytes) error(404, { message: 'Not found', code: 'agrNotFound' });
	return new Response(new Uint8Array(bytes), {
		headers: {
			'content-type': contentType(entry.evidenceName ?? ''),
			'content-disposition': `attachment; filename="${encodeURIComponent(entry.evidenceName ?? 'bewijs')}"`,
			'x-content-type-options': 'nosniff'
		}
	});
};
