// Database reads and writes for the topic × say matrix, requests under the Overlegwet and the
// participation calendar. Every change runs in one transaction with its audit entry.
import crypto from 'node:crypto';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db';
import {
	adviceComment,
	adviceRequest,
	adviceTopicSay,
	calendarFeed,
	calendarItem,
	calendarVersion,
	organisation
} from '../db/schema';
import { audit } from '../audit';
import type { Actor } from '../auth/access';
import type { SpaceContext } from '../spaces/store';
import { newToken, sha256 } from '../organisations/store';
import { defaultSay, requestStatus, startedBy, topics, type NewRequestInput, type Say, type Topic, type RequestKind } from './model';
import { approve, diffItems, hasChanges, isLate, parseWhen, snapshot, type CalendarItemInput, type ItemContent, type Side } from './calendar';
import { validateAnswer, validateConsentParty, validateReplyAfterRequest, type IsoDate } from './rules';
import { readStamp, StampedCache } from '../cache/stamped';
import { insertDocuments, type StoredFile } from './documents';

export type Failure = { ok: false; field: string; error: string };
const fail = (field: string, error: string): Failure => ({ ok: false, field, error });

export interface Pair {
	corporationId: string;
	corporationName: string;
	tenantOrganisationId: string;
	tenantOrganisationName: string;
	tenantKind: 'tenantOrganisation' | 'residentsCommittee';
	key: string;
}

/** Every corporation × tenant organisation (or residents' committee) that both take part in the space. */
export function pairsOf(space: SpaceContext): Pair[] {
	const corporations = space.participants.filter((p) => p.kind === 'corporation');
	const tenants = space.participants.filter((p) => p.kind === 'tenantOrganisation' || p.kind === 'residentsCommittee');
	return corporations.flatMap((c) =>
		tenants.map((t) => ({
			corporationId: c.organisationId,
			corporationName: c.name,
			tenantOrganisationId: t.organisationId,
			tenantOrganisationName: t.name,
			tenantKind: t.kind as Pair['tenantKind'],
			key: `${c.organisationId}|${t.organisationId}`
		}))
	);
}

export function findPair(space: SpaceContext, key: string): Pair | null {
	return pairsOf(space).find((p) => p.key === key) ?? null;
}

/** The side the actor can act for in a pair: member or admin of that organisation. */
export function sideIn(actor: Actor, pair: { corporationId: string; tenantOrganisationId: string }): Side | null {
	const acts = (orgId: string) => actor.memberships.some((m) => m.organisationId === orgId && (m.role === 'admin' || m.role === 'member'));
	if (acts(pair.corporationId)) return 'corporation';
	if (acts(pair.tenantOrganisationId)) return 'tenant';
	return null;
}

function isMemberOf(actor: Actor, orgId: string): boolean {
	return actor.memberships.some((m) => m.organisationId === orgId);
}

// ---------------------------------------------------------------------------
// Topic × say matrix
// ---------------------------------------------------------------------------

export async function getMatrix(db: Db, spaceId: string, pair: Pair): Promise<{ topic: Topic; say: Say; changed: boolean }[]> {
	const rows = await db
		.select()
		.from(adviceTopicSay)
		.where(
			and(
				eq(adviceTopicSay.spaceId, spaceId),
				eq(adviceTopicSay.corporationId, pair.corporationId),
				eq(adviceTopicSay.tenantOrganisationId, pair.tenantOrganisationId)
			)
		);
	const stored = new Map(rows.map((r) => [r.topic, r.say as Say]));
	return topics.map((topic) => {
		let say = stored.get(topic) ?? defaultSay(topic);
		// The law gives consent only to tenant organisations (art. 5a).
		if (pair.tenantKind === 'residentsCommittee' && say === 'consent') say = 'advice';
		return { topic, say, changed: stored.has(topic) && stored.get(topic) !== defaultSay(topic) };
	});
}

