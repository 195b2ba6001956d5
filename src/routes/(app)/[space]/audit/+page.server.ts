import { app } from '$lib/server/app';
import { requireSpace } from '$lib/server/auth/guards';
import { listAudit } from '$lib/server/audit';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { space } = await requireSpace(event, 'admin');
	const before = Number(event.url.searchParams.get('before')) || undefined;
	const entries = await listAudit(app().db, { spaceId: space.id }, { limit: 50, before });
	return {
		entries: entries.map((e) => ({ ...e, before: e.before as unknown, after: e.after as unknown })),
		nextBefore: entries.length === 50 ? entries[entries.length - 1].id : null
	};
};
