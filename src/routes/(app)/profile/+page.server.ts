import { fail } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { z } from 'zod';
import { eq } from 'drizzle-orm';
import { app } from '$lib/server/app';
import { requireActor } from '$lib/server/auth/guards';
import { createApiToken, listApiTokens, revokeApiToken, tokenNameSchema } from '$lib/server/api/tokens';
import { user } from '$lib/server/db/schema';
import type { Actions, PageServerLoad } from './$types';

const nameSchema = z.object({ name: z.string().trim().min(2, 'nameTooShort').max(120, 'nameTooLong') });

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event);
	return {
		profile: { name: actor.name, email: actor.email, memberships: actor.memberships },
		tokens: await listApiTokens(app().db, actor.userId),
		nameForm: await superValidate({ name: actor.name }, zod4(nameSchema), { id: 'name' }),
		tokenForm: await superValidate(zod4(tokenNameSchema), { id: 'token' })
	};
};

export const actions: Actions = {
	name: async (event) => {
		const actor = requireActor(event);
		const form = await superValidate(event.request, zod4(nameSchema), { id: 'name' });
		if (!form.valid) return fail(400, { nameForm: form });
		await app().db.update(user).set({ name: form.data.name, updatedAt: new Date() }).where(eq(user.id, actor.userId));
		return message(form, { type: 'ok', key: 'saved' });
	},
	createToken: async (event) => {
		const actor = requireActor(event);
		const form = await superValidate(event.request, zod4(tokenNameSchema), { id: 'token' });
		if (!form.valid) return fail(400, { tokenForm: form });
		const { token } = await createApiToken(app().db, actor.userId, form.data.name);
		// The token is shown once, in this response only.
		return { tokenForm: form, newToken: token };
	},
	revokeToken: async (event) => {
		const actor = requireActor(event);
		const id = String((await event.request.formData()).get('tokenId') ?? '');
		if (!id) return fail(400, { tokenError: 'tokenNotFound' });
		if (!(await revokeApiToken(app().db, actor.userId, id))) return fail(404, { tokenError: 'tokenNotFound' });
		return { tokenRevoked: true };
	}
};
