import { error, json } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { app } from '$lib/server/app';
import { space } from '$lib/server/db/schema';
import type { RequestHandler } from './$types';

// The benchmarks' baseline: one indexed query and a tiny JSON answer. Exists only when
// BENCH_BASELINE=1 (bench/run.js sets it); otherwise it is a plain 404.
export const GET: RequestHandler = async ({ url }) => {
	if (process.env.BENCH_BASELINE !== '1') error(404, { message: 'Not found' });
	const [row] = await app().db.select({ id: space.id, name: space.name }).from(space).where(eq(space.slug, url.searchParams.get('space') ?? 'assen'));
	return json({ name: row?.name ?? null });
};