export async function saveMatrix(db: Db, actor: Actor, spaceId: string, pair: Pair, values: Partial<Record<Topic, Say>>) {
	if (!sideIn(actor, pair)) return fail('pair', 'advNotYourPair');
	if (pair.tenantKind === 'residentsCommittee' && Object.values(values).includes('consent')) {
		return fail('matrix', 'advConsentNotForCommittee');
	}
	const before = await getMatrix(db, spaceId, pair);
	await db.transaction(async (tx) => {
		for (const topic of topics) {
			const say = values[topic];
			if (!say) continue;
			await tx
				.insert(adviceTopicSay)
				.values({ spaceId, corporationId: pair.corporationId, tenantOrganisationId: pair.tenantOrganisationId, topic, say })
				.onConflictDoUpdate({
					target: [adviceTopicSay.spaceId, adviceTopicSay.corporationId, adviceTopicSay.tenantOrganisationId, adviceTopicSay.topic],
					set: { say, updatedAt: new Date() }
				});
		}
		await audit(tx, {
			spaceId,
			actor,
			action: 'update',
			entity: 'adviceTopicSay',
			entityId: pair.key,
			before: Object.fromEntries(before.map((b) => [b.topic, b.say])),
			after: values
		});
	});
	return { ok: true as const };
}

// ---------------------------------------------------------------------------
// Requests
// ---------------------------------------------------------------------------

const listColumns = {
	id: adviceRequest.id,
	kind: adviceRequest.kind,
	topic: adviceRequest.topic,
	title: adviceRequest.title,
	corporationId: adviceRequest.corporationId,
	tenantOrganisationId: adviceRequest.tenantOrganisationId,
	receivedOn: adviceRequest.receivedOn,
	periodDays: adviceRequest.periodDays,
	adviceGivenOn: adviceRequest.adviceGivenOn,
	answerKind: adviceRequest.answerKind,
	answeredOn: adviceRequest.answeredOn,
	closedOn: adviceRequest.closedOn,
	calendarItemId: adviceRequest.calendarItemId,
	workStarted: sql<boolean>`${adviceRequest.adviceDraft} <> ''`
};

export type RequestRow = Awaited<ReturnType<typeof listRequests>>[number];

/** Requests of a space, newest first. The tenant side's draft is never part of a list. */
export async function listRequests(db: Db, spaceId: string, options: { limit?: number; offset?: number } = {}) {
	return db
		.select(listColumns)
		.from(adviceRequest)
		.where(eq(adviceRequest.spaceId, spaceId))
		.orderBy(desc(adviceRequest.receivedOn), desc(adviceRequest.createdAt))
		.limit(options.limit ?? 500)
		.offset(options.offset ?? 0);
}

export async function countRequests(db: Db, spaceId: string): Promise<number> {
	const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(adviceRequest).where(eq(adviceRequest.spaceId, spaceId));
	return n;
}

/**
 * One request as the actor may see it: the draft advice and its comments only for members
 * of the tenant organisation of the request, until the advice is sent.
 */
export async function getRequest(db: Db, actor: Actor, spaceId: string, id: string) {
	const [row] = await db
		.select()
		.from(adviceRequest)
		.where(and(eq(adviceRequest.spaceId, spaceId), eq(adviceRequest.id, id)));
	if (!row) return null;
	const ownDraft = isMemberOf(actor, row.tenantOrganisationId);
	const comments = ownDraft
		? await db.select().from(adviceComment).where(eq(adviceComment.requestId, id)).orderBy(asc(adviceComment.createdAt))
		: [];
	const { adviceDraft, ...rest } = row;
	return { ...rest, adviceDraft: ownDraft ? adviceDraft : null, workStarted: adviceDraft !== '', comments, ownDraft };
}

