import { error } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { requireSpace } from '$lib/server/auth/guards';
import { toAmsterdamDate } from '$lib/server/advice/rules';
import { currentCycleYear } from '$lib/server/agreements/cycle';
import { getSet, listAgreements, listSignatures, partiesForSet } from '$lib/server/agreements/store';
import { templateXlsx, toCsv, toDocx, toPdf, toXlsx } from '$lib/server/agreements/exports';
import type { RequestHandler } from './$types';

const types = {
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	pdf: 'application/pdf',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	csv: 'text/csv; charset=utf-8',
	template: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
} as const;

/** The agreements of a version as a document or table, and the import template. */
export const GET: RequestHandler = async (event) => {
	const { space } = await requireSpace(event, 'view');
	const format = event.params.format as keyof typeof types;
	if (!(format in types)) error(404, { message: 'Not found', code: 'agrNotFound' });
	const { db } = app();
	const requested = Number(event.url.searchParams.get('version')) || undefined;
	const set = await getSet(db, space.id, requested);
	const file = (name: string, body: Uint8Array | string) =>
		new Response(typeof body === 'string' ? body : new Uint8Array(body), {
			headers: { 'content-type': types[format], 'content-disposition': `attachment; filename="${name}"`, 'cache-control': 'no-store' }
		});
	if (format === 'template') {
		return file(`importsjabloon-prestatieafspraken-${space.slug}.xlsx`, await templateXlsx(set?.year ?? currentCycleYear(toAmsterdamDate(new Date())), space));
	}
	if (!set) error(404, { message: 'Not found', code: 'agrNotFound' });
	const [agreements, signatures, parties] = await Promise.all([listAgreements(db, set.id), listSignatures(db, set.id), partiesForSet(db, space, set)]);
	const input = { space, set, agreements, signatures, parties };
	const name = `prestatieafspraken-${space.slug}-${set.year}-v${set.versionNo}.${format}`;
	if (format === 'csv') return file(name, toCsv(input));
	if (format === 'xlsx') return file(name, await toXlsx(input));
	if (format === 'docx') return file(name, await toDocx(input));
	return file(name, await toPdf(input));
};
