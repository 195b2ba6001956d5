// Demo for Assen: a SCHEMATIC map (a 3×3 grid carrying the real wijk codes and names, not
// their real shapes) with invented figures (KWB 2024, Leefbaarometer 2018–2022), Hunzedal's complexes, comments,
// pins and ranked measures. Importing real CBS/PDOK files replaces the schematic areas.
import crypto from 'node:crypto';
import type { Db, Tx } from '../db';
import { lvArea, lvAreaData, lvBoundary, lvComment, lvComplex, lvMeasure, lvPin, lvRanking } from '../db/schema';
import { NL_CODE } from './catalog';

export function liveabilityDemoId(kind: string, key: string): string {
	const hex = crypto.createHash('sha256').update(`driehoek-demo:lv:${kind}:${key}`).digest('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

// Rows north to south, columns west to east.
const GRID = [
	['WK010604', 'Pittelo', 'WK010606', 'Peelo', 'WK010607', 'Marsdijk'],
	['WK010608', 'Kloosterveen', 'WK010601', 'Lariks', 'WK010602', 'Noorderpark'],
	['WK010605', 'Assen-West', 'WK010600', 'Centrum', 'WK010603', 'Assen-Oost']
];
const WEST = 6.5;
const NORTH = 53.03;
const DX = 0.035;
const DY = 0.02;

export const DEMO_BUURTEN = [
	['BU01060300', 'Assen-Oost Noord', 'WK010603'],
	['BU01060301', 'Assen-Oost Zuid', 'WK010603'],
	['BU01060800', 'Kloosterveste', 'WK010608'],
	['BU01060000', 'Brinkkwartier', 'WK010600']
] as const;

function cell(row: number, col: number) {
	const w = WEST + col * DX;
	const n = NORTH - row * DY;
	const ring = [
		[w, n],
		[w + DX, n],
		[w + DX, n - DY],
		[w, n - DY],
		[w, n]
	];
	return { geometry: { type: 'Polygon' as const, coordinates: [ring] }, bbox: [w, n - DY, w + DX, n] as [number, number, number, number] };
}

/** Deterministic pseudo-random numbers, so the demo looks the same every time. */
function rng(seed: string) {
	let h = crypto.createHash('sha256').update(seed).digest().readUInt32LE(0);
	return () => {
		h = (h * 1664525 + 1013904223) >>> 0;
		return h / 2 ** 32;
	};
}

function kwbValues(code: string, year: number, scale: number) {
	const r = rng(`${code}:${year}`);
	const inhabitants = Math.round(scale * (0.8 + r() * 0.4) * (1 + (year - 2022) * 0.01));
	return {
		inhabitants,
		households: Math.round(inhabitants / (2 + r() * 0.4)),
		homes: Math.round(inhabitants / (2.1 + r() * 0.3)),
		wozValue: Math.round(220 + r() * 160 + (year - 2022) * 18),
		ownerOccupiedPct: Math.round(35 + r() * 45),
		corporationOwnedPct: Math.round(10 + r() * 40),
		incomePerInhabitant: Math.round((26 + r() * 12) * 10) / 10,
		inhabitants65plus: Math.round(inhabitants * (0.12 + r() * 0.15)),
		crimePer1000: Math.round((20 + r() * 40) * 10) / 10,
		goodHealthPct: Math.round((65 + r() * 15) * 10) / 10
	};
}

export async function seedLiveabilityDemo(
	tx: Db | Tx,
	ids: { space: string; corporation: string; otherCorporation: string; municipality: string; tenant: string; users: string[] }
): Promise<void> {
	const wijken = GRID.flatMap((row, r) => [0, 1, 2].map((c) => ({ code: row[c * 2], name: row[c * 2 + 1], ...cell(r, c) })));
	await tx.insert(lvArea).values([
		{ code: 'GM0106', level: 'gemeente', name: 'Assen', municipalityCode: 'GM0106' },
		...wijken.map((w) => ({ code: w.code, level: 'wijk' as const, name: w.name, municipalityCode: 'GM0106' })),
		...DEMO_BUURTEN.map(([code, name]) => ({ code, level: 'buurt' as const, name, municipalityCode: 'GM0106' }))
	]);
	await tx.insert(lvBoundary).values(
		wijken.map((w) => ({ code: w.code, year: 2024, level: 'wijk' as const, municipalityCode: 'GM0106', bbox: w.bbox, geometry: w.geometry }))
	);
	// KWB only for 2024, so importing the real 2024 file replaces every invented figure; the
	// Leefbaarometer demo covers three measurements, so the charts show a development.
	const data: (typeof lvAreaData.$inferInsert)[] = [];
	for (const year of [2018, 2020, 2022]) {
		for (const code of ['GM0106', NL_CODE, ...wijken.map((w) => w.code)]) {
			const r = rng(`lbm:${code}:${year}`);
			const afw = code === NL_CODE ? 0 : Math.round((r() - 0.5) * 0.3 * 1000) / 1000;
			const dims = [r(), r(), r(), r(), r()].map((x) => Math.round((x - 0.5) * 0.12 * 1000) / 1000);
			data.push({
				code,
				year,
				source: 'lbm',
				municipalityCode: code === NL_CODE ? NL_CODE : 'GM0106',
				values: code === NL_CODE ? { lbm: 4.1 + (year - 2018) * 0.01, afw: 0 } : { lbm: Math.round((4.1 + (year - 2018) * 0.01 + afw) * 1000) / 1000, afw, fys: dims[0], onv: dims[1], soc: dims[2], vrz: dims[3], won: dims[4] }
			});
		}
	}
	for (const year of [2024]) {
		data.push({ code: 'GM0106', year, source: 'kwb', municipalityCode: 'GM0106', values: kwbValues('GM0106', year, 68000) });
		data.push({ code: NL_CODE, year, source: 'kwb', municipalityCode: NL_CODE, values: kwbValues(NL_CODE, year, 17900000) });
		for (const w of wijken) data.push({ code: w.code, year, source: 'kwb', municipalityCode: 'GM0106', values: kwbValues(w.code, year, 7000) });
		for (const [code] of DEMO_BUURTEN) data.push({ code, year, source: 'kwb', municipalityCode: 'GM0106', values: kwbValues(code, year, 1500) });
	}
	await tx.insert(lvAreaData).values(data);

	const complex = (n: string, name: string, buurtCode: string, homes: number, buildYear: number, labels: Record<string, number>, corp = ids.corporation) => ({
		id: liveabilityDemoId('complex', n),
		spaceId: ids.space,
		corporationId: corp,
		number: n,
		name,
		buurtCode,
		address: null,
		homes,
		buildYear,
		labels
	});
	await tx.insert(lvComplex).values([
		complex('1040', 'Flat Kloosterveste', 'BU01060800', 64, 1972, { C: 40, D: 24 }),
		complex('1102', 'Eengezinswoningen Oost', 'BU01060300', 120, 1965, { B: 70, C: 50 }),
		complex('1103', 'Seniorenhof Oost', 'BU01060301', 48, 1994, { A: 48 }),
		complex('2210', 'Brinkhof', 'BU01060000', 36, 1988, { B: 36 }, ids.otherCorporation)
	]);
	const [karin, henk, anouk] = ids.users;
	await tx.insert(lvComment).values([
		{ id: liveabilityDemoId('comment', 'a'), spaceId: ids.space, areaCode: 'WK010603', indicator: 'corporationOwnedPct', authorId: henk, authorName: 'Henk Jansen', organisationName: 'Huurdersraad Hunzedal', body: 'Klopt dit aandeel? Bewoners merken vooral de verkoop van eengezinswoningen.' },
		{ id: liveabilityDemoId('comment', 'b'), spaceId: ids.space, areaCode: 'WK010603', indicator: 'corporationOwnedPct', authorId: karin, authorName: 'Karin Bos', organisationName: 'Woonstichting Hunzedal', body: 'De verkoop is in 2023 gestopt; het cijfer loopt een jaar achter.' },
		{ id: liveabilityDemoId('comment', 'c'), spaceId: ids.space, areaCode: 'WK010608', indicator: '', authorId: anouk, authorName: 'Anouk Visser', organisationName: 'Gemeente Assen', body: 'Kloosterveen groeit nog; de cijfers van 2024 zijn een tussenstand.' }
	]);
	await tx.insert(lvPin).values([
		{ id: liveabilityDemoId('pin', 'a'), spaceId: ids.space, areaCode: 'WK010603', lon: 6.585, lat: 52.975, spot: '', category: 'nuisance', comment: 'Hangplek bij het winkelcentrum, vooral in de avond.', authorId: henk, authorName: 'Henk Jansen' },
		{ id: liveabilityDemoId('pin', 'b'), spaceId: ids.space, areaCode: 'WK010603', lon: 6.59, lat: 52.98, spot: '', category: 'maintenance', comment: 'Galerijen van de flat zijn slecht verlicht.', authorId: karin, authorName: 'Karin Bos' },
		{ id: liveabilityDemoId('pin', 'c'), spaceId: ids.space, areaCode: 'WK010608', lon: null, lat: null, spot: 'Speelveld achter de Kloosterveste', category: 'greenSpace', comment: 'Meer groen en bankjes.', authorId: anouk, authorName: 'Anouk Visser' }
	]);
	const measure = (key: string, title: string, type: string, ownerId: string, areaCode = 'WK010603') => ({
		id: liveabilityDemoId('measure', key),
		spaceId: ids.space,
		areaCode,
		title,
		type,
		ownerId,
		agreementId: null,
		createdBy: karin
	});
	await tx.insert(lvMeasure).values([
		measure('licht', 'Betere verlichting op galerijen', 'maintenance', ids.corporation),
		measure('beheer', 'Huismeester twee dagen per week', 'socialManagement', ids.corporation),
		measure('toewijzing', 'Gemengd toewijzen bij mutatie', 'allocation', ids.corporation),
		measure('plein', 'Plein opnieuw inrichten', 'physicalIntervention', ids.municipality)
	]);
	const rank = (key: string, userId: string, position: number) => ({ measureId: liveabilityDemoId('measure', key), userId, position });
	await tx.insert(lvRanking).values([
		rank('licht', henk, 1), rank('beheer', henk, 2), rank('plein', henk, 3), rank('toewijzing', henk, 4),
		rank('beheer', karin, 1), rank('licht', karin, 2), rank('toewijzing', karin, 3), rank('plein', karin, 4)
	]);
}
