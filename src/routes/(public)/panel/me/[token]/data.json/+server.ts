import { error, json } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { memberData, memberForManageToken } from '$lib/server/panel/store';
import type { RequestHandler } from './$types';

// Everything the panel stores about this person, as JSON (the right of access).
export const GET: RequestHandler = async ({ params }) => {
	const row = await memberForManageToken(app().db, params.token);
	if (!row) error(404, { message: 'Not found', code: 'panelLinkInvalid' });
	const data = await memberData(app().db, row.member.id);
	return json({ panel: row.panel.name, ...data }, { headers: { 'content-disposition': 'attachment; filename="mijn-gegevens-huurderpanel.json"', 'cache-control': 'no-store' } });
};
