import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db';
import { createTestDb } from '../testing/db';
import { getSpaceBySlug, type SpaceContext } from '../spaces/store';
import { spaceAccess, type Actor } from '../auth/access';
import {
	addBidComment, agreementsWithLight, addProgress, createAgreement, ensureSet, getSet, listBids, listSets, publishedSet,
	saveBidPart, saveCycleSettings, signSet, signingParties, startYearlyUpdate, updateAgreement
} from './store';
import type { AgreementValues } from './schemas';

let handle: DbHandle;
let space: SpaceContext;
const actors: Record<string, Actor> = {};
const values: AgreementValues = {
	theme: 'beschikbaarheid', text: 'Hunzedal bouwt in 2027 150 sociale huurwoningen in Kloosterveen.', committingParties: [],
	ownerName: 'Manager vastgoed', indicator: 'opgeleverde woningen', unit: 'woningen', baseline: 0, baselineYear: 2025,
	targets: [{ year: 2027, value: 150 }], deadline: '2027-12-31'
};

beforeAll(async () => {
	handle = await createTestDb();
	// A space of our own, so the demo agreements of Assen do not get in the way.
	space = (await getSpaceBySlug(handle.db, 'tynaarlo'))!;
	// An admin per party; the store trusts the routes for access, so plain actors do.
	for (const p of space.participants) {
		actors[p.organisationId] = {
			userId: `test-${p.organisationId}`, name: `Beheerder ${p.name}`, email: `${p.organisationId}@test.example`, platformAdmin: false,
			memberships: [{ organisationId: p.organisationId, organisationName: p.name, kind: p.kind, role: 'admin' }]
		};
	}
});
afterAll(async () => handle?.close());

const anyActor = () => Object.values(actors)[0];

describe('agreements store', () => {
	it('saves with optimistic locking: a stale version changes nothing and returns the current one', async () => {
		const set = await ensureSet(handle.db, anyActor(), space.id, 2026);
		const created = await createAgreement(handle.db, anyActor(), set, values);
		if (!created.ok) throw new Error('create failed');
		const first = await updateAgreement(handle.db, anyActor(), created.agreement.id, 1, { ...values, text: values.text + ' Eerste.' });
		expect(first.ok).toBe(true);
		const stale = await updateAgreement(handle.db, anyActor(), created.agreement.id, 1, { ...values, text: 'Tweede versie' });
		expect(stale).toMatchObject({ ok: false, error: 'conflict', current: { version: 2 } });
		const [row] = (await agreementsWithLight(handle.db, set.id)).filter((a) => a.id === created.agreement.id);
		expect(row.text).toContain('Eerste.');
		expect(row.version).toBe(2);
	});

	it('locks the set when every party signed, then a yearly update starts version 2', async () => {
		const set = (await getSet(handle.db, space.id))!;
		const parties = signingParties(space);
		expect(parties.every((p) => actors[p.organisationId])).toBe(true);
		for (const [i, p] of parties.entries()) {
			const result = await signSet(handle.db, actors[p.organisationId], space, set.id, p.organisationId);
			expect(result).toEqual({ ok: true, locked: i === parties.length - 1 });
		}
		const [a] = await agreementsWithLight(handle.db, set.id);
		expect(await updateAgreement(handle.db, anyActor(), a.id, a.version, values)).toEqual({ ok: false, error: 'locked' });
		expect(await publishedSet(handle.db, space.id)).toBeNull();
		await saveCycleSettings(handle.db, anyActor(), space.id, 2026, { signDeadline: null, talksStartedOn: null, publish: true });
		expect((await publishedSet(handle.db, space.id))?.id).toBe(set.id);

		const update = await startYearlyUpdate(handle.db, anyActor(), space.id);
		if (!update.ok) throw new Error('update failed');
		expect(update.set).toMatchObject({ versionNo: 2, year: 2027, previousSetId: set.id });
		const copied = await agreementsWithLight(handle.db, update.set.id);
		expect(copied.map((c) => c.lineageId)).toEqual([a.lineageId]);
		expect((await listSets(handle.db, space.id)).length).toBe(2);
		expect(await startYearlyUpdate(handle.db, anyActor(), space.id)).toEqual({ ok: false, error: 'agrNotSigned' });
	});

	it('follows progress across versions and colours the light', async () => {
		const set = (await getSet(handle.db, space.id))!;
		const [a] = await agreementsWithLight(handle.db, set.id);
		await addProgress(handle.db, anyActor(), space.id, a.lineageId, { period: '2026', measuredOn: '2026-12-31', value: 50, explanation: 'Vertraging vergunning' });
		const [after] = await agreementsWithLight(handle.db, set.id);
		expect(after.light.color).toBe('orange');
	});

	it('keeps a draft bid invisible to other organisations until it is shared', async () => {
		const corporation = space.participants.find((p) => p.kind === 'corporation')!;
		const municipality = space.participants.find((p) => p.kind === 'municipality')!;
		const corpActor = actors[corporation.organisationId];
		const munActor = actors[municipality.organisationId];
		const ids = space.participants.map((p) => p.organisationId);
		await saveBidPart(handle.db, corpActor, space.id, 2026, corporation.organisationId, { theme: 'duurzaamheid', text: 'Wij isoleren 300 woningen.' });
		expect(await listBids(handle.db, munActor, spaceAccess(munActor, ids), space.id, 2026)).toEqual([]);
		expect((await listBids(handle.db, corpActor, spaceAccess(corpActor, ids), space.id, 2026)).length).toBe(1);
		const { shareBid } = await import('./store');
		await shareBid(handle.db, corpActor, space.id, 2026, corporation.organisationId);
		const seen = await listBids(handle.db, munActor, spaceAccess(munActor, ids), space.id, 2026);
		expect(seen.length).toBe(1);
		await addBidComment(handle.db, munActor, space.id, seen[0].id, municipality.organisationId, 'Kan dit sneller?');
		expect((await listBids(handle.db, munActor, spaceAccess(munActor, ids), space.id, 2026))[0].comments[0].text).toBe('Kan dit sneller?');
	});
});