/** A new request, with the files already in the file store (their rows go in the same transaction). */
export async function createRequest(db: Db, actor: Actor, space: SpaceContext, input: NewRequestInput, documents: StoredFile[] = []) {
	const pair = findPair(space, input.pair);
	if (!pair) return fail('pair', 'advPairRequired');
	const side = sideIn(actor, pair);
	const kind = input.kind as RequestKind;
	if (side !== startedBy(kind)) return fail('kind', side === null ? 'advNotYourPair' : 'advWrongSide');
	if (kind === 'consent' && validateConsentParty(pair.tenantKind)) return fail('pair', 'advConsentNotForCommittee');
	if (input.calendarItemId) {
		const [item] = await db
			.select({ id: calendarItem.id })
			.from(calendarItem)
			.where(
				and(
					eq(calendarItem.id, input.calendarItemId),
					eq(calendarItem.spaceId, space.id),
					eq(calendarItem.corporationId, pair.corporationId),
					eq(calendarItem.tenantOrganisationId, pair.tenantOrganisationId)
				)
			);
		if (!item) return fail('calendarItemId', 'advItemNotInPair');
	}
	const row = {
		id: crypto.randomUUID(),
		spaceId: space.id,
		kind,
		corporationId: pair.corporationId,
		tenantOrganisationId: pair.tenantOrganisationId,
		topic: input.topic,
		title: input.title,
		body: input.body,
		documentsUrl: input.documentsUrl || null,
		receivedOn: input.receivedOn,
		periodDays: kind === 'advice' ? Number(input.periodDays) : null,
		// Unsolicited advice is the advice itself, given on the day it is sent.
		adviceText: kind === 'unsolicitedAdvice' ? input.body : null,
		adviceGivenOn: kind === 'unsolicitedAdvice' ? input.receivedOn : null,
		calendarItemId: input.calendarItemId || null,
		createdBy: actor.userId
	};
	await db.transaction(async (tx) => {
		await tx.insert(adviceRequest).values(row);
		await audit(tx, { spaceId: space.id, actor, action: 'create', entity: 'adviceRequest', entityId: row.id, after: row });
		const organisationId = side === 'corporation' ? pair.corporationId : pair.tenantOrganisationId;
		await insertDocuments(tx, actor, { spaceId: space.id, requestId: row.id, organisationId, part: 'request' }, documents);
	});
	return { ok: true as const, id: row.id };
}

async function loadForChange(db: Db, spaceId: string, id: string) {
	const [row] = await db.select().from(adviceRequest).where(and(eq(adviceRequest.spaceId, spaceId), eq(adviceRequest.id, id)));
	return row ?? null;
}

/** The tenant side works on its draft advice together; nobody else sees it. */
export async function saveDraft(db: Db, actor: Actor, spaceId: string, id: string, text: string) {
	const row = await loadForChange(db, spaceId, id);
	if (!row) return fail('text', 'advNotFound');
	if (sideIn(actor, row) !== 'tenant') return fail('text', 'advNotYourSide');
	if (row.kind !== 'advice' || row.adviceGivenOn) return fail('text', 'advAlreadySent');
	await db.transaction(async (tx) => {
		await tx.update(adviceRequest).set({ adviceDraft: text }).where(eq(adviceRequest.id, id));
		// Audited without the text: the draft stays the tenant side's own until sent.
		await audit(tx, { organisationId: row.tenantOrganisationId, actor, action: 'update', entity: 'adviceDraft', entityId: id });
	});
	return { ok: true as const };
}

export async function addComment(db: Db, actor: Actor, spaceId: string, id: string, body: string) {
	const row = await loadForChange(db, spaceId, id);
	if (!row) return fail('comment', 'advNotFound');
	if (sideIn(actor, row) !== 'tenant') return fail('comment', 'advNotYourSide');
	if (!body.trim()) return fail('comment', 'advTextRequired');
	await db.insert(adviceComment).values({
		id: crypto.randomUUID(),
		requestId: id,
		organisationId: row.tenantOrganisationId,
		authorName: actor.name,
		body: body.trim().slice(0, 5000)
	});
	return { ok: true as const };
}

