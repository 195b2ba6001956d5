import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { DbHandle } from '../db';
import { createTestDb } from '../testing/db';
import { getSpaceBySlug, type SpaceContext } from '../spaces/store';
import { readStamp, StampedCache } from './stamped';
import { pageStamps } from './pages';

let handle: DbHandle;
let space: SpaceContext;

beforeAll(async () => {
	handle = await createTestDb();
	space = (await getSpaceBySlug(handle.db, 'tynaarlo'))!;
});
afterAll(async () => handle?.close());

describe('data stamps', () => {
	it('move on every insert, update and delete in their area, also through a parent row, and only for that space', async () => {
		const { db } = handle;
		const assen = (await getSpaceBySlug(db, 'assen'))!;
		const assenBefore = await readStamp(db, assen.id, 'agreements');
		const s0 = await readStamp(db, space.id, 'agreements');
		await db.execute(sql`insert into agreement_set (id, space_id, year, version_no) values ('stamp-set', ${space.id}, 2031, 1)`);
		const s1 = await readStamp(db, space.id, 'agreements');
		expect(s1).toBeGreaterThan(s0);
		// An agreement has no space_id of its own: the trigger finds it through its set.
		await db.execute(sql`insert into agreement (id, set_id, lineage_id, position, theme, text, committing_parties, targets, updated_by)
			values ('stamp-agr', 'stamp-set', 'stamp-agr', 1, 'leefbaarheid', 'Tekst', '[]', '[]', 'test')`);
		const s2 = await readStamp(db, space.id, 'agreements');
		expect(s2).toBeGreaterThan(s1);
		await db.execute(sql`update agreement set text = 'Andere tekst' where id = 'stamp-agr'`);
		const s3 = await readStamp(db, space.id, 'agreements');
		expect(s3).toBeGreaterThan(s2);
		await db.execute(sql`delete from agreement_set where id = 'stamp-set'`);
		expect(await readStamp(db, space.id, 'agreements')).toBeGreaterThan(s3);
		expect(await readStamp(db, assen.id, 'agreements')).toBe(assenBefore);
	});

	it('keep advice apart from agreements', async () => {
		const { db } = handle;
		// Assen has demo advice requests and calendar items.
		const assen = (await getSpaceBySlug(db, 'assen'))!;
		const agreements = await readStamp(db, assen.id, 'agreements');
		const advice = await readStamp(db, assen.id, 'advice');
		await db.execute(sql`update advice_request set title = title where space_id = ${assen.id}`);
		expect(await readStamp(db, assen.id, 'advice')).toBeGreaterThan(advice);
		expect(await readStamp(db, assen.id, 'agreements')).toBe(agreements);
	});
});

describe('page stamps', () => {
	it('move with the platform (a changed membership or name) and with the page area, and are null for an unknown space', async () => {
		const { db } = handle;
		const before = await pageStamps(db, 'assen', 'advice');
		expect(before).toMatch(/^\d+:\d+$/);
		await db.execute(sql`update organisation set name = name || '' where id in (select organisation_id from space_participant limit 1)`);
		const afterName = await pageStamps(db, 'assen', 'advice');
		expect(afterName!.split(':')[0]).not.toBe(before!.split(':')[0]);
		await db.execute(sql`update membership set role = role where true`);
		const afterRole = await pageStamps(db, 'assen', 'advice');
		expect(afterRole).not.toBe(afterName);
		await db.execute(sql`update calendar_item set title = title where space_id = (select id from space where slug = 'assen')`);
		const afterItem = await pageStamps(db, 'assen', 'advice');
		expect(afterItem!.split(':')[1]).not.toBe(afterRole!.split(':')[1]);
		// Agreements did not move for a calendar change.
		expect(await pageStamps(db, 'assen', 'agreements')).toBe(`${afterItem!.split(':')[0]}:${(await readStamp(db, (await getSpaceBySlug(db, 'assen'))!.id, 'agreements'))}`);
		expect(await pageStamps(db, 'no-such-space', 'advice')).toBeNull();
	});
});

describe('StampedCache', () => {
	it('reuses a value only under the same stamp, shares one computation and forgets failures', async () => {
		const cache = new StampedCache<number>(2);
		let runs = 0;
		const compute = async () => ++runs;
		const [a, b] = await Promise.all([cache.through('k', 1, compute), cache.through('k', 1, compute)]);
		expect([a, b, runs]).toEqual([1, 1, 1]);
		expect(await cache.through('k', 2, compute)).toBe(2);
		await expect(cache.through('x', 1, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
		expect(await cache.through('x', 1, compute)).toBe(3);
		// At most two entries: the oldest goes.
		await cache.through('y', 1, compute);
		expect(await cache.through('k', 2, compute)).toBe(5);
	});
});
