import { app } from '$lib/server/app';
import { requireSpace } from '$lib/server/auth/guards';
import { approvalText, calendarPdf } from '$lib/server/advice/exports';
import { calendarExportRows, listVersions, pairsOf } from '$lib/server/advice/store';
import { diffItems, hasChanges, snapshot, type ItemContent } from '$lib/server/advice/calendar';
import { toAmsterdamDate } from '$lib/server/advice/rules';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const { space } = await requireSpace(event, 'view');
	const { db } = app();
	const today = toAmsterdamDate(new Date());
	const year = Number(event.url.searchParams.get('year')) || Number(today.slice(0, 4));
	const rows = await calendarExportRows(db, space, year, today);
	const of = (p: { corporationId: string; tenantOrganisationId: string }) => rows.filter((r) => r.corporationId === p.corporationId && r.tenantOrganisationId === p.tenantOrganisationId);
	const pairs = await Promise.all(
		pairsOf(space)
			.filter((p) => of(p).length > 0)
			.map(async (p) => {
				const versions = await listVersions(db, space.id, p, year);
				const changed = !!versions[0] && hasChanges(diffItems(versions[0].items as ItemContent[], snapshot(of(p) as ItemContent[])));
				return { ...p, label: `${p.corporationName} – ${p.tenantOrganisationName}`, approval: approvalText(versions, changed) };
			})
	);
	const file = await calendarPdf(rows, year, space.name, pairs);
	return new Response(new Uint8Array(file), {
		headers: {
			'content-type': 'application/pdf',
			'content-disposition': `attachment; filename="participatiekalender-${space.slug}-${year}.pdf"`
		}
	});
};