/** The tenant side sends its advice: from then on the corporation sees it. */
export async function sendAdvice(db: Db, actor: Actor, spaceId: string, id: string, input: { text: string; on: IsoDate }) {
	const row = await loadForChange(db, spaceId, id);
	if (!row) return fail('text', 'advNotFound');
	if (sideIn(actor, row) !== 'tenant') return fail('text', 'advNotYourSide');
	if (row.kind !== 'advice') return fail('text', 'advWrongKind');
	if (row.adviceGivenOn) return fail('text', 'advAlreadySent');
	if (validateReplyAfterRequest(row.receivedOn, input.on)) return fail('on', 'advReplyBeforeRequest');
	return db.transaction(async (tx) => {
		const updated = await tx
			.update(adviceRequest)
			.set({ adviceText: input.text, adviceDraft: input.text, adviceGivenOn: input.on })
			.where(and(eq(adviceRequest.id, id), sql`${adviceRequest.adviceGivenOn} is null`))
			.returning({ id: adviceRequest.id });
		if (updated.length === 0) return fail('text', 'advAlreadySent');
		await audit(tx, { spaceId, actor, action: 'adviceSend', entity: 'advice', entityId: id, after: { adviceGivenOn: input.on } });
		return { ok: true as const };
	});
}

/**
 * The answer: the corporation answers advice (follows, in part, departs) and information
 * requests; the tenant organisation gives or refuses consent.
 */
export async function answerRequest(
	db: Db,
	actor: Actor,
	spaceId: string,
	id: string,
	input: { answerKind: string; text: string; on: IsoDate }
) {
	const row = await loadForChange(db, spaceId, id);
	if (!row) return fail('answerKind', 'advNotFound');
	if (row.answeredOn) return fail('answerKind', 'advAlreadyAnswered');
	const side = sideIn(actor, row);
	const kind = row.kind as RequestKind;
	const allowed: Record<RequestKind, { side: Side; kinds: string[] }> = {
		advice: { side: 'corporation', kinds: ['follows', 'followsInPart', 'departs'] },
		unsolicitedAdvice: { side: 'corporation', kinds: ['follows', 'followsInPart', 'departs'] },
		consent: { side: 'tenant', kinds: ['consent', 'refusal'] },
		information: { side: 'corporation', kinds: ['answered'] }
	};
	if (side !== allowed[kind].side) return fail('answerKind', 'advNotYourSide');
	if (!allowed[kind].kinds.includes(input.answerKind)) return fail('answerKind', 'advAnswerKindRequired');
	if (kind === 'consent') {
		const tenant = await db.select({ kind: organisation.kind }).from(organisation).where(eq(organisation.id, row.tenantOrganisationId));
		if (tenant[0]?.kind === 'residentsCommittee') return fail('answerKind', 'advConsentNotForCommittee');
	}
	if (kind === 'advice' || kind === 'unsolicitedAdvice') {
		const errors = validateAnswer({
			receivedOn: row.receivedOn,
			adviceGivenOn: row.adviceGivenOn ?? undefined,
			answer: { kind: input.answerKind as 'follows', answeredOn: input.on, reasons: input.text }
		});
		if (errors.includes('reasonsRequired')) return fail('text', 'advReasonsRequired');
		if (errors.includes('answerWithoutAdvice')) return fail('answerKind', 'advAnswerWithoutAdvice');
		if (errors.length) return fail('on', 'advReplyBeforeRequest');
	} else if (validateReplyAfterRequest(row.receivedOn, input.on)) {
		return fail('on', 'advReplyBeforeRequest');
	}
	return db.transaction(async (tx) => {
		const updated = await tx
			.update(adviceRequest)
			.set({ answerKind: input.answerKind, answerText: input.text || null, answeredOn: input.on })
			.where(and(eq(adviceRequest.id, id), sql`${adviceRequest.answeredOn} is null`))
			.returning({ id: adviceRequest.id });
		if (updated.length === 0) return fail('answerKind', 'advAlreadyAnswered');
		await audit(tx, { spaceId, actor, action: 'adviceAnswer', entity: 'adviceRequest', entityId: id, after: input });
		return { ok: true as const };
	});
}

