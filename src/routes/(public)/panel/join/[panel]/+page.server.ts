import { error, fail } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { getPanel, signUp } from '$lib/server/panel/store';
import { ageBands, householdTypes, tenureBands } from '$lib/server/panel/profile';
import type { Actions, PageServerLoad } from './$types';

// Public sign-up for a panel: consent text, optional profile, then a confirmation mail.
export const load: PageServerLoad = async ({ params }) => {
	const p = await getPanel(app().db, params.panel);
	if (!p) error(404, { message: 'Not found', code: 'notFound' });
	return { panel: { name: p.name, consentText: p.consentText }, ageBands: [...ageBands], householdTypes: [...householdTypes], tenureBands: [...tenureBands] };
};

export const actions: Actions = {
	join: async ({ params, request }) => {
		const { db, mailer, config } = app();
		const p = await getPanel(db, params.panel);
		if (!p) error(404, { message: 'Not found', code: 'notFound' });
		const f = await request.formData();
		const s = (k: string) => String(f.get(k) ?? '').slice(0, 200);
		const values = { email: s('email'), name: s('name'), ageBand: s('ageBand'), householdType: s('householdType'), tenureYears: s('tenureYears'), neighbourhood: s('neighbourhood') };
		const result = await signUp(db, mailer, config.origin, p, { ...values, consent: f.get('consent') === 'on' });
		if (!result.ok) return fail(400, { values, field: result.field, error: result.error });
		return { sent: true };
	}
};
