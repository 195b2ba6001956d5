import { fail, redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { requireSpace } from '$lib/server/auth/guards';
import { createPanel, listPanels, listSpaceSurveys, managesPanel, panelOwners } from '$lib/server/panel/store';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { actor, space } = await requireSpace(event, 'view');
	const { db } = app();
	const [panels, surveys] = await Promise.all([listPanels(db, space.id), listSpaceSurveys(db, space.id)]);
	return {
		panels: panels.map((p) => ({ ...p, manages: managesPanel(actor, p) })),
		surveys: surveys.map((s) => ({ ...s, manages: managesPanel(actor, { organisationId: panels.find((p) => p.id === s.panelId)?.organisationId ?? '' }) })),
		owners: panelOwners(actor, space).map((o) => ({ id: o.organisationId, name: o.name }))
	};
};

export const actions: Actions = {
	create: async (event) => {
		const { actor, space } = await requireSpace(event, 'change');
		const f = await event.request.formData();
		const result = await createPanel(app().db, actor, space, { organisationId: String(f.get('organisationId') ?? ''), name: String(f.get('name') ?? ''), consentText: String(f.get('consentText') ?? '') });
		if (!result.ok) return fail(400, { field: result.field, error: result.error });
		redirect(303, `/${space.slug}/panel/${result.id}`);
	}
};
