import { fail } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { requireSpace } from '$lib/server/auth/guards';
import { municipalityOf } from '$lib/server/liveability/pages';
import { listAreas, listComplexes, replaceComplexes } from '$lib/server/liveability/store';
import { csvToTable, readComplexTable, xlsxToTable } from '$lib/server/liveability/complexes';
import type { Actions, PageServerLoad } from './$types';

const MAX_BYTES = 10 * 1024 * 1024;

export const load: PageServerLoad = async (event) => {
	const { space, actor } = await requireSpace(event, 'view');
	const db = app().db;
	const municipality = await municipalityOf(db, space);
	const [complexes, buurten] = await Promise.all([listComplexes(db, space.id), listAreas(db, municipality, 'buurt')]);
	const names = new Map(buurten.map((b) => [b.code, b.name ?? b.code]));
	const corporations = space.participants
		.filter((p) => p.kind === 'corporation' && actor.memberships.some((m) => m.organisationId === p.organisationId && (m.role === 'admin' || m.role === 'member')))
		.map((p) => ({ value: p.organisationId, label: p.name }));
	return { complexes: complexes.map((c) => ({ ...c, buurtName: c.buurtCode ? (names.get(c.buurtCode) ?? c.buurtCode) : null })), corporations };
};

export const actions: Actions = {
	import: async (event) => {
		const { actor, space } = await requireSpace(event, 'change');
		const form = await event.request.formData();
		const corporationId = String(form.get('corporationId') ?? '');
		const file = form.get('file');
		// Only admins and members of a corporation taking part in the space import complexes.
		const mine = space.participants.filter(
			(p) => p.kind === 'corporation' && actor.memberships.some((m) => m.organisationId === p.organisationId && (m.role === 'admin' || m.role === 'member'))
		);
		if (mine.length === 0) return fail(403, { error: 'lvNotCorporation' });
		if (!mine.some((p) => p.organisationId === corporationId)) return fail(400, { error: 'lvNotCorporation' });
		if (!(file instanceof File) || file.size === 0) return fail(400, { error: 'lvFileRequired' });
		if (file.size > MAX_BYTES) return fail(400, { problems: [{ row: 0, text: 'unreadable' }] });
		let table: string[][];
		try {
			const isXlsx = /\.xlsx$/i.test(file.name) || file.type.includes('spreadsheetml');
			table = isXlsx ? await xlsxToTable(await file.arrayBuffer()) : csvToTable(await file.text());
		} catch {
			return fail(400, { problems: [{ row: 0, text: 'unreadable' }] });
		}
		const db = app().db;
		const { rows, problems } = readComplexTable(table, await municipalityOf(db, space));
		// Wrong numbers or missing columns stop the import; a buurt outside the municipality only warns.
		const blocking = problems.filter((p) => p.text !== 'buurtNotInMunicipality');
		if (blocking.length || rows.length === 0) return fail(400, { problems: problems.length ? problems : [{ row: 1, text: 'empty' }] });
		await replaceComplexes(db, actor, space.id, corporationId, rows);
		return { imported: rows.length, problems };
	}
};
