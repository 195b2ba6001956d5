import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db';
import { createTestDb } from '../testing/db';
import { demoIds, demoOrganisations } from '../seed/demo';
import { loadActor } from '../organisations/store';
import { addParticipant, createSpace, getSpaceBySlug, listSpacesForOrganisations, removeParticipant } from './store';
import { slugify } from './rules';

let handle: DbHandle;
beforeAll(async () => {
	handle = await createTestDb();
});
afterAll(async () => handle?.close());

describe('demo data', () => {
	it('tells the story of the seeds: one corporation of about 16,000 homes in 8 municipalities', async () => {
		const hunzedal = demoIds.organisation('hunzedal');
		const spaces = await listSpacesForOrganisations(handle.db, [hunzedal]);
		expect(spaces).toHaveLength(8);
		expect(demoOrganisations.filter((o) => o.kind === 'corporation')).toHaveLength(5);
		expect(demoOrganisations.find((o) => o.key === 'hunzedal')?.homes).toBeGreaterThanOrEqual(16_000);
	});
});

describe('spaces', () => {
	it('shows a person only the spaces of their organisations', async () => {
		const pieter = (await loadActor(handle.db, demoIds.user('pieter.hoekstra@tynaarlo.example')))!;
		const spaces = await listSpacesForOrganisations(handle.db, pieter.memberships.map((m) => m.organisationId));
		expect(spaces.map((s) => s.slug)).toEqual(['tynaarlo']);
	});
	it('loads a space with its parties, municipality first', async () => {
		const assen = await getSpaceBySlug(handle.db, 'assen');
		expect(assen?.participants[0]).toMatchObject({ name: 'Gemeente Assen', kind: 'municipality' });
		expect(assen?.participants.some((p) => p.kind === 'residentsCommittee')).toBe(true);
		expect(await getSpaceBySlug(handle.db, 'bestaat-niet')).toBeNull();
	});
	it('adds and removes parties, but never a second municipality or the own one', async () => {
		const admin = (await loadActor(handle.db, demoIds.user('beheer@driehoek.example')))!;
		const tynaarlo = (await getSpaceBySlug(handle.db, 'tynaarlo'))!;
		expect(await addParticipant(handle.db, admin, tynaarlo.id, demoIds.organisation('veenland'))).toEqual({ ok: true });
		expect(await addParticipant(handle.db, admin, tynaarlo.id, demoIds.organisation('veenland'))).toEqual({ ok: false, error: 'alreadyParticipant' });
		expect(await addParticipant(handle.db, admin, tynaarlo.id, demoIds.organisation('assen'))).toEqual({ ok: false, error: 'oneMunicipalityPerSpace' });
		expect(await removeParticipant(handle.db, admin, tynaarlo.id, tynaarlo.municipalityId)).toEqual({ ok: false, error: 'cannotRemoveMunicipality' });
		expect(await removeParticipant(handle.db, admin, tynaarlo.id, demoIds.organisation('veenland'))).toEqual({ ok: true });
	});
	it('refuses a second space for one municipality', async () => {
		const admin = (await loadActor(handle.db, demoIds.user('beheer@driehoek.example')))!;
		await expect(createSpace(handle.db, admin, { name: 'Assen 2', municipalityId: demoIds.organisation('assen'), regionId: '' })).rejects.toMatchObject({
			field: 'municipalityTaken'
		});
	});
	it('makes readable slugs', () => {
		expect(slugify('Aa en Hunze')).toBe('aa-en-hunze');
		expect(slugify("Súdwest-Fryslân")).toBe('sudwest-fryslan');
	});
});
