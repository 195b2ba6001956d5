// Demo data for Assen: a few requests in different states and a 2026 participation calendar
// between Hunzedal and its central tenant council, with the topics of seed 003.
import crypto from 'node:crypto';
import type { Db, Tx } from '../db';
import { adviceRequest, calendarItem } from '../db/schema';

export function adviceDemoId(kind: string, key: string): string {
	const hex = crypto.createHash('sha256').update(`driehoek-demo:${kind}:${key}`).digest('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export async function seedAdviceDemo(
	tx: Db | Tx,
	ids: { space: string; corporation: string; tenant: string; createdBy: string | null }
): Promise<void> {
	const item = (key: string, v: Partial<typeof calendarItem.$inferInsert> & { title: string; topic: string; say: string }) => ({
		id: adviceDemoId('calendarItem', key),
		spaceId: ids.space,
		corporationId: ids.corporation,
		tenantOrganisationId: ids.tenant,
		year: 2026,
		raisedBy: 'corporation',
		priority: 'normal',
		status: 'planned',
		owner: '',
		month: null,
		quarter: null,
		...v
	});
	await tx.insert(calendarItem).values([
		item('koers', { title: 'Koersdocument 2027–2030', topic: 'performanceAgreements', say: 'advice', month: 10, priority: 'high', status: 'started', owner: 'Karin Bos' }),
		item('kwetsbaar', { title: 'Huisvesting kwetsbare doelgroepen', topic: 'careHousing', say: 'advice', month: 6, status: 'done', owner: 'Dennis Smit' }),
		item('ontruiming', { title: 'Ontruimingsbeleid', topic: 'rentalTerms', say: 'advice', month: 7, owner: 'Dennis Smit' }),
		item('dienstverlening', { title: 'Dienstverlening en servicekosten', topic: 'serviceCosts', say: 'consent', quarter: 2, status: 'done' }),
		item('vitalewijken', { title: 'Vitale wijken: Kloosterveen en Lariks', topic: 'liveability', say: 'advice', quarter: 3, raisedBy: 'tenant', owner: 'Henk Jansen' }),
		item('huurderpanel', { title: 'Huurderpanel: opzet en vragen', topic: 'performanceAgreements', say: 'inform', month: 3, raisedBy: 'tenant', priority: 'low', owner: 'Ineke Bakker' }),
		item('huurverhoging', { title: 'Huurverhoging 2027', topic: 'rentPolicy', say: 'advice', month: 4, priority: 'high' }),
		item('onderhoud', { title: 'Meerjarenonderhoudsbegroting', topic: 'maintenance', say: 'advice', month: 12 })
	]);
	const request = (key: string, v: Partial<typeof adviceRequest.$inferInsert> & { kind: string; title: string; topic: string; receivedOn: string }) => ({
		id: adviceDemoId('adviceRequest', key),
		spaceId: ids.space,
		corporationId: ids.corporation,
		tenantOrganisationId: ids.tenant,
		body: '',
		createdBy: ids.createdBy,
		...v
	});
	await tx.insert(adviceRequest).values([
		request('koers', {
			kind: 'advice',
			title: 'Adviesaanvraag koersdocument 2027–2030',
			topic: 'performanceAgreements',
			body: 'Hunzedal legt de koers voor de komende vier jaar vast: betaalbaarheid, verduurzaming en nieuwbouw. Wij vragen jullie advies over de keuzes in hoofdstuk 3.',
			receivedOn: '2026-10-19',
			periodDays: 56,
			adviceDraft: 'Wij steunen de koers, maar vragen meer aandacht voor de energierekening van huurders.',
			calendarItemId: adviceDemoId('calendarItem', 'koers')
		}),
		request('kwetsbaar', {
			kind: 'advice',
			title: 'Huisvesting kwetsbare doelgroepen',
			topic: 'careHousing',
			body: 'Voorstel om per complex hoogstens 10% van de vrijkomende woningen aan uitstromers uit zorginstellingen te geven.',
			receivedOn: '2026-05-04',
			periodDays: 42,
			adviceText: 'Wij adviseren 5% per complex en een vast aanspreekpunt voor buren.',
			adviceGivenOn: '2026-06-12',
			answerKind: 'followsInPart',
			answerText: 'Wij houden 10% aan in grotere complexen, omdat de wachtlijst anders te lang wordt. Het vaste aanspreekpunt komt er.',
			answeredOn: '2026-06-22',
			calendarItemId: adviceDemoId('calendarItem', 'kwetsbaar')
		}),
		request('ontruiming', {
			kind: 'advice',
			title: 'Nieuw ontruimingsbeleid',
			topic: 'rentalTerms',
			body: 'Hunzedal wil eerder in gesprek bij huurachterstand en alleen ontruimen als laatste stap.',
			receivedOn: '2026-07-01',
			periodDays: 42,
			adviceText: 'Positief, mits de schuldhulp van de gemeente vanaf de eerste maand meedoet.',
			adviceGivenOn: '2026-08-10',
			calendarItemId: adviceDemoId('calendarItem', 'ontruiming')
		}),
		request('dienstverlening', {
			kind: 'consent',
			title: 'Nieuw servicekostenpakket',
			topic: 'serviceCosts',
			body: 'Schoonmaak van trappenhuizen gaat naar de servicekosten, € 6,40 per maand.',
			receivedOn: '2026-04-01',
			answerKind: 'consent',
			answerText: 'Wij stemmen in, op voorwaarde van een evaluatie na een jaar.',
			answeredOn: '2026-05-06',
			calendarItemId: adviceDemoId('calendarItem', 'dienstverlening')
		}),
		request('woningtoewijzing', {
			kind: 'information',
			title: 'Cijfers woningtoewijzing 2025',
			topic: 'allocation',
			body: 'Hoeveel woningen zijn in 2025 toegewezen met voorrang, per wijk?',
			receivedOn: '2026-11-02'
		}),
		request('vitalewijken', {
			kind: 'unsolicitedAdvice',
			title: 'Ongevraagd advies vitale wijken',
			topic: 'liveability',
			body: 'Zet in Kloosterveen en Lariks een wijkbeheerder in die vaste uren in de wijk is.',
			adviceText: 'Zet in Kloosterveen en Lariks een wijkbeheerder in die vaste uren in de wijk is.',
			receivedOn: '2026-11-10',
			adviceGivenOn: '2026-11-10',
			calendarItemId: adviceDemoId('calendarItem', 'vitalewijken')
		})
	]);
}
