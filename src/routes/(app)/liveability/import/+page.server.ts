import { fail } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { requirePlatformAdmin } from '$lib/server/auth/guards';
import { getImportJob, listImports, startImport } from '$lib/server/liveability/store';
import { importInputFromForm, showReport } from '$lib/server/liveability/upload';
import { localeKey } from '$lib/server/liveability/pages';
import type { Actions, PageServerLoad } from './$types';

// National area data is shared by every space, so only a platform administrator imports it.
export const load: PageServerLoad = async (event) => {
	requirePlatformAdmin(event);
	const recent = await listImports(app().db, 10);
	return { recent: recent.map((r) => ({ id: r.id, fileName: r.fileName, kind: r.kind, status: r.status, year: r.year, createdAt: r.createdAt })) };
};

export const actions: Actions = {
	// Without JavaScript: upload, wait for the import and show the report.
	default: async (event) => {
		const actor = requirePlatformAdmin(event);
		const parsed = await importInputFromForm(await event.request.formData());
		if (!parsed.ok) return fail(400, { error: parsed.error });
		const db = app().db;
		const { id, done } = await startImport(db, actor, parsed.input);
		await done;
		const job = (await getImportJob(db, id))!;
		const report = showReport(job, localeKey());
		return job.status === 'done' ? { report } : fail(400, { report });
	}
};
