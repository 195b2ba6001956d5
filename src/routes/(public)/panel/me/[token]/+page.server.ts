import { error, fail } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { panelKey } from '$lib/server/panel/form';
import { memberForManageToken, withdrawMember } from '$lib/server/panel/store';
import type { Actions, PageServerLoad } from './$types';

// The link under every panel mail: download your data, or leave and have it erased.
export const load: PageServerLoad = async ({ params }) => {
	const row = await memberForManageToken(app().db, params.token);
	if (!row) return { gone: true as const };
	return { gone: false as const, panelName: row.panel.name, email: row.member.email, name: row.member.name };
};

export const actions: Actions = {
	withdraw: async ({ params, request }) => {
		const f = await request.formData();
		if (f.get('confirm') !== 'yes') return fail(400, { error: panelKey('confirmWithdraw') });
		const result = await withdrawMember(app().db, params.token);
		if (!result.ok) error(404, { message: 'Not found', code: 'panelLinkInvalid' });
		return { withdrawn: true };
	}
};
