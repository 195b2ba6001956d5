import { json } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import type { RequestHandler } from './$types';

// 200 only when the database answers, so load balancers take a broken instance out.
export const GET: RequestHandler = async () => {
	try {
		const { handle } = app();
		await handle.ping();
		return json({ status: 'ok', database: handle.kind }, { headers: { 'cache-control': 'no-store' } });
	} catch {
		return json({ status: 'unavailable' }, { status: 503, headers: { 'cache-control': 'no-store' } });
	}
};
