import { app } from '$lib/server/app';
import { requirePlatformAdmin } from '$lib/server/auth/guards';
import { listOutbox } from '$lib/server/mail';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requirePlatformAdmin(event);
	return { mails: await listOutbox(app().db, 100), smtp: !!app().config.smtpUrl };
};