export async function closeRequest(db: Db, actor: Actor, spaceId: string, id: string, on: IsoDate) {
	const row = await loadForChange(db, spaceId, id);
	if (!row) return fail('on', 'advNotFound');
	if (!sideIn(actor, row)) return fail('on', 'advNotYourPair');
	if (row.closedOn) return fail('on', 'advAlreadyClosed');
	if (validateReplyAfterRequest(row.receivedOn, on)) return fail('on', 'advReplyBeforeRequest');
	await db.transaction(async (tx) => {
		await tx.update(adviceRequest).set({ closedOn: on }).where(eq(adviceRequest.id, id));
		await audit(tx, { spaceId, actor, action: 'adviceClose', entity: 'adviceRequest', entityId: id, after: { closedOn: on } });
	});
	return { ok: true as const };
}

// ---------------------------------------------------------------------------
// Participation calendar
// ---------------------------------------------------------------------------

export type CalendarItemRow = typeof calendarItem.$inferSelect;

export async function listCalendarItems(db: Db, spaceId: string, year: number, pair?: Pair) {
	const conditions = [eq(calendarItem.spaceId, spaceId), eq(calendarItem.year, year)];
	if (pair) {
		conditions.push(eq(calendarItem.corporationId, pair.corporationId), eq(calendarItem.tenantOrganisationId, pair.tenantOrganisationId));
	}
	return db
		.select()
		.from(calendarItem)
		.where(and(...conditions))
		.orderBy(asc(sql`coalesce(${calendarItem.month}, ${calendarItem.quarter} * 3)`), asc(calendarItem.title));
}

/** Ids of calendar items that have a request linked to them. */
export async function linkedItemIds(db: Db, itemIds: string[]): Promise<Set<string>> {
	if (itemIds.length === 0) return new Set();
	const rows = await db
		.selectDistinct({ id: adviceRequest.calendarItemId })
		.from(adviceRequest)
		.where(inArray(adviceRequest.calendarItemId, itemIds));
	return new Set(rows.map((r) => r.id!));
}

export async function createCalendarItem(db: Db, actor: Actor, space: SpaceContext, input: CalendarItemInput) {
	const pair = findPair(space, input.pair);
	if (!pair) return fail('pair', 'advPairRequired');
	if (!sideIn(actor, pair)) return fail('pair', 'advNotYourPair');
	if (input.say === 'consent' && pair.tenantKind === 'residentsCommittee') return fail('say', 'advConsentNotForCommittee');
	const when = parseWhen(input.when)!;
	const row = {
		id: crypto.randomUUID(),
		spaceId: space.id,
		corporationId: pair.corporationId,
		tenantOrganisationId: pair.tenantOrganisationId,
		year: input.year,
		topic: input.topic,
		title: input.title,
		month: when.month,
		quarter: when.quarter,
		say: input.say,
		raisedBy: input.raisedBy,
		priority: input.priority,
		status: input.status,
		owner: input.owner
	};
	await db.transaction(async (tx) => {
		await tx.insert(calendarItem).values(row);
		await audit(tx, { spaceId: space.id, actor, action: 'create', entity: 'calendarItem', entityId: row.id, after: row });
	});
	return { ok: true as const, id: row.id };
}

export async function setItemStatus(db: Db, actor: Actor, spaceId: string, itemId: string, status: string) {
	const [item] = await db.select().from(calendarItem).where(and(eq(calendarItem.spaceId, spaceId), eq(calendarItem.id, itemId)));
	if (!item) return fail('status', 'advNotFound');
	if (!sideIn(actor, item)) return fail('status', 'advNotYourPair');
	if (!['planned', 'started', 'done', 'dropped'].includes(status)) return fail('status', 'advStatusRequired');
	await db.transaction(async (tx) => {
		await tx.update(calendarItem).set({ status }).where(eq(calendarItem.id, itemId));
		await audit(tx, { spaceId, actor, action: 'update', entity: 'calendarItem', entityId: itemId, before: { status: item.status }, after: { status } });
	});
	return { ok: true as const };
}

