import { json } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { requirePlatformAdmin } from '$lib/server/auth/guards';
import { startImport } from '$lib/server/liveability/store';
import { importInputFromForm } from '$lib/server/liveability/upload';
import type { RequestHandler } from './$types';

// With JavaScript: start the import and answer at once; the page polls the job for progress.
export const POST: RequestHandler = async (event) => {
	const actor = requirePlatformAdmin(event);
	const parsed = await importInputFromForm(await event.request.formData());
	if (!parsed.ok) return json({ error: parsed.error }, { status: 400 });
	const { id, done } = await startImport(app().db, actor, parsed.input);
	done.catch(() => {});
	return json({ id }, { status: 202 });
};
