import { json } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { notFound, requirePlatformAdmin } from '$lib/server/auth/guards';
import { getImportJob } from '$lib/server/liveability/store';
import { showReport } from '$lib/server/liveability/upload';
import { localeKey } from '$lib/server/liveability/pages';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	requirePlatformAdmin(event);
	const job = await getImportJob(app().db, event.params.id);
	if (!job) notFound('lvImportNotFound');
	return json({ id: job.id, status: job.status, progress: job.progress, report: showReport(job, localeKey()) }, { headers: { 'cache-control': 'no-store' } });
};