/**
 * Change an item's content (not its pair or year). The same checks as on creation; a change
 * after the calendar was agreed shows as a difference against the agreed version.
 */
export async function updateCalendarItem(db: Db, actor: Actor, space: SpaceContext, itemId: string, input: CalendarItemInput) {
	const [item] = await db.select().from(calendarItem).where(and(eq(calendarItem.spaceId, space.id), eq(calendarItem.id, itemId)));
	if (!item) return fail('title', 'advNotFound');
	if (!sideIn(actor, item)) return fail('title', 'advNotYourPair');
	const tenant = space.participants.find((p) => p.organisationId === item.tenantOrganisationId);
	if (input.say === 'consent' && tenant?.kind === 'residentsCommittee') return fail('say', 'advConsentNotForCommittee');
	const when = parseWhen(input.when);
	if (!when) return fail('when', 'advWhenFormat');
	if (when.year !== item.year) return fail('when', 'advWhenOutsideYear');
	const changes = {
		topic: input.topic,
		title: input.title,
		month: when.month,
		quarter: when.quarter,
		say: input.say,
		raisedBy: input.raisedBy,
		priority: input.priority,
		status: input.status,
		owner: input.owner
	};
	const before = Object.fromEntries(Object.keys(changes).map((k) => [k, item[k as keyof typeof changes]]));
	await db.transaction(async (tx) => {
		await tx.update(calendarItem).set(changes).where(eq(calendarItem.id, itemId));
		await audit(tx, { spaceId: space.id, actor, action: 'update', entity: 'calendarItem', entityId: itemId, before, after: changes });
	});
	return { ok: true as const };
}

/** Remove an item; requests linked to it stay, without the link. */
export async function removeCalendarItem(db: Db, actor: Actor, spaceId: string, itemId: string) {
	const [item] = await db.select().from(calendarItem).where(and(eq(calendarItem.spaceId, spaceId), eq(calendarItem.id, itemId)));
	if (!item) return fail('item', 'advNotFound');
	if (!sideIn(actor, item)) return fail('item', 'advNotYourPair');
	await db.transaction(async (tx) => {
		await tx.update(adviceRequest).set({ calendarItemId: null }).where(and(eq(adviceRequest.spaceId, spaceId), eq(adviceRequest.calendarItemId, itemId)));
		await tx.delete(calendarItem).where(eq(calendarItem.id, itemId));
		await audit(tx, { spaceId, actor, action: 'delete', entity: 'calendarItem', entityId: itemId, before: item });
	});
	return { ok: true as const, year: item.year };
}

export async function getCalendarItem(db: Db, spaceId: string, itemId: string) {
	const [item] = await db.select().from(calendarItem).where(and(eq(calendarItem.spaceId, spaceId), eq(calendarItem.id, itemId)));
	return item ?? null;
}

export async function listVersions(db: Db, spaceId: string, pair: Pair, year: number) {
	return db
		.select()
		.from(calendarVersion)
		.where(
			and(
				eq(calendarVersion.spaceId, spaceId),
				eq(calendarVersion.corporationId, pair.corporationId),
				eq(calendarVersion.tenantOrganisationId, pair.tenantOrganisationId),
				eq(calendarVersion.year, year)
			)
		)
		.orderBy(desc(calendarVersion.number));
}

/**
 * One side approves the calendar as it is now. An open version with the same content gets
 * this side's approval; otherwise a new version is made. Both approvals lock it as agreed.
 */
