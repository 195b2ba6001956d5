// Demo data that tells the story of the seeds: five corporations in Drenthe and Friesland,
// one of them (Hunzedal, ~16,000 homes) in eight municipalities; a central tenant council
// with local tenant associations; a residents' committee. Municipalities and CBS codes are
// real; corporations, tenant bodies and people are invented.
import crypto from 'node:crypto';
import { hashPassword } from 'better-auth/crypto';
import type { Db } from '../db';
import { account, membership, organisation, region, space, spaceParticipant, user } from '../db/schema';
import type { Auth } from '../auth';
import { seedAgreementsDemo } from '../agreements/demo';
import { seedAdviceDemo } from '../advice/seed';
import { seedPanelDemo } from '../panel/seed';
import { seedLiveabilityDemo } from '../liveability/seed';
import { seedWorkshopsDemo } from '../workshops/seed';

export const DEMO_PASSWORD = 'Driehoek-demo-2026';

type Kind = 'municipality' | 'corporation' | 'tenantOrganisation' | 'residentsCommittee';
interface DemoOrg {
	key: string;
	name: string;
	kind: Kind;
	cbsCode?: string;
	homes?: number;
	parent?: string;
	region?: string;
}

const regions = { gd: 'Groningen-Drenthe', fr: 'Friesland' };

export const demoOrganisations: DemoOrg[] = [
	{ key: 'assen', name: 'Gemeente Assen', kind: 'municipality', cbsCode: 'GM0106', region: 'gd' },
	{ key: 'aaenhunze', name: 'Gemeente Aa en Hunze', kind: 'municipality', cbsCode: 'GM1680', region: 'gd' },
	{ key: 'tynaarlo', name: 'Gemeente Tynaarlo', kind: 'municipality', cbsCode: 'GM1730', region: 'gd' },
	{ key: 'middendrenthe', name: 'Gemeente Midden-Drenthe', kind: 'municipality', cbsCode: 'GM1731', region: 'gd' },
	{ key: 'noordenveld', name: 'Gemeente Noordenveld', kind: 'municipality', cbsCode: 'GM1699', region: 'gd' },
	{ key: 'westerveld', name: 'Gemeente Westerveld', kind: 'municipality', cbsCode: 'GM1701', region: 'gd' },
	{ key: 'ooststellingwerf', name: 'Gemeente Ooststellingwerf', kind: 'municipality', cbsCode: 'GM0085', region: 'fr' },
	{ key: 'weststellingwerf', name: 'Gemeente Weststellingwerf', kind: 'municipality', cbsCode: 'GM0098', region: 'fr' },
	{ key: 'hunzedal', name: 'Woonstichting Hunzedal', kind: 'corporation', homes: 16_200 },
	{ key: 'veenland', name: 'Veenland Wonen', kind: 'corporation', homes: 9_400 },
	{ key: 'esdorp', name: 'Stichting Esdorp Wonen', kind: 'corporation', homes: 5_800 },
	{ key: 'stellingwerven', name: 'Woongroep Stellingwerven', kind: 'corporation', homes: 7_100 },
	{ key: 'drentsthuis', name: 'Drents Thuis', kind: 'corporation', homes: 3_900 },
	{ key: 'huurdersraad', name: 'Huurdersraad Hunzedal', kind: 'tenantOrganisation', homes: 16_200 },
	{ key: 'hvassen', name: 'Huurdersvereniging Assen', kind: 'tenantOrganisation', parent: 'huurdersraad', homes: 5_300 },
	{ key: 'hbtynaarlo', name: 'Huurdersbelang Tynaarlo', kind: 'tenantOrganisation', parent: 'huurdersraad', homes: 1_900 },
	{ key: 'hvveenland', name: 'Huurdersvereniging Veenland', kind: 'tenantOrganisation', homes: 9_400 },
	{ key: 'hvstellingwerven', name: 'Huurdersplatform Stellingwerven', kind: 'tenantOrganisation', homes: 7_100 },
	{ key: 'kloosterveen', name: 'Bewonerscommissie Flat Kloosterveste', kind: 'residentsCommittee', parent: 'hvassen', homes: 64 }
];

