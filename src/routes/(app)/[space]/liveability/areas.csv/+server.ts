import { stringify } from 'csv-stringify/sync';
import { app } from '$lib/server/app';
import { requireSpace } from '$lib/server/auth/guards';
import { mapView } from '$lib/server/liveability/pages';
import type { RequestHandler } from './$types';

// The map's table as CSV (semicolon and decimal comma, so Dutch Excel opens it right).
export const GET: RequestHandler = async (event) => {
	const { space } = await requireSpace(event, 'view');
	const view = await mapView(app().db, space, event.url);
	const number = (v: number | null) => (v === null ? '' : String(v).replace('.', ','));
	const body = stringify(
		[
			['code', 'naam', `${view.indicatorLabel}${view.unit ? ` (${view.unit})` : ''}`, 'jaar', 'klasse', 'reacties', 'spelden'],
			...view.rows.map((r) => [r.code, r.name, number(r.value), view.year ?? '', r.cls === null ? '' : r.cls + 1, r.comments, r.pins]),
			[],
			['Bron: CBS, CBS/Kadaster, Leefbaarometer (BZK); CC BY 4.0']
		],
		{ delimiter: ';', bom: true }
	);
	return new Response(body, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${space.slug}-${view.level}-${view.indicator}.csv"`
		}
	});
};