export async function approveCalendar(db: Db, actor: Actor, space: SpaceContext, pairKey: string, year: number, now = new Date()) {
	const pair = findPair(space, pairKey);
	if (!pair) return fail('pair', 'advPairRequired');
	const side = sideIn(actor, pair);
	if (!side) return fail('pair', 'advNotYourPair');
	return db.transaction(async (tx) => {
		const items = snapshot((await listCalendarItems(tx as unknown as Db, space.id, year, pair)) as ItemContent[]);
		if (items.length === 0) return fail('pair', 'advNoItems');
		const versions = await listVersions(tx as unknown as Db, space.id, pair, year);
		const latest = versions[0];
		const same = latest && !hasChanges(diffItems(latest.items as ItemContent[], items));
		if (same && latest.lockedAt) return fail('pair', 'advAlreadyLocked');
		const base = same ? latest : null;
		const state = approve(
			{ corporationApprovedAt: base?.corporationApprovedAt ?? null, tenantApprovedAt: base?.tenantApprovedAt ?? null, lockedAt: null },
			side,
			now
		);
		if (typeof state === 'string') return fail('pair', state);
		const by = side === 'corporation' ? { corporationApprovedBy: actor.name } : { tenantApprovedBy: actor.name };
		let id: string;
		if (base) {
			id = base.id;
			await tx.update(calendarVersion).set({ ...state, ...by }).where(eq(calendarVersion.id, base.id));
		} else {
			id = crypto.randomUUID();
			await tx.insert(calendarVersion).values({
				id,
				spaceId: space.id,
				corporationId: pair.corporationId,
				tenantOrganisationId: pair.tenantOrganisationId,
				year,
				number: (latest?.number ?? 0) + 1,
				items,
				...state,
				...by
			});
		}
		await audit(tx, { spaceId: space.id, actor, action: 'calendarApprove', entity: 'calendarVersion', entityId: id, after: { side, locked: !!state.lockedAt } });
		return { ok: true as const, locked: !!state.lockedAt };
	});
}

/** A new secret link for the space's iCalendar feed; the old one stops working. */
export async function renewFeed(db: Db, actor: Actor, spaceId: string): Promise<string> {
	const token = newToken();
	await db.transaction(async (tx) => {
		await tx
			.insert(calendarFeed)
			.values({ spaceId, tokenHash: sha256(token) })
			.onConflictDoUpdate({ target: calendarFeed.spaceId, set: { tokenHash: sha256(token), createdAt: new Date() } });
		await audit(tx, { spaceId, actor, action: 'feedRenew', entity: 'calendarFeed', entityId: spaceId });
	});
	return token;
}

export async function hasFeed(db: Db, spaceId: string): Promise<boolean> {
	const rows = await db.select({ s: calendarFeed.spaceId }).from(calendarFeed).where(eq(calendarFeed.spaceId, spaceId));
	return rows.length > 0;
}

export async function spaceIdByFeedToken(db: Db, token: string): Promise<string | null> {
	const [row] = await db.select({ spaceId: calendarFeed.spaceId }).from(calendarFeed).where(eq(calendarFeed.tokenHash, sha256(token)));
	return row?.spaceId ?? null;
}

export async function allCalendarItems(db: Db, spaceId: string) {
	return db.select().from(calendarItem).where(eq(calendarItem.spaceId, spaceId)).orderBy(asc(calendarItem.year));
}

/** The calendar of a year as rows for the DOCX and XLSX exports: parties, linked requests, late or not. */
export async function calendarExportRows(db: Db, space: SpaceContext, year: number, today: IsoDate) {
	const items = await listCalendarItems(db, space.id, year);
	const ids = items.map((i) => i.id);
	const [linked, requests] = await Promise.all([
		linkedItemIds(db, ids),
		ids.length
			? db.select({ title: adviceRequest.title, itemId: adviceRequest.calendarItemId }).from(adviceRequest).where(inArray(adviceRequest.calendarItemId, ids))
			: Promise.resolve([])
	]);
	const names = new Map(space.participants.map((p) => [p.organisationId, p.name]));
	return items.map((i) => ({
		...i,
		parties: `${names.get(i.corporationId) ?? ''} – ${names.get(i.tenantOrganisationId) ?? ''}`,
		requestTitles: requests.filter((r) => r.itemId === i.id).map((r) => r.title).join('; '),
		late: isLate(i, linked.has(i.id), today)
	}));
}

