import { fail, redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { parseLetterCode } from '$lib/server/panel/letterCodes';
import { resolveInvitation } from '$lib/server/panel/store';
import type { Actions } from './$types';

// The short address printed on letters: type the code, go to the questions.
export const actions: Actions = {
	default: async ({ request }) => {
		const typed = String((await request.formData()).get('code') ?? '').slice(0, 40);
		const parsed = parseLetterCode(typed);
		if (!parsed.ok) return fail(400, { code: typed, error: parsed.error });
		const s = await resolveInvitation(app().db, parsed.code);
		if (s.kind === 'invalid') return fail(400, { code: typed, error: s.error });
		redirect(303, `/s/${parsed.code}`);
	}
};