/** Which organisations take part in which municipality's space, besides the municipality. */
const participation: Record<string, string[]> = {
	assen: ['hunzedal', 'veenland', 'huurdersraad', 'hvassen', 'hvveenland', 'kloosterveen'],
	aaenhunze: ['hunzedal', 'veenland', 'huurdersraad', 'hvveenland'],
	tynaarlo: ['hunzedal', 'esdorp', 'huurdersraad', 'hbtynaarlo'],
	middendrenthe: ['hunzedal', 'veenland', 'drentsthuis', 'huurdersraad', 'hvveenland'],
	noordenveld: ['hunzedal', 'esdorp', 'huurdersraad'],
	westerveld: ['hunzedal', 'drentsthuis', 'huurdersraad'],
	ooststellingwerf: ['hunzedal', 'stellingwerven', 'huurdersraad', 'hvstellingwerven'],
	weststellingwerf: ['hunzedal', 'stellingwerven', 'huurdersraad', 'hvstellingwerven']
};

export interface DemoUser {
	email: string;
	name: string;
	org?: string;
	role?: 'admin' | 'member' | 'viewer';
	platformAdmin?: boolean;
	/** What this person does, for the README's table of demo logins. */
	about: string;
}

export const demoUsers: DemoUser[] = [
	{ email: 'beheer@driehoek.example', name: 'Beheer Driehoek', platformAdmin: true, about: 'Platformbeheer / platform administrator' },
	{ email: 'anouk.visser@assen.example', name: 'Anouk Visser', org: 'assen', role: 'admin', about: 'Beleidsadviseur wonen, gemeente Assen' },
	{ email: 'bram.meijer@assen.example', name: 'Bram Meijer', org: 'assen', role: 'member', about: 'Medewerker wonen, gemeente Assen' },
	{ email: 'carla.dijkstra@assen.example', name: 'Carla Dijkstra', org: 'assen', role: 'viewer', about: 'Raadsadviseur (alleen lezen), gemeente Assen' },
	{ email: 'karin.bos@hunzedal.example', name: 'Karin Bos', org: 'hunzedal', role: 'admin', about: 'Adviseur strategie en beleid, Hunzedal' },
	{ email: 'dennis.smit@hunzedal.example', name: 'Dennis Smit', org: 'hunzedal', role: 'member', about: 'Gebiedsregisseur, Hunzedal' },
	{ email: 'eva.mulder@hunzedal.example', name: 'Eva Mulder', org: 'hunzedal', role: 'viewer', about: 'Controller (alleen lezen), Hunzedal' },
	{ email: 'henk.jansen@huurdersraad.example', name: 'Henk Jansen', org: 'huurdersraad', role: 'admin', about: 'Voorzitter (vrijwilliger), Huurdersraad Hunzedal' },
	{ email: 'ineke.bakker@huurdersraad.example', name: 'Ineke Bakker', org: 'huurdersraad', role: 'member', about: 'Bestuurslid (vrijwilliger), Huurdersraad Hunzedal' },
	{ email: 'joop.degroot@huurdersraad.example', name: 'Joop de Groot', org: 'huurdersraad', role: 'viewer', about: 'Lid achterban (alleen lezen), Huurdersraad Hunzedal' },
	{ email: 'marja.kok@kloosterveste.example', name: 'Marja Kok', org: 'kloosterveen', role: 'admin', about: 'Bewonerscommissie Flat Kloosterveste' },
	{ email: 'pieter.hoekstra@tynaarlo.example', name: 'Pieter Hoekstra', org: 'tynaarlo', role: 'admin', about: 'Beleidsmedewerker, gemeente Tynaarlo (een andere driehoek)' },
	{ email: 'sanne.vos@veenland.example', name: 'Sanne Vos', org: 'veenland', role: 'admin', about: 'Manager wonen, Veenland Wonen' },
	{ email: 'wim.deboer@hbtynaarlo.example', name: 'Wim de Boer', org: 'hbtynaarlo', role: 'admin', about: 'Secretaris, Huurdersbelang Tynaarlo' }
];