// --- cached overviews ------------------------------------------------------------------
// The request list and the calendar are read far more often than written. What they read is
// kept under the space's data stamp for advice (moved by triggers on every write), so a cached
// overview is never stale, also with several app processes. Callers treat it as read-only.

export interface RequestPage {
	rows: Awaited<ReturnType<typeof listRequests>>;
	total: number;
	/** Calendar items of this year and the next, which a new request can be linked to. */
	items: Awaited<ReturnType<typeof listCalendarItems>>;
}
const requestPages = new StampedCache<RequestPage>(200);

export async function requestPage(db: Db, spaceId: string, page: number, pageSize: number, year: number): Promise<RequestPage> {
	const stamp = await readStamp(db, spaceId, 'advice');
	return requestPages.through(`${spaceId}:${page}:${pageSize}:${year}`, stamp, async () => {
		const [rows, total, thisYear, nextYear] = await Promise.all([
			listRequests(db, spaceId, { limit: pageSize, offset: (page - 1) * pageSize }),
			countRequests(db, spaceId),
			listCalendarItems(db, spaceId, year),
			listCalendarItems(db, spaceId, year + 1)
		]);
		return { rows, total, items: [...thisYear, ...nextYear] };
	});
}

export interface CalendarOverview {
	items: Awaited<ReturnType<typeof listCalendarItems>>;
	linked: Set<string>;
	requests: { id: string; title: string; itemId: string | null }[];
	/** Versions per pair key, newest first, for every pair in view. */
	versions: Map<string, Awaited<ReturnType<typeof listVersions>>>;
	feedExists: boolean;
}
const calendarOverviews = new StampedCache<CalendarOverview>(200);

export async function calendarOverview(db: Db, space: SpaceContext, year: number, pair: Pair | null): Promise<CalendarOverview> {
	const stamp = await readStamp(db, space.id, 'advice');
	const pairs = pairsOf(space);
	const key = `${space.id}:${year}:${pair?.key ?? ''}:${pairs.map((p) => p.key).join(',')}`;
	return calendarOverviews.through(key, stamp, async () => {
		const items = await listCalendarItems(db, space.id, year, pair ?? undefined);
		const ids = items.map((i) => i.id);
		// Every pair in view: one whose items were all removed after an agreement still shows that change.
		const active = pair ? [pair] : pairs;
		const [linked, requests, versionLists, feedExists] = await Promise.all([
			linkedItemIds(db, ids),
			ids.length
				? db
						.select({ id: adviceRequest.id, title: adviceRequest.title, itemId: adviceRequest.calendarItemId })
						.from(adviceRequest)
						.where(inArray(adviceRequest.calendarItemId, ids))
				: Promise.resolve([]),
			Promise.all(active.map((p) => listVersions(db, space.id, p, year))),
			hasFeed(db, space.id)
		]);
		return { items, linked, requests, versions: new Map(active.map((p, i) => [p.key, versionLists[i]])), feedExists };
	});
}

export type RequestWithStatus = { row: Awaited<ReturnType<typeof listRequests>>[number]; status: ReturnType<typeof requestStatus> };
const statusLists = new StampedCache<RequestWithStatus[]>(200);

/** The space's newest requests (at most 500) with their status today, for the dashboard. */
export async function requestsWithStatus(db: Db, spaceId: string, today: IsoDate): Promise<RequestWithStatus[]> {
	const stamp = await readStamp(db, spaceId, 'advice');
	return statusLists.through(`${spaceId}:${today}`, stamp, async () =>
		(await listRequests(db, spaceId, { limit: 500 })).map((row) => ({ row, status: requestStatus(row, today) }))
	);
}
