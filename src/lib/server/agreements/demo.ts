// Demo data for performance agreements: Assen in its 2026 cycle, with a housing vision, a bid
// with a comment, realistic agreements (some not SMART yet), progress and signatures pending.
import crypto from 'node:crypto';
import type { Tx } from '../db';
import { agreement, agreementCycle, agreementSet, agreementSignature, bidComment, bidPart, housingVisionGoal, progressEntry } from '../db/schema';

function stableId(key: string): string {
	const hex = crypto.createHash('sha256').update(`driehoek-demo:agreements:${key}`).digest('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export async function seedAgreementsDemo(tx: Tx, ids: { space: string; municipality: string; corporation: string; tenants: string }) {
	const year = 2026;
	const { space, municipality, corporation, tenants } = ids;
	await tx.insert(agreementCycle).values({ spaceId: space, year, publish: true, parties: [municipality, corporation, tenants] });
	const vision: [string, string][] = [
		['beschikbaarheid', 'Assen groeit. Tot 2030 zijn er 2.000 woningen extra nodig, waarvan 600 sociale huurwoningen.'],
		['betaalbaarheid', 'Niemand in Assen betaalt meer dan hij kan dragen. We willen minder huishoudens met betaalrisico.'],
		['duurzaamheid', 'In 2028 heeft geen enkele huurwoning in Assen nog label E, F of G.'],
		['leefbaarheid', 'Wijken als Assen-Oost en Kloosterveen blijven prettig om te wonen, met aandacht voor kwetsbare bewoners.']
	];
	for (const [theme, text] of vision) {
		await tx.insert(housingVisionGoal).values({ id: stableId(`vision:${theme}`), spaceId: space, year, theme, text, updatedBy: 'Anouk Visser' });
	}
	const bid: [string, string][] = [
		['beschikbaarheid', 'Hunzedal bouwt in 2027 en 2028 samen 180 sociale huurwoningen in Kloosterveen en Assen-Oost.'],
		['duurzaamheid', 'Hunzedal isoleert in 2027 450 woningen naar label B of beter.']
	];
	for (const [theme, text] of bid) {
		await tx.insert(bidPart).values({ id: stableId(`bid:${theme}`), spaceId: space, year, organisationId: corporation, theme, text, visibility: 'shared' });
	}
	await tx.insert(bidComment).values({
		id: stableId('comment:1'),
		bidPartId: stableId('bid:duurzaamheid'),
		organisationId: tenants,
		authorName: 'Henk Jansen',
		text: 'Goed plan. Wij willen wel dat de huur na isolatie niet meer stijgt dan de energiebesparing.'
	});
	const setId = stableId('set:1');
	await tx.insert(agreementSet).values({ id: setId, spaceId: space, year, versionNo: 1 });
	const rows: {
		key: string; theme: string; text: string; parties: string[]; owner?: string; indicator?: string; unit?: string;
		baseline?: number; baselineYear?: number; targets?: { year: number; value: number }[]; deadline?: string;
		progress?: [string, string, number, string][];
	}[] = [
		{ key: 'nieuwbouw', theme: 'beschikbaarheid', text: 'Hunzedal levert in 2027 en 2028 samen 180 sociale huurwoningen op in Kloosterveen en Assen-Oost.', parties: [corporation], owner: 'Manager vastgoed Hunzedal', indicator: 'opgeleverde sociale huurwoningen', unit: 'woningen', baseline: 0, baselineYear: 2025, targets: [{ year: 2027, value: 90 }, { year: 2028, value: 180 }], deadline: '2028-12-31', progress: [['2026-H1', '2026-06-30', 18, 'Eerste 18 woningen in Kloosterveen opgeleverd.'], ['2026-Q3', '2026-09-30', 30, 'Vergunning Assen-Oost loopt vertraging op.']] },
		{ key: 'grond', theme: 'beschikbaarheid', text: 'De gemeente Assen levert vóór 1 juli 2027 bouwgrond voor 100 sociale huurwoningen tegen de sociale grondprijs.', parties: [municipality], owner: 'Wethouder wonen', indicator: 'bouwrijpe kavels voor sociale huur', unit: 'woningen', baseline: 0, baselineYear: 2025, targets: [{ year: 2027, value: 100 }], deadline: '2027-07-01', progress: [['2026', '2026-10-31', 40, 'Grond Assen-Oost fase 1 bouwrijp.']] },
		{ key: 'isolatie', theme: 'duurzaamheid', text: 'Hunzedal isoleert in 2027 450 woningen naar label B of beter.', parties: [corporation], owner: 'Programmamanager verduurzaming', indicator: 'woningen naar label B', unit: 'woningen', baseline: 120, baselineYear: 2025, targets: [{ year: 2027, value: 570 }], deadline: '2027-12-31', progress: [['2026', '2026-10-31', 330, 'Op schema.']] },
		{ key: 'efg', theme: 'duurzaamheid', text: 'Hunzedal zorgt dat in 2028 geen enkele huurwoning in Assen nog label E, F of G heeft.', parties: [corporation], owner: 'Programmamanager verduurzaming', indicator: 'woningen met label E, F of G', unit: 'woningen', baseline: 240, baselineYear: 2025, targets: [{ year: 2028, value: 0 }], deadline: '2028-12-31', progress: [['2026', '2026-10-31', 170, 'Trager door tekort aan installateurs.']] },
		{ key: 'huurbevriezing', theme: 'betaalbaarheid', text: 'Hunzedal streeft ernaar de huren zo laag mogelijk te houden.', parties: [corporation] },
		{ key: 'betaalrisico', theme: 'betaalbaarheid', text: 'De gemeente en Hunzedal benaderen vanaf 2027 elk jaar alle huurders met een huurachterstand van twee maanden binnen twee weken.', parties: [municipality, corporation], owner: 'Team schulddienstverlening', indicator: 'huurders binnen twee weken benaderd', unit: '%', baseline: 60, baselineYear: 2025, targets: [{ year: 2027, value: 95 }], deadline: '2027-12-31' },
		{ key: 'leefbaarheid', theme: 'leefbaarheid', text: 'Partijen onderzoeken de mogelijkheden voor een buurtpost in Assen-Oost.', parties: [municipality, corporation, tenants] },
		{ key: 'achterban', theme: 'huurdersparticipatie', text: 'De Huurdersraad Hunzedal raadpleegt in 2027 minstens 300 huurders in Assen over de jaarschijf en rapporteert vóór 1 oktober 2027.', parties: [tenants], owner: 'Secretaris Huurdersraad', indicator: 'geraadpleegde huurders', unit: 'huurders', baseline: 0, baselineYear: 2026, targets: [{ year: 2027, value: 300 }], deadline: '2027-10-01' }
	];
	for (const [position, r] of rows.entries()) {
		const id = stableId(`agreement:${r.key}`);
		await tx.insert(agreement).values({
			id, lineageId: id, setId, position: position + 1, theme: r.theme, text: r.text, committingParties: r.parties,
			ownerName: r.owner ?? null, indicator: r.indicator ?? null, unit: r.unit ?? null, baseline: r.baseline ?? null,
			baselineYear: r.baselineYear ?? null, targets: r.targets ?? [], deadline: r.deadline ?? null, updatedBy: 'Bram Meijer'
		});
		for (const [i, [period, measuredOn, value, explanation]] of (r.progress ?? []).entries()) {
			await tx.insert(progressEntry).values({ id: stableId(`progress:${r.key}:${i}`), lineageId: id, spaceId: space, period, measuredOn, value, explanation, authorName: 'Dennis Smit' });
		}
	}
	// The municipality signed; the corporation and the tenants have not yet.
	await tx.insert(agreementSignature).values({ setId, organisationId: municipality, signerName: 'Anouk Visser', signedAt: new Date('2026-11-16T10:00:00Z') });
}
