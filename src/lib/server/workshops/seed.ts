// Demo: Hunzedal's "Masterclass Wonen & Sociale huur 2026" for council members, one finished
// session in Assen and one in Tynaarlo, so results and the comparison show something at once.
// Each session ends with pins: in Assen on the (schematic) demo wijken and buurten, in Tynaarlo,
// which has no imported areas, on the whole municipality with the spot described in words.
// Run after the liveability demo: the pins are liveability pins of the session's space.
import crypto from 'node:crypto';
import type { Db, Tx } from '../db';
import { lvPin, wsActivity, wsAnswer, wsParticipant, wsProgramme, wsSession, wsSessionSpace } from '../db/schema';
import { DEFAULT_THEMES } from './chips';
import { DEFAULT_PIN_CATEGORIES } from './pins';
import { sha256 } from '../organisations/store';

function demoId(kind: string, key: string): string {
	const hex = crypto.createHash('sha256').update(`driehoek-demo:ws:${kind}:${key}`).digest('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export const WAITING_QUESTION = 'Hoe lang staat iemand in deze gemeente gemiddeld ingeschreven voordat hij een sociale huurwoning krijgt?';
export const POLL_QUESTION = 'Welke doelgroep verdient de komende jaren de meeste aandacht?';

const chipsConfig = { themes: DEFAULT_THEMES.map((t) => ({ ...t })), budget: 100, step: 10, mustSpendAll: false };
const pinsConfig = { categories: DEFAULT_PIN_CATEGORIES.map((c) => ({ ...c })), maxPerParticipant: 10 };

// Pins per session: [participant index, area code, category, spot, comment].
const demoPins: Record<string, [number, string, string, string, string][]> = {
	assen: [
		[0, 'WK010603', 'nuisance', 'Winkelcentrum Assen-Oost', 'Jongeren hangen er in de avond rond; bewoners voelen zich niet prettig.'],
		[0, 'WK010603', 'maintenance', '', 'Galerijen van de flats zijn slecht verlicht.'],
		[1, 'BU01060800', 'maintenance', 'Flat Kloosterveste', 'Portiekdeuren sluiten niet goed.'],
		[2, 'WK010600', 'safety', 'Fietspad langs de vaart', 'Donker fietspad, vooral in de winter.'],
		[3, 'WK010603', 'loneliness', '', 'Veel ouderen wonen alleen en er is geen ontmoetingsplek.'],
		[4, 'BU01060300', 'greenSpace', 'Hoek Dr. Nassaulaan', 'De speeltuin is weg; er is alleen nog gras.'],
		[5, 'WK010608', 'greenSpace', '', 'Nieuwe wijk met weinig bomen.']
	],
	tynaarlo: [
		[0, 'GM1730', 'safety', 'Stationsweg Zuidlaren', 'Te hard rijden langs de school.'],
		[2, 'GM1730', 'loneliness', 'Vries, rond de Brink', 'Ouderen missen een buurthuis.'],
		[3, 'GM1730', 'maintenance', 'Eelde, seniorenflat', 'Lift is vaak kapot.']
	]
};

// Chips per participant over the seven themes (sums of 100), guesses in years, poll answers.
const sessions = [
	{
		key: 'assen',
		title: 'Masterclass Assen',
		date: '2026-03-12',
		place: 'Stadhuis Assen, raadzaal',
		code: 'ASN26Q',
		trueValue: 4.8,
		source: 'Woonkeus Drenthe, jaarcijfers 2025',
		people: [
			{ table: '1', role: 'councillor', chips: [40, 30, 10, 0, 10, 10, 0], guess: 3, poll: 'starters' },
			{ table: '1', role: 'councillor', chips: [30, 30, 20, 10, 0, 10, 0], guess: 2.5, poll: 'seniors' },
			{ table: '1', role: 'alderman', chips: [20, 40, 10, 10, 10, 0, 10], guess: 4, poll: 'starters' },
			{ table: '2', role: 'councillor', chips: [50, 20, 10, 0, 10, 10, 0], guess: 5, poll: 'urgent' },
			{ table: '2', role: 'corporation', chips: [20, 30, 10, 10, 20, 10, 0], guess: 6, poll: 'starters' },
			{ table: '2', role: 'tenantOrganisation', chips: [40, 10, 10, 0, 20, 10, 10], guess: 7, poll: 'seniors' }
		]
	},
	{
		key: 'tynaarlo',
		title: 'Masterclass Tynaarlo',
		date: '2026-04-02',
		place: 'Gemeentehuis Vries',
		code: 'TYN26K',
		trueValue: 6.2,
		source: 'Woonkeus Drenthe, jaarcijfers 2025',
		people: [
			{ table: '1', role: 'councillor', chips: [20, 50, 0, 10, 10, 10, 0], guess: 3, poll: 'starters' },
			{ table: '1', role: 'councillor', chips: [10, 40, 10, 20, 10, 10, 0], guess: 4, poll: 'starters' },
			{ table: '2', role: 'alderman', chips: [30, 40, 0, 10, 10, 0, 10], guess: 5.5, poll: 'seniors' },
			{ table: '2', role: 'corporation', chips: [20, 30, 10, 20, 20, 0, 0], guess: 8, poll: 'seniors' },
			{ table: '2', role: 'other', chips: [10, 50, 10, 10, 10, 10, 0], guess: 2, poll: 'starters' }
		]
	}
];

export async function seedWorkshopsDemo(tx: Db | Tx, ids: { organisation: string; createdBy: string | null; spaces: Record<string, string> }): Promise<void> {
	const programmeId = demoId('programme', 'masterclass2026');
	await tx.insert(wsProgramme).values({
		id: programmeId,
		organisationId: ids.organisation,
		title: 'Masterclass Wonen & Sociale huur 2026',
		description: 'Voor (nieuwe) raadsleden: wat doet een corporatie, wat staat er in de prestatieafspraken, en wat vinden jullie het belangrijkst?',
		createdBy: ids.createdBy
	});
	for (const s of sessions) {
		const sessionId = demoId('session', s.key);
		const act = (k: string) => demoId('activity', `${s.key}:${k}`);
		let version = 0;
		await tx.insert(wsSession).values({ id: sessionId, programmeId, title: s.title, date: s.date, place: s.place, joinCode: s.code, state: 'closed', currentActivityId: act('poll') });
		await tx.insert(wsSessionSpace).values({ sessionId, spaceId: ids.spaces[s.key] });
		await tx.insert(wsActivity).values([
			{ id: act('chips'), sessionId, position: 1, kind: 'chips', config: chipsConfig, state: 'closed' },
			{
				id: act('estimate'),
				sessionId,
				position: 2,
				kind: 'estimate',
				config: { id: act('estimate'), question: WAITING_QUESTION, unit: 'years', trueValue: s.trueValue, source: s.source, topic: 'waitingTime', measure: 'registrationTime' },
				state: 'revealed'
			},
			{ id: act('pins'), sessionId, position: 4, kind: 'pins', config: pinsConfig, state: 'closed' },
			{
				id: act('poll'),
				sessionId,
				position: 3,
				kind: 'poll',
				config: {
					id: act('poll'),
					type: 'singleChoice',
					question: POLL_QUESTION,
					options: [
						{ code: 'starters', label: 'Starters en jongeren' },
						{ code: 'seniors', label: 'Ouderen die kleiner willen wonen' },
						{ code: 'urgent', label: 'Mensen met urgentie' }
					]
				},
				state: 'closed'
			}
		]);
		for (const [i, p] of s.people.entries()) {
			const participantId = demoId('participant', `${s.key}:${i}`);
			await tx.insert(wsParticipant).values({ id: participantId, sessionId, tokenHash: sha256(`demo-${s.key}-${i}`), tableId: p.table, role: p.role, displayName: '' });
			const chips = Object.fromEntries(chipsConfig.themes.map((t, j) => [t.code, p.chips[j]]));
			await tx.insert(wsAnswer).values([
				{ activityId: act('chips'), participantId, tableId: p.table, value: chips, sequence: ++version },
				{ activityId: act('estimate'), participantId, tableId: p.table, value: p.guess, sequence: ++version },
				{ activityId: act('poll'), participantId, tableId: p.table, value: p.poll, sequence: ++version }
			]);
		}
		await tx.insert(lvPin).values(
			demoPins[s.key].map(([person, areaCode, category, spot, comment], i) => ({
				id: demoId('pin', `${s.key}:${i}`),
				spaceId: ids.spaces[s.key],
				areaCode,
				spot,
				category,
				comment,
				authorName: s.title,
				wsActivityId: act('pins'),
				wsParticipantId: demoId('participant', `${s.key}:${person}`)
			}))
		);
	}
}