function stableId(kind: string, key: string): string {
	// Stable ids make demo links and tests predictable across fresh starts.
	const hex = crypto.createHash('sha256').update(`driehoek-demo:${kind}:${key}`).digest('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export const demoIds = {
	organisation: (key: string) => stableId('organisation', key),
	user: (email: string) => stableId('user', email),
	space: (key: string) => stableId('space', key)
};

export async function seedDemo(db: Db, _auth?: Auth): Promise<void> {
	// One hash for every demo account: they share the demo password, and hashing is slow on purpose.
	const passwordHash = await hashPassword(DEMO_PASSWORD);
	await db.transaction(async (tx) => {
		const regionIds: Record<string, string> = {};
		for (const [key, name] of Object.entries(regions)) {
			regionIds[key] = stableId('region', key);
			await tx.insert(region).values({ id: regionIds[key], name });
		}
		for (const o of demoOrganisations) {
			await tx.insert(organisation).values({
				id: demoIds.organisation(o.key),
				name: o.name,
				kind: o.kind,
				cbsCode: o.cbsCode ?? null,
				homes: o.homes ?? null,
				parentId: o.parent ? demoIds.organisation(o.parent) : null
			});
		}
		for (const [municipalityKey, others] of Object.entries(participation)) {
			const municipality = demoOrganisations.find((o) => o.key === municipalityKey)!;
			const spaceId = demoIds.space(municipalityKey);
			const name = municipality.name.replace(/^Gemeente /, '');
			await tx.insert(space).values({
				id: spaceId,
				slug: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
				name,
				municipalityId: demoIds.organisation(municipalityKey),
				regionId: regionIds[municipality.region!]
			});
			for (const key of [municipalityKey, ...others]) {
				await tx.insert(spaceParticipant).values({ spaceId, organisationId: demoIds.organisation(key) });
			}
		}
		for (const u of demoUsers) {
			const userId = demoIds.user(u.email);
			await tx.insert(user).values({
				id: userId,
				name: u.name,
				email: u.email,
				emailVerified: true,
				platformAdmin: !!u.platformAdmin
			});
			await tx.insert(account).values({
				id: stableId('account', u.email),
				accountId: userId,
				providerId: 'credential',
				userId,
				password: passwordHash
			});
			if (u.org && u.role) {
				await tx.insert(membership).values({ organisationId: demoIds.organisation(u.org), userId, role: u.role });
			}
		}
		await seedAgreementsDemo(tx, {
			space: demoIds.space('assen'),
			municipality: demoIds.organisation('assen'),
			corporation: demoIds.organisation('hunzedal'),
			tenants: demoIds.organisation('huurdersraad')
		});
		await seedAdviceDemo(tx, {
			space: demoIds.space('assen'),
			corporation: demoIds.organisation('hunzedal'),
			tenant: demoIds.organisation('huurdersraad'),
			createdBy: demoIds.user('karin.bos@hunzedal.example')
		});
		await seedPanelDemo(tx, { space: demoIds.space('assen'), tenant: demoIds.organisation('huurdersraad') });
		await seedLiveabilityDemo(tx, {
			space: demoIds.space('assen'),
			corporation: demoIds.organisation('hunzedal'),
			otherCorporation: demoIds.organisation('veenland'),
			municipality: demoIds.organisation('assen'),
			tenant: demoIds.organisation('huurdersraad'),
			users: ['karin.bos@hunzedal.example', 'henk.jansen@huurdersraad.example', 'anouk.visser@assen.example'].map((e) => demoIds.user(e))
		});
		await seedWorkshopsDemo(tx, {
			organisation: demoIds.organisation('hunzedal'),
			createdBy: demoIds.user('karin.bos@hunzedal.example'),
			spaces: { assen: demoIds.space('assen'), tynaarlo: demoIds.space('tynaarlo') }
		});
	});
}
