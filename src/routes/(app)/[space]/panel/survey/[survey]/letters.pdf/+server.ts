import PDFDocument from 'pdfkit';
import { app } from '$lib/server/app';
import { requireSurvey } from '$lib/server/panel/guards';
import { letterRows } from '$lib/server/panel/store';
import { localDate } from '$lib/server/panel/anonymity';
import type { RequestHandler } from './$types';

// One A4 letter per tenant without e-mail: the short address and their personal code.
export const GET: RequestHandler = async (event) => {
	const { loaded } = await requireSurvey(event, 'manage');
	const rows = await letterRows(app().db, loaded.row.id);
	const host = app().config.origin.replace(/^https?:\/\//, '');
	const doc = new PDFDocument({ size: 'A4', margin: 60, info: { Title: `Brieven ${loaded.survey.title}` } });
	const chunks: Buffer[] = [];
	doc.on('data', (c: Buffer) => chunks.push(c));
	const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
	if (!rows.length) doc.fontSize(14).text('Er zijn nog geen brieven. Maak eerst de brieven aan.');
	rows.forEach((r, i) => {
		if (i > 0) doc.addPage();
		doc.fontSize(11).text(r.name || 'De bewoner');
		doc.text(r.address || '');
		doc.moveDown(3);
		doc.fontSize(16).text(`${loaded.panel.name}: ${loaded.survey.title}`);
		doc.moveDown();
		doc.fontSize(12).text(`Beste ${r.name || 'bewoner'},`);
		doc.moveDown(0.5);
		doc.text(`Wij horen graag uw mening. U kunt de vragenlijst invullen tot ${localDate(loaded.survey.closesAt)}. Uw antwoorden zijn anoniem.`);
		doc.moveDown();
		doc.text('Ga op uw computer, tablet of telefoon naar:');
		doc.fontSize(22).text(`${host}/c`, { align: 'center' });
		doc.fontSize(12).text('en typ deze code:');
		doc.fontSize(30).text(r.display, { align: 'center', characterSpacing: 3 });
		doc.moveDown();
		doc.fontSize(11).text('Liever op papier? Bel ons, dan sturen wij een papieren vragenlijst. Wilt u niet meer meedoen? Laat het ons weten; dan wissen wij uw gegevens.');
	});
	doc.end();
	await done;
	return new Response(Buffer.concat(chunks), { headers: { 'content-type': 'application/pdf', 'content-disposition': 'attachment; filename="brieven.pdf"' } });
};
