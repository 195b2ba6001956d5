import QRCode from 'qrcode';
import { app } from '$lib/server/app';
import { requireSession } from '$lib/server/workshops/guard';
import { sessionResults } from '$lib/server/workshops/store';
import type { PageServerLoad } from './$types';

// QR codes only change with the join code: made once per session and process.
const qrCache = new Map<string, string>();

export const load: PageServerLoad = async (event) => {
	const { programme, session } = await requireSession(event, 'run');
	const results = (await sessionResults(app().db, session.id, { showHidden: false }))!;
	const joinUrl = `${event.url.origin}/w/${session.joinCode}`;
	let qr = qrCache.get(joinUrl);
	if (!qr) {
		qr = await QRCode.toString(joinUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } });
		qrCache.set(joinUrl, qr);
	}
	const current = results.activities.find((a) => a.id === session.currentActivityId) ?? null;
	return {
		programmeTitle: programme.title,
		session: results.session,
		current,
		tables: results.tables,
		joinUrl,
		joinHost: `${event.url.host}/w`,
		qr
	};
};
