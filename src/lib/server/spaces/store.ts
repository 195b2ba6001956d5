// Database reads and writes for spaces, their participants and regions.
import crypto from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db';
import { organisation, region, space, spaceParticipant } from '../db/schema';
import { audit } from '../audit';
import type { Actor } from '../auth/access';
import { DuplicateError } from '../organisations/store';
import { reservedSlugs, slugify } from './rules';

export interface SpaceParticipant {
	organisationId: string;
	name: string;
	kind: 'municipality' | 'corporation' | 'tenantOrganisation' | 'residentsCommittee' | 'other';
}

export interface SpaceContext {
	id: string;
	slug: string;
	name: string;
	municipalityId: string;
	regionId: string | null;
	regionName: string | null;
	participants: SpaceParticipant[];
}

export async function getSpaceBySlug(db: Db, slug: string): Promise<SpaceContext | null> {
	const [row] = await db
		.select({
			id: space.id,
			slug: space.slug,
			name: space.name,
			municipalityId: space.municipalityId,
			regionId: space.regionId,
			regionName: region.name
		})
		.from(space)
		.leftJoin(region, eq(region.id, space.regionId))
		.where(eq(space.slug, slug));
	if (!row) return null;
	const participants = await db
		.select({ organisationId: organisation.id, name: organisation.name, kind: organisation.kind })
		.from(spaceParticipant)
		.innerJoin(organisation, eq(organisation.id, spaceParticipant.organisationId))
		.where(eq(spaceParticipant.spaceId, row.id))
		.orderBy(asc(organisation.kind), asc(organisation.name));
	return { ...row, participants };
}

/** The spaces in which any of the given organisations take part. */
export async function listSpacesForOrganisations(db: Db, organisationIds: string[]) {
	if (organisationIds.length === 0) return [];
	return db
		.selectDistinct({ id: space.id, slug: space.slug, name: space.name, regionName: region.name })
		.from(space)
		.innerJoin(spaceParticipant, eq(spaceParticipant.spaceId, space.id))
		.leftJoin(region, eq(region.id, space.regionId))
		.where(inArray(spaceParticipant.organisationId, organisationIds))
		.orderBy(asc(space.name));
}

export async function listAllSpaces(db: Db) {
	return db
		.select({ id: space.id, slug: space.slug, name: space.name, regionName: region.name })
		.from(space)
		.leftJoin(region, eq(region.id, space.regionId))
		.orderBy(asc(space.name));
}

export async function listRegions(db: Db) {
	return db.select().from(region).orderBy(asc(region.name));
}

export async function createSpace(db: Db, actor: Actor, input: { name: string; municipalityId: string; regionId: string }) {
	return db.transaction(async (tx) => {
		const [municipality] = await tx.select().from(organisation).where(eq(organisation.id, input.municipalityId));
		if (!municipality || municipality.kind !== 'municipality') throw new DuplicateError('municipalityId');
		const [taken] = await tx.select({ id: space.id }).from(space).where(eq(space.municipalityId, municipality.id));
		if (taken) throw new DuplicateError('municipalityTaken');
		let slug = slugify(input.name) || 'driehoek';
		const [sameSlug] = await tx.select({ id: space.id }).from(space).where(eq(space.slug, slug));
		if (sameSlug || reservedSlugs.has(slug)) slug = `${slug}-${crypto.randomBytes(2).toString('hex')}`;
		const row = {
			id: crypto.randomUUID(),
			slug,
			name: input.name,
			municipalityId: municipality.id,
			regionId: input.regionId || null
		};
		await tx.insert(space).values(row);
		await tx.insert(spaceParticipant).values({ spaceId: row.id, organisationId: municipality.id });
		await audit(tx, { spaceId: row.id, actor, action: 'create', entity: 'space', entityId: row.id, after: row });
		return row;
	});
}

export async function addParticipant(db: Db, actor: Actor, spaceId: string, organisationId: string) {
	return db.transaction(async (tx) => {
		const [org] = await tx.select().from(organisation).where(eq(organisation.id, organisationId));
		if (!org) return { ok: false as const, error: 'organisationRequired' };
		if (org.kind === 'municipality') return { ok: false as const, error: 'oneMunicipalityPerSpace' };
		const inserted = await tx
			.insert(spaceParticipant)
			.values({ spaceId, organisationId })
			.onConflictDoNothing()
			.returning();
		if (inserted.length === 0) return { ok: false as const, error: 'alreadyParticipant' };
		await audit(tx, { spaceId, actor, action: 'create', entity: 'participant', entityId: organisationId, after: { name: org.name, kind: org.kind } });
		return { ok: true as const };
	});
}

export async function removeParticipant(db: Db, actor: Actor, spaceId: string, organisationId: string) {
	return db.transaction(async (tx) => {
		const [current] = await tx.select().from(space).where(eq(space.id, spaceId));
		if (current?.municipalityId === organisationId) return { ok: false as const, error: 'cannotRemoveMunicipality' };
		const removed = await tx
			.delete(spaceParticipant)
			.where(and(eq(spaceParticipant.spaceId, spaceId), eq(spaceParticipant.organisationId, organisationId)))
			.returning();
		if (removed.length === 0) return { ok: false as const, error: 'notParticipant' };
		await audit(tx, { spaceId, actor, action: 'delete', entity: 'participant', entityId: organisationId });
		return { ok: true as const };
	});
}
