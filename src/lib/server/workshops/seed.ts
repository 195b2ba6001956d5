// Demo: Hunzedal's "Masterclass Wonen & Sociale huur 2026" for council members, one finished
// session in Assen and one in Tynaarlo, so results and the comparison show something at once.
import crypto from 'node:crypto';
import type { Db, Tx } from '../db';
import { wsActivity, wsAnswer, wsParticipant, wsProgramme, wsSession, wsSessionSpace } from '../db/schema';
import { DEFAULT_THEMES } from './chips';
import { sha256 } from '../organisations/store';

function demoId(kind: string, key: string): string {
	const hex = crypto.createHash('sha256').update(`driehoek-demo:ws:${kind}:${key}`).digest('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export const WAITING_QUESTION = 'Hoe lang staat iemand in deze gemeente gemiddeld ingeschreven voordat hij een sociale huurwoning krijgt?';
export const POLL_QUESTION = 'Welke doelgroep verdient de komende jaren de meeste aandacht?';

const chipsConfig = { themes: DEFAULT_THEMES.map((t) => ({ ...t })), budget: 100, step: 10, mustSpendAll: false };

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
	}
}
