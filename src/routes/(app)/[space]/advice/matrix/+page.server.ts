import { fail } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { requireSpace } from '$lib/server/auth/guards';
import { findPair, getMatrix, pairsOf, saveMatrix, sideIn } from '$lib/server/advice/store';
import { says, topics, type Say, type Topic } from '$lib/server/advice/model';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { actor, space, access } = await requireSpace(event, 'view');
	const pairs = pairsOf(space);
	const pair = findPair(space, event.url.searchParams.get('pair') ?? '') ?? pairs.find((p) => sideIn(actor, p)) ?? pairs[0] ?? null;
	return {
		pairs: pairs.map((p) => ({ key: p.key, label: `${p.corporationName} – ${p.tenantOrganisationName}` })),
		pair: pair ? { key: pair.key, tenantKind: pair.tenantKind } : null,
		matrix: pair ? await getMatrix(app().db, space.id, pair) : [],
		canEdit: !!pair && access.role !== 'viewer' && !!sideIn(actor, pair)
	};
};

export const actions: Actions = {
	save: async (event) => {
		const { actor, space } = await requireSpace(event, 'change');
		const data = await event.request.formData();
		const pair = findPair(space, String(data.get('pair') ?? ''));
		if (!pair) return fail(400, { error: 'advPairRequired' });
		const values: Partial<Record<Topic, Say>> = {};
		for (const topic of topics) {
			const say = String(data.get(topic) ?? '');
			if (!(says as readonly string[]).includes(say)) return fail(400, { error: 'advSayRequired', topic });
			values[topic] = say as Say;
		}
		const result = await saveMatrix(app().db, actor, space.id, pair, values);
		if (!result.ok) return fail(400, { error: result.error });
		return { ok: true };
	}
};
