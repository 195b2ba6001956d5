// Database reads and writes for performance agreements. Every change runs in a transaction
// with its audit entry; access is decided by the routes through auth/access.ts before these run.
import crypto from 'node:crypto';
import { and, asc, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db';
import {
	agreement,
	agreementCycle,
	agreementSet,
	agreementSignature,
	bidComment,
	bidPart,
	housingVisionGoal,
	progressEntry
} from '../db/schema';
import { audit } from '../audit';
import { canViewRecord, type Actor, type SpaceAccess } from '../auth/access';
import type { SpaceContext } from '../spaces/store';
import type { AgreementValues } from './schemas';
import { agreementLight } from './versions';
import { readStamp, StampedCache } from '../cache/stamped';

export type AgreementRow = typeof agreement.$inferSelect;
export type SetRow = typeof agreementSet.$inferSelect;
export type ProgressRow = typeof progressEntry.$inferSelect;

/** Who can be party to the agreements: the municipality, the corporations and the tenant organisations of the space. */
export function eligibleParties(space: SpaceContext) {
	return space.participants.filter((p) => p.kind === 'municipality' || p.kind === 'corporation' || p.kind === 'tenantOrganisation');
}

/** The parties that sign: those chosen for the year, else every eligible party. The municipality always signs. */
export function signingParties(space: SpaceContext, chosen?: string[] | null) {
	const eligible = eligibleParties(space);
	if (!chosen?.length) return eligible;
	return eligible.filter((p) => p.organisationId === space.municipalityId || chosen.includes(p.organisationId));
}

/** The signing parties of a set, from the settings of its year. */
export async function partiesForSet(db: Db | Tx, space: SpaceContext, set: { year: number }) {
	const settings = await getCycleSettings(db, space.id, set.year);
	return signingParties(space, settings.parties);
}

// --- cycle settings --------------------------------------------------------------------

export async function getCycleSettings(db: Db | Tx, spaceId: string, year: number) {
	const [row] = await db.select().from(agreementCycle).where(and(eq(agreementCycle.spaceId, spaceId), eq(agreementCycle.year, year)));
	return row ?? { spaceId, year, signDeadline: null, talksStartedOn: null, publish: false, parties: null as string[] | null };
}

export async function saveCycleSettings(
	db: Db,
	actor: Actor,
	spaceId: string,
	year: number,
	input: { signDeadline: string | null; talksStartedOn: string | null; publish: boolean; parties?: string[] | null }
) {
	await db.transaction(async (tx) => {
		const before = await getCycleSettings(tx, spaceId, year);
		await tx
			.insert(agreementCycle)
			.values({ spaceId, year, ...input })
			.onConflictDoUpdate({ target: [agreementCycle.spaceId, agreementCycle.year], set: input });
		await audit(tx, { spaceId, actor, action: 'update', entity: 'agreementCycle', entityId: `${spaceId}:${year}`, before, after: input });
	});
}

// --- housing vision and bids ---------------------------------------------------------------

export async function listVision(db: Db, spaceId: string, year: number) {
	return db
		.select()
		.from(housingVisionGoal)
		.where(and(eq(housingVisionGoal.spaceId, spaceId), eq(housingVisionGoal.year, year)))
		.orderBy(asc(housingVisionGoal.theme));
}

export async function saveVisionGoal(db: Db, actor: Actor, spaceId: string, year: number, input: { theme: string; text: string }) {
	await db.transaction(async (tx) => {
		const row = { id: crypto.randomUUID(), spaceId, year, theme: input.theme, text: input.text, updatedBy: actor.name, updatedAt: new Date() };
		await tx
			.insert(housingVisionGoal)
			.values(row)
			.onConflictDoUpdate({
				target: [housingVisionGoal.spaceId, housingVisionGoal.year, housingVisionGoal.theme],
				set: { text: row.text, updatedBy: row.updatedBy, updatedAt: row.updatedAt }
			});
		await audit(tx, { spaceId, actor, action: 'update', entity: 'housingVision', entityId: `${year}:${input.theme}`, after: input });
	});
}

/** Bid parts the actor may see (drafts only for their own organisation), with their comment threads. */
export async function listBids(db: Db, actor: Actor | null, access: SpaceAccess, spaceId: string, year: number) {
	const parts = await db
		.select()
		.from(bidPart)
		.where(and(eq(bidPart.spaceId, spaceId), eq(bidPart.year, year)))
		.orderBy(asc(bidPart.organisationId), asc(bidPart.theme));
	const visible = parts.filter((p) => canViewRecord(actor, access, { spaceId, organisationId: p.organisationId, visibility: p.visibility }));
	const comments = visible.length
		? await db.select().from(bidComment).where(inArray(bidComment.bidPartId, visible.map((p) => p.id))).orderBy(asc(bidComment.createdAt))
		: [];
	return visible.map((p) => ({ ...p, comments: comments.filter((c) => c.bidPartId === p.id) }));
}

export async function saveBidPart(
	db: Db,
	actor: Actor,
	spaceId: string,
	year: number,
	organisationId: string,
	input: { theme: string; text: string }
) {
	await db.transaction(async (tx) => {
		const row = { id: crypto.randomUUID(), spaceId, year, organisationId, theme: input.theme, text: input.text, updatedAt: new Date() };
		await tx
			.insert(bidPart)
			.values(row)
			.onConflictDoUpdate({
				target: [bidPart.spaceId, bidPart.year, bidPart.organisationId, bidPart.theme],
				set: { text: row.text, updatedAt: row.updatedAt }
			});
		await audit(tx, { spaceId, organisationId, actor, action: 'update', entity: 'bid', entityId: `${year}:${input.theme}`, after: input });
	});
}

/** Shares the organisation's whole bid of the year with the other parties. */
export async function shareBid(db: Db, actor: Actor, spaceId: string, year: number, organisationId: string) {
	await db.transaction(async (tx) => {
		await tx
			.update(bidPart)
			.set({ visibility: 'shared' })
			.where(and(eq(bidPart.spaceId, spaceId), eq(bidPart.year, year), eq(bidPart.organisationId, organisationId)));
		await audit(tx, { spaceId, organisationId, actor, action: 'share', entity: 'bid', entityId: String(year) });
	});
}

export async function getBidPart(db: Db, id: string) {
	const [row] = await db.select().from(bidPart).where(eq(bidPart.id, id));
	return row ?? null;
}

export async function addBidComment(db: Db, actor: Actor, spaceId: string, bidPartId: string, organisationId: string, text: string) {
	await db.transaction(async (tx) => {
		const row = { id: crypto.randomUUID(), bidPartId, organisationId, authorName: actor.name, text };
		await tx.insert(bidComment).values(row);
		await audit(tx, { spaceId, organisationId, actor, action: 'create', entity: 'comment', entityId: row.id, after: { bidPartId, text } });
	});
}

// --- agreement sets and agreements ---------------------------------------------------------

export async function listSets(db: Db | Tx, spaceId: string) {
	return db.select().from(agreementSet).where(eq(agreementSet.spaceId, spaceId)).orderBy(asc(agreementSet.versionNo));
}

/** The newest version of the space's agreements, or a specific version number. */
export async function getSet(db: Db | Tx, spaceId: string, versionNo?: number): Promise<SetRow | null> {
	const where = versionNo === undefined ? eq(agreementSet.spaceId, spaceId) : and(eq(agreementSet.spaceId, spaceId), eq(agreementSet.versionNo, versionNo));
	const [row] = await db.select().from(agreementSet).where(where).orderBy(desc(agreementSet.versionNo)).limit(1);
	return row ?? null;
}

/** The newest set, created (version 1 for `year`) when the space has none yet. */
export async function ensureSet(db: Db, actor: Actor, spaceId: string, year: number): Promise<SetRow> {
	const existing = await getSet(db, spaceId);
	if (existing) return existing;
	return db.transaction(async (tx) => {
		const row = { id: crypto.randomUUID(), spaceId, year, versionNo: 1, previousSetId: null, lockedAt: null, createdAt: new Date() };
		// A concurrent first save may have created it; the unique index keeps one.
		const inserted = await tx.insert(agreementSet).values(row).onConflictDoNothing().returning();
		if (inserted.length) await audit(tx, { spaceId, actor, action: 'create', entity: 'agreementSet', entityId: row.id, after: { year, versionNo: 1 } });
		return (await getSet(tx, spaceId))!;
	});
}

export async function listAgreements(db: Db | Tx, setId: string) {
	return db.select().from(agreement).where(eq(agreement.setId, setId)).orderBy(asc(agreement.position), asc(agreement.id));
}

export async function getAgreement(db: Db | Tx, id: string) {
	const [row] = await db.select().from(agreement).where(eq(agreement.id, id));
	return row ?? null;
}

export type SaveResult =
	| { ok: true; agreement: AgreementRow }
	| { ok: false; error: 'conflict'; current: AgreementRow }
	| { ok: false; error: 'locked' | 'notFound' };

export async function createAgreement(db: Db, actor: Actor, set: SetRow, values: AgreementValues): Promise<SaveResult> {
	const result = await createAgreements(db, actor, set, [values]);
	return result.ok ? { ok: true, agreement: result.rows[0] } : result;
}

/** Adds agreements to an open set, all or none (used by the form and the import). */
export async function createAgreements(
	db: Db,
	actor: Actor,
	set: SetRow,
	list: AgreementValues[]
): Promise<{ ok: true; rows: AgreementRow[] } | { ok: false; error: 'locked' | 'notFound' }> {
	return db.transaction(async (tx) => {
		const [fresh] = await tx.select().from(agreementSet).where(eq(agreementSet.id, set.id)).for('update');
		if (!fresh) return { ok: false, error: 'notFound' } as const;
		if (fresh.lockedAt) return { ok: false, error: 'locked' } as const;
		const [{ next }] = await tx
			.select({ next: sql<number>`coalesce(max(${agreement.position}), 0)::int + 1` })
			.from(agreement)
			.where(eq(agreement.setId, set.id));
		const values = list.map((v, i) => {
			const id = crypto.randomUUID();
			return { id, lineageId: id, setId: set.id, position: next + i, ...v, version: 1, updatedBy: actor.name };
		});
		const rows = values.length ? await tx.insert(agreement).values(values).returning() : [];
		// Signatures are for a text; a changed set needs new signatures.
		await tx.delete(agreementSignature).where(eq(agreementSignature.setId, set.id));
		for (const row of rows) {
			await audit(tx, { spaceId: set.spaceId, actor, action: 'create', entity: 'agreement', entityId: row.id, after: valuesOfRow(row) });
		}
		return { ok: true, rows } as const;
	});
}

function valuesOfRow(row: AgreementRow) {
	const { theme, text, committingParties, indicator, unit, baseline, baselineYear, targets, deadline } = row;
	return { theme, text, committingParties, indicator, unit, baseline, baselineYear, targets, deadline };
}

/**
 * Saves an agreement only when nobody saved it since `expectedVersion` was read (optimistic
 * locking). A stale save changes nothing and returns the current version to show beside yours.
 */
export async function updateAgreement(db: Db, actor: Actor, id: string, expectedVersion: number, values: AgreementValues): Promise<SaveResult> {
	return db.transaction(async (tx) => {
		const current = await getAgreement(tx, id);
		if (!current) return { ok: false, error: 'notFound' } as const;
		const [set] = await tx.select().from(agreementSet).where(eq(agreementSet.id, current.setId)).for('update');
		if (set.lockedAt) return { ok: false, error: 'locked' } as const;
		const [row] = await tx
			.update(agreement)
			.set({ ...values, version: sql`${agreement.version} + 1`, updatedBy: actor.name, updatedAt: new Date() })
			.where(and(eq(agreement.id, id), eq(agreement.version, expectedVersion)))
			.returning();
		if (!row) return { ok: false, error: 'conflict', current: (await getAgreement(tx, id))! } as const;
		await tx.delete(agreementSignature).where(eq(agreementSignature.setId, set.id));
		await audit(tx, { spaceId: set.spaceId, actor, action: 'update', entity: 'agreement', entityId: id, before: current, after: values });
		return { ok: true, agreement: row } as const;
	});
}

export async function deleteAgreement(db: Db, actor: Actor, id: string, expectedVersion: number): Promise<SaveResult> {
	return db.transaction(async (tx) => {
		const current = await getAgreement(tx, id);
		if (!current) return { ok: false, error: 'notFound' } as const;
		const [set] = await tx.select().from(agreementSet).where(eq(agreementSet.id, current.setId)).for('update');
		if (set.lockedAt) return { ok: false, error: 'locked' } as const;
		const deleted = await tx.delete(agreement).where(and(eq(agreement.id, id), eq(agreement.version, expectedVersion))).returning();
		if (!deleted.length) return { ok: false, error: 'conflict', current } as const;
		await tx.delete(agreementSignature).where(eq(agreementSignature.setId, set.id));
		await audit(tx, { spaceId: set.spaceId, actor, action: 'delete', entity: 'agreement', entityId: id, before: current });
		return { ok: true, agreement: current } as const;
	});
}

export async function listSignatures(db: Db | Tx, setId: string) {
	return db.select().from(agreementSignature).where(eq(agreementSignature.setId, setId)).orderBy(asc(agreementSignature.signedAt));
}

/**
 * The organisation's admin signs the set as it is now. When the last party signs, the set is
 * locked: from then on nothing in it can change; a yearly update starts a new version.
 */
export async function signSet(
	db: Db,
	actor: Actor,
	space: SpaceContext,
	setId: string,
	organisationId: string
): Promise<{ ok: true; locked: boolean } | { ok: false; error: 'locked' | 'notFound' | 'agrEmptySet' | 'agrAlreadySigned' | 'agrNotAParty' }> {
	return db.transaction(async (tx) => {
		const [set] = await tx.select().from(agreementSet).where(and(eq(agreementSet.id, setId), eq(agreementSet.spaceId, space.id))).for('update');
		if (!set) return { ok: false, error: 'notFound' } as const;
		if (set.lockedAt) return { ok: false, error: 'locked' } as const;
		const [{ count }] = await tx.select({ count: sql<number>`count(*)::int` }).from(agreement).where(eq(agreement.setId, setId));
		if (count === 0) return { ok: false, error: 'agrEmptySet' } as const;
		const parties = await partiesForSet(tx, space, set);
		if (!parties.some((p) => p.organisationId === organisationId)) return { ok: false, error: 'agrNotAParty' } as const;
		const inserted = await tx
			.insert(agreementSignature)
			.values({ setId, organisationId, signerName: actor.name, signedAt: new Date() })
			.onConflictDoNothing()
			.returning();
		if (!inserted.length) return { ok: false, error: 'agrAlreadySigned' } as const;
		const signed = new Set((await listSignatures(tx, setId)).map((s) => s.organisationId));
		const locked = parties.every((p) => signed.has(p.organisationId));
		if (locked) await tx.update(agreementSet).set({ lockedAt: new Date() }).where(eq(agreementSet.id, setId));
		await audit(tx, { spaceId: space.id, organisationId, actor, action: 'sign', entity: 'agreementSet', entityId: setId, after: { versionNo: set.versionNo, locked } });
		return { ok: true, locked } as const;
	});
}

/** Yearly update (jaarschijf): a new, unsigned version for the next year, copied from the signed one. */
export async function startYearlyUpdate(db: Db, actor: Actor, spaceId: string): Promise<{ ok: true; set: SetRow } | { ok: false; error: 'agrNotSigned' }> {
	return db.transaction(async (tx) => {
		const [latest] = await tx.select().from(agreementSet).where(eq(agreementSet.spaceId, spaceId)).orderBy(desc(agreementSet.versionNo)).limit(1).for('update');
		if (!latest || !latest.lockedAt) return { ok: false, error: 'agrNotSigned' } as const;
		const set = {
			id: crypto.randomUUID(),
			spaceId,
			year: latest.year + 1,
			versionNo: latest.versionNo + 1,
			previousSetId: latest.id,
			lockedAt: null,
			createdAt: new Date()
		};
		await tx.insert(agreementSet).values(set);
		// The same parties (and publication choice) carry over to the new year, unless already set.
		const previous = await getCycleSettings(tx, spaceId, latest.year);
		await tx
			.insert(agreementCycle)
			.values({ spaceId, year: set.year, publish: previous.publish, parties: previous.parties })
			.onConflictDoNothing();
		const rows = await listAgreements(tx, latest.id);
		if (rows.length) {
			await tx.insert(agreement).values(
				rows.map((r) => ({ ...r, id: crypto.randomUUID(), setId: set.id, version: 1, updatedBy: actor.name, updatedAt: new Date() }))
			);
		}
		await audit(tx, { spaceId, actor, action: 'create', entity: 'agreementSet', entityId: set.id, after: { year: set.year, versionNo: set.versionNo, from: latest.versionNo } });
		return { ok: true, set } as const;
	});
}

// --- progress ------------------------------------------------------------------------------

export async function addProgress(
	db: Db,
	actor: Actor,
	spaceId: string,
	lineageId: string,
	input: { period: string; measuredOn: string; value: number; explanation: string; evidenceName?: string | null; evidenceKey?: string | null }
) {
	return db.transaction(async (tx) => {
		const row = { id: crypto.randomUUID(), spaceId, lineageId, authorName: actor.name, ...input };
		await tx.insert(progressEntry).values(row);
		await audit(tx, { spaceId, actor, action: 'create', entity: 'progress', entityId: row.id, after: input });
		return row;
	});
}

/** Progress of the given agreements (by lineage), oldest first. */
export async function listProgress(db: Db, lineageIds: string[]) {
	if (lineageIds.length === 0) return [];
	return db
		.select()
		.from(progressEntry)
		.where(inArray(progressEntry.lineageId, lineageIds))
		.orderBy(asc(progressEntry.measuredOn), asc(progressEntry.createdAt));
}

export async function getProgress(db: Db, id: string) {
	const [row] = await db.select().from(progressEntry).where(eq(progressEntry.id, id));
	return row ?? null;
}

/** The newest signed set of the space whose year the space chose to publish. */
export async function publishedSet(db: Db, spaceId: string) {
	const [row] = await db
		.select({ set: agreementSet })
		.from(agreementSet)
		.innerJoin(agreementCycle, and(eq(agreementCycle.spaceId, agreementSet.spaceId), eq(agreementCycle.year, agreementSet.year)))
		.where(and(eq(agreementSet.spaceId, spaceId), isNotNull(agreementSet.lockedAt), eq(agreementCycle.publish, true)))
		.orderBy(desc(agreementSet.versionNo))
		.limit(1);
	return row?.set ?? null;
}

/** The newest measurement per agreement (by lineage): one row each, not the whole history. */
export async function latestProgress(db: Db, lineageIds: string[]) {
	if (lineageIds.length === 0) return new Map<string, ProgressRow>();
	const rows = await db
		.selectDistinctOn([progressEntry.lineageId])
		.from(progressEntry)
		.where(inArray(progressEntry.lineageId, lineageIds))
		.orderBy(progressEntry.lineageId, desc(progressEntry.measuredOn), desc(progressEntry.createdAt));
	return new Map(rows.map((r) => [r.lineageId, r]));
}

/** Each agreement of a set with its latest measurement and traffic light. */
export async function agreementsWithLight(db: Db, setId: string) {
	const rows = await listAgreements(db, setId);
	const latest = await latestProgress(db, rows.map((r) => r.lineageId));
	return rows.map((r) => {
		const last = latest.get(r.lineageId) ?? null;
		return { ...r, latest: last, light: agreementLight(r, last) };
	});
}

/** One agreement with its whole progress history and traffic light. */
export async function agreementWithProgress(db: Db, row: AgreementRow) {
	const progress = await listProgress(db, [row.lineageId]);
	const latest = progress.at(-1) ?? null;
	return { ...row, progress, latest, light: agreementLight(row, latest) };
}

export type AgreementWithLight = Awaited<ReturnType<typeof agreementsWithLight>>[number];

export interface SetOverview {
	sets: SetRow[];
	set: SetRow | null;
	rows: AgreementWithLight[];
	signatures: Awaited<ReturnType<typeof listSignatures>>;
	cycle: Awaited<ReturnType<typeof getCycleSettings>> | null;
	previousRows: AgreementRow[];
}

// Read once per change of a space's agreements (the data stamp moves on every write), then
// shared by every request: the list and the public page are read far more than written.
// Callers must treat the rows as read-only.
const overviews = new StampedCache<SetOverview>(100);

/** One version of a space's agreements (the newest by default) with everything the lists show. */
export async function setOverview(db: Db, spaceId: string, versionNo?: number): Promise<SetOverview> {
	const stamp = await readStamp(db, spaceId, 'agreements');
	return overviews.through(`${spaceId}:${versionNo ?? 'latest'}`, stamp, async () => {
		const sets = await listSets(db, spaceId);
		const set = (versionNo === undefined ? sets.at(-1) : sets.find((s) => s.versionNo === versionNo)) ?? null;
		if (!set) return { sets, set, rows: [], signatures: [], cycle: null, previousRows: [] };
		const [rows, signatures, cycle, previousRows] = await Promise.all([
			agreementsWithLight(db, set.id),
			listSignatures(db, set.id),
			getCycleSettings(db, spaceId, set.year),
			set.previousSetId ? listAgreements(db, set.previousSetId) : Promise.resolve([])
		]);
		return { sets, set, rows, signatures, cycle, previousRows };
	});
}

/** The published version of a space (signed, and the space chose to publish), as setOverview. */
export async function publishedOverview(db: Db, spaceId: string): Promise<SetOverview | null> {
	const stamp = await readStamp(db, spaceId, 'agreements');
	const published = await overviews.through(`${spaceId}:published`, stamp, async () => {
		const set = await publishedSet(db, spaceId);
		if (!set) return { sets: [], set: null, rows: [], signatures: [], cycle: null, previousRows: [] };
		const [rows, signatures, cycle] = await Promise.all([agreementsWithLight(db, set.id), listSignatures(db, set.id), getCycleSettings(db, spaceId, set.year)]);
		return { sets: [set], set, rows, signatures, cycle, previousRows: [] };
	});
	return published.set ? published : null;
}
