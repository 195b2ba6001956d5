// Database reads and writes for workshop programmes, sessions, activities, participants and
// answers. Every change runs in one transaction and bumps the session version; the caller then
// publishes { sessionId, version, phase } on the live hub (live.ts).
import crypto from 'node:crypto';
import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db';
import { lvArea, lvPin, organisation, space, wsActivity, wsAnswer, wsParticipant, wsProgramme, wsSession, wsSessionSpace } from '../db/schema';
import { audit } from '../audit';
import type { Actor } from '../auth/access';
import { newToken, sha256 } from '../organisations/store';
import { codeCandidates, cryptoRandom } from '../panel/letterCodes';
import { aggregateChips, chipsConfigSchema, validateDistribution, type ChipsConfig, type ChipsResult } from './chips';
import { estimateQuestionSchema, guessSpread, parseGuess, type EstimateQuestion, type GuessSpread } from './estimates';
import { aggregatePoll, pollSchema, validatePollAnswer, type Poll, type PollResult } from './polls';
import { aggregatePins, pinsConfigSchema, storedCategory, validatePin, type AreaChoice, type PinRecord, type PinsConfig, type PinsResult } from './pins';
import {
	canJoin,
	canSubmit,
	generateJoinCode,
	normaliseJoinCode,
	participantRoles,
	participantSchema,
	resolveJoinCode,
	transition,
	type ActivityAction,
	type ActivityKind,
	type ActivityState,
	type SessionState
} from './session';
import { compareEstimates, comparePins, compareThemePriorities, type EstimateComparisonRow, type PinsComparison, type ThemeComparison } from './compare';
import type { LiveMessage } from './live';

export type Failure = { ok: false; field: string; error: string };
const fail = (field: string, error: string): Failure => ({ ok: false, field, error });

/** Tables a participant can pick (the room rarely has more). */
export const TABLES = Array.from({ length: 12 }, (_, i) => String(i + 1));

// --- Programmes ----------------------------------------------------------------------------------

export interface ProgrammeRow {
	id: string;
	organisationId: string;
	organisationName: string;
	title: string;
	description: string;
	sessions: number;
}

export async function listProgrammes(db: Db, organisationIds: string[]): Promise<ProgrammeRow[]> {
	if (!organisationIds.length) return [];
	const rows = await db
		.select({
			id: wsProgramme.id,
			organisationId: wsProgramme.organisationId,
			organisationName: organisation.name,
			title: wsProgramme.title,
			description: wsProgramme.description,
			sessions: sql<number>`(select count(*)::int from ws_session s where s.programme_id = ws_programme.id)`
		})
		.from(wsProgramme)
		.innerJoin(organisation, eq(organisation.id, wsProgramme.organisationId))
		.where(inArray(wsProgramme.organisationId, organisationIds))
		.orderBy(asc(wsProgramme.title));
	return rows;
}

export async function getProgramme(db: Db, id: string): Promise<ProgrammeRow | null> {
	const [row] = await db
		.select({
			id: wsProgramme.id,
			organisationId: wsProgramme.organisationId,
			organisationName: organisation.name,
			title: wsProgramme.title,
			description: wsProgramme.description,
			sessions: sql<number>`(select count(*)::int from ws_session s where s.programme_id = ws_programme.id)`
		})
		.from(wsProgramme)
		.innerJoin(organisation, eq(organisation.id, wsProgramme.organisationId))
		.where(eq(wsProgramme.id, id));
	return row ?? null;
}

const clean = (v: unknown) => (typeof v === 'string' ? v.normalize('NFC').replace(/\s+/g, ' ').trim() : '');

export async function createProgramme(
	db: Db,
	actor: Actor,
	input: { organisationId: string; title: string; description?: string }
): Promise<{ ok: true; id: string } | Failure> {
	const title = clean(input.title);
	if (title.length < 3) return fail('title', 'titleTooShort');
	if (title.length > 120) return fail('title', 'titleTooLong');
	if (/[<>]/.test(title)) return fail('title', 'markup');
	const may = actor.platformAdmin || actor.memberships.some((m) => m.organisationId === input.organisationId && m.role !== 'viewer');
	if (!may) return fail('organisationId', 'organisationNotYours');
	const id = crypto.randomUUID();
	await db.transaction(async (tx) => {
		await tx.insert(wsProgramme).values({ id, organisationId: input.organisationId, title, description: clean(input.description).slice(0, 1000), createdBy: actor.userId });
		await audit(tx, { organisationId: input.organisationId, actor, action: 'create', entity: 'wsProgramme', entityId: id, after: { title } });
	});
	return { ok: true, id };
}

// --- Sessions ------------------------------------------------------------------------------------

export interface SessionSpace {
	id: string;
	slug: string;
	name: string;
}

export interface SessionRow {
	id: string;
	programmeId: string;
	title: string;
	date: string;
	place: string;
	joinCode: string;
	state: SessionState;
	locked: boolean;
	currentActivityId: string | null;
	version: number;
	phase: number;
	spaces: SessionSpace[];
	participants: number;
}

async function spacesOf(db: Db | Tx, sessionIds: string[]): Promise<Map<string, SessionSpace[]>> {
	const out = new Map<string, SessionSpace[]>();
	if (!sessionIds.length) return out;
	const rows = await db
		.select({ sessionId: wsSessionSpace.sessionId, id: space.id, slug: space.slug, name: space.name })
		.from(wsSessionSpace)
		.innerJoin(space, eq(space.id, wsSessionSpace.spaceId))
		.where(inArray(wsSessionSpace.sessionId, sessionIds))
		.orderBy(asc(space.name));
	for (const r of rows) out.set(r.sessionId, [...(out.get(r.sessionId) ?? []), { id: r.id, slug: r.slug, name: r.name }]);
	return out;
}

const sessionColumns = {
	id: wsSession.id,
	programmeId: wsSession.programmeId,
	title: wsSession.title,
	date: wsSession.date,
	place: wsSession.place,
	joinCode: wsSession.joinCode,
	state: wsSession.state,
	locked: wsSession.locked,
	currentActivityId: wsSession.currentActivityId,
	version: wsSession.version,
	phase: wsSession.phase,
	participants: sql<number>`(select count(*)::int from ws_participant p where p.session_id = ws_session.id)`
};

export async function listSessions(db: Db, programmeId: string): Promise<SessionRow[]> {
	const rows = await db.select(sessionColumns).from(wsSession).where(eq(wsSession.programmeId, programmeId)).orderBy(asc(wsSession.date), asc(wsSession.title));
	const spaces = await spacesOf(db, rows.map((r) => r.id));
	return rows.map((r) => ({ ...r, spaces: spaces.get(r.id) ?? [] }));
}

/** Sessions held for a space (any programme), newest first. */
export async function listSessionsForSpace(db: Db, spaceId: string) {
	return db
		.select({ id: wsSession.id, programmeId: wsSession.programmeId, programmeTitle: wsProgramme.title, title: wsSession.title, date: wsSession.date, state: wsSession.state })
		.from(wsSessionSpace)
		.innerJoin(wsSession, eq(wsSession.id, wsSessionSpace.sessionId))
		.innerJoin(wsProgramme, eq(wsProgramme.id, wsSession.programmeId))
		.where(eq(wsSessionSpace.spaceId, spaceId))
		.orderBy(sql`${wsSession.date} desc`);
}

export async function getSession(db: Db, id: string): Promise<SessionRow | null> {
	const [row] = await db.select(sessionColumns).from(wsSession).where(eq(wsSession.id, id));
	if (!row) return null;
	return { ...row, spaces: (await spacesOf(db, [id])).get(id) ?? [] };
}

export async function getSessionByCode(db: Db, code: string): Promise<SessionRow | null> {
	const [row] = await db.select({ id: wsSession.id }).from(wsSession).where(eq(wsSession.joinCode, code));
	return row ? getSession(db, row.id) : null;
}

/** Resolves a typed code (look-alikes tolerated) against the codes of all sessions. */
export async function findSessionCode(db: Db, input: string): Promise<{ ok: true; code: string } | { ok: false; error: string }> {
	const n = normaliseJoinCode(input);
	if (!n.ok) return n;
	const candidates = codeCandidates(n.code) ?? [];
	const rows = candidates.length ? await db.select({ code: wsSession.joinCode }).from(wsSession).where(inArray(wsSession.joinCode, candidates)) : [];
	return resolveJoinCode(input, new Set(rows.map((r) => r.code)));
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export async function createSession(
	db: Db,
	actor: Actor,
	programme: ProgrammeRow,
	input: { title: string; date: string; place?: string; spaceIds: string[] }
): Promise<{ ok: true; id: string; joinCode: string } | Failure> {
	const title = clean(input.title);
	if (title.length < 3) return fail('title', 'titleTooShort');
	if (title.length > 120) return fail('title', 'titleTooLong');
	if (/[<>]/.test(title) || /[<>]/.test(input.place ?? '')) return fail('title', 'markup');
	if (!isoDate.test(input.date ?? '') || Number.isNaN(Date.parse(input.date))) return fail('date', 'dateInvalid');
	const spaceIds = [...new Set(input.spaceIds.filter(Boolean))];
	if (!spaceIds.length) return fail('spaceIds', 'spaceRequired');
	const known = await db.select({ id: space.id }).from(space).where(inArray(space.id, spaceIds));
	if (known.length !== spaceIds.length) return fail('spaceIds', 'spaceUnknown');
	const id = crypto.randomUUID();
	const used = new Set((await db.select({ code: wsSession.joinCode }).from(wsSession)).map((r) => r.code));
	const joinCode = generateJoinCode(cryptoRandom, used);
	await db.transaction(async (tx) => {
		await tx.insert(wsSession).values({ id, programmeId: programme.id, title, date: input.date, place: clean(input.place).slice(0, 120), joinCode });
		await tx.insert(wsSessionSpace).values(spaceIds.map((spaceId) => ({ sessionId: id, spaceId })));
		await audit(tx, { organisationId: programme.organisationId, actor, action: 'create', entity: 'wsSession', entityId: id, after: { title, date: input.date, spaceIds } });
	});
	return { ok: true, id, joinCode };
}

async function bump(tx: Tx, sessionId: string, phase: boolean): Promise<LiveMessage> {
	const [row] = await tx
		.update(wsSession)
		.set({ version: sql`${wsSession.version} + 1`, ...(phase ? { phase: sql`${wsSession.phase} + 1` } : {}) })
		.where(eq(wsSession.id, sessionId))
		.returning({ version: wsSession.version, phase: wsSession.phase });
	return { sessionId, version: row.version, phase: row.phase };
}

export type SessionAction = 'open' | 'close' | 'lock' | 'unlock' | 'next';

/** Session life cycle: planned → open → closed (reopen allowed); lock stops new joins; next opens the next activity. */
export async function sessionAction(db: Db, actor: Actor, sessionId: string, action: SessionAction): Promise<{ ok: true; live: LiveMessage } | Failure> {
	return db.transaction(async (tx) => {
		const [s] = await tx.select().from(wsSession).where(eq(wsSession.id, sessionId)).for('update');
		if (!s) return fail('session', 'sessionUnknown');
		if (action === 'open') {
			if (s.state === 'open') return fail('session', 'transitionNotAllowed');
			await tx.update(wsSession).set({ state: 'open' }).where(eq(wsSession.id, sessionId));
		} else if (action === 'close') {
			if (s.state !== 'open') return fail('session', 'transitionNotAllowed');
			await tx.update(wsSession).set({ state: 'closed' }).where(eq(wsSession.id, sessionId));
			// Closing the session closes whatever activity was still open.
			await tx.update(wsActivity).set({ state: 'closed' }).where(and(eq(wsActivity.sessionId, sessionId), eq(wsActivity.state, 'open')));
		} else if (action === 'lock' || action === 'unlock') {
			if (s.locked === (action === 'lock')) return fail('session', 'transitionNotAllowed');
			await tx.update(wsSession).set({ locked: action === 'lock' }).where(eq(wsSession.id, sessionId));
		} else if (action === 'next') {
			if (s.state !== 'open') return fail('session', 'sessionNotOpen');
			const acts = await tx.select().from(wsActivity).where(eq(wsActivity.sessionId, sessionId)).orderBy(asc(wsActivity.position));
			const at = acts.findIndex((a) => a.id === s.currentActivityId);
			const next = acts.slice(at + 1).find((a) => !a.locked);
			if (!next) return fail('session', 'noNextActivity');
			if (at >= 0 && acts[at].state === 'open') await tx.update(wsActivity).set({ state: 'closed' }).where(eq(wsActivity.id, acts[at].id));
			if (next.state === 'draft' || next.state === 'closed') await tx.update(wsActivity).set({ state: 'open' }).where(eq(wsActivity.id, next.id));
			await tx.update(wsSession).set({ currentActivityId: next.id }).where(eq(wsSession.id, sessionId));
		}
		await audit(tx, { actor, action: 'update', entity: 'wsSession', entityId: sessionId, after: { action } });
		return { ok: true as const, live: await bump(tx, sessionId, true) };
	});
}

// --- Activities ----------------------------------------------------------------------------------

export type ActivityConfig = ChipsConfig | EstimateQuestion | Poll | PinsConfig;

export interface ActivityRow {
	id: string;
	sessionId: string;
	position: number;
	kind: ActivityKind;
	config: ActivityConfig;
	state: ActivityState;
	locked: boolean;
}

export async function listActivities(db: Db | Tx, sessionId: string): Promise<ActivityRow[]> {
	const rows = await db.select().from(wsActivity).where(eq(wsActivity.sessionId, sessionId)).orderBy(asc(wsActivity.position));
	return rows.map((r) => ({ id: r.id, sessionId: r.sessionId, position: r.position, kind: r.kind, config: r.config as ActivityConfig, state: r.state, locked: r.locked }));
}

/** Validates the configuration with the pure rules' schema; the first issue is the error. */
export function parseActivityConfig(kind: ActivityKind, raw: unknown): { ok: true; config: ActivityConfig } | Failure {
	const schema = kind === 'chips' ? chipsConfigSchema : kind === 'estimate' ? estimateQuestionSchema : kind === 'pins' ? pinsConfigSchema : pollSchema;
	const r = schema.safeParse(raw);
	if (r.success) return { ok: true, config: r.data as ActivityConfig };
	const issue = r.error.issues[0];
	return fail(issue.path.join('.') || 'config', issue.message);
}

export async function addActivity(db: Db, actor: Actor, sessionId: string, kind: ActivityKind, raw: unknown): Promise<{ ok: true; id: string; live: LiveMessage } | Failure> {
	const id = crypto.randomUUID();
	const parsed = parseActivityConfig(kind, kind === 'chips' || kind === 'pins' ? raw : { ...(raw as object), id });
	if (!parsed.ok) return parsed;
	return db.transaction(async (tx) => {
		const [{ max }] = await tx.select({ max: sql<number>`coalesce(max(${wsActivity.position}), 0)::int` }).from(wsActivity).where(eq(wsActivity.sessionId, sessionId));
		await tx.insert(wsActivity).values({ id, sessionId, position: max + 1, kind, config: parsed.config });
		await audit(tx, { actor, action: 'create', entity: 'wsActivity', entityId: id, after: { kind, config: parsed.config } });
		return { ok: true as const, id, live: await bump(tx, sessionId, true) };
	});
}

/** Open, close, reveal, reset (clears the answers), lock, unlock: the rules in session.ts decide. */
export async function activityAction(db: Db, actor: Actor, sessionId: string, activityId: string, action: ActivityAction): Promise<{ ok: true; live: LiveMessage } | Failure> {
	return db.transaction(async (tx) => {
		// Lock order everywhere: the session row first, then activities (as sessionAction and
		// submitPin do), so a facilitator's click and a participant's submit cannot deadlock.
		await tx.select({ id: wsSession.id }).from(wsSession).where(eq(wsSession.id, sessionId)).for('update');
		const [a] = await tx.select().from(wsActivity).where(and(eq(wsActivity.id, activityId), eq(wsActivity.sessionId, sessionId))).for('update');
		if (!a) return fail('activity', 'activityUnknown');
		const config = a.config as ActivityConfig;
		const t = transition({ kind: a.kind, state: a.state, locked: a.locked, hasTrueValue: a.kind === 'estimate' && (config as EstimateQuestion).trueValue !== null }, action);
		if (!t.ok) return fail('activity', t.error);
		if (t.clearsAnswers) {
			await tx.delete(wsAnswer).where(eq(wsAnswer.activityId, activityId));
			// Pins live in the liveability table; a reset removes this activity's pins with the rest.
			if (a.kind === 'pins') await tx.delete(lvPin).where(eq(lvPin.wsActivityId, activityId));
		}
		await tx.update(wsActivity).set({ state: t.next.state, locked: t.next.locked }).where(eq(wsActivity.id, activityId));
		if (action === 'open') {
			// One activity open at a time: the phones show the current one.
			await tx.update(wsActivity).set({ state: 'closed' }).where(and(eq(wsActivity.sessionId, sessionId), eq(wsActivity.state, 'open'), sql`${wsActivity.id} <> ${activityId}`));
			await tx.update(wsSession).set({ currentActivityId: activityId }).where(eq(wsSession.id, sessionId));
		}
		if (action === 'reveal') await tx.update(wsSession).set({ currentActivityId: activityId }).where(eq(wsSession.id, sessionId));
		await audit(tx, { actor, action: 'update', entity: 'wsActivity', entityId: activityId, before: { state: a.state, locked: a.locked }, after: { action, state: t.next.state, locked: t.next.locked } });
		return { ok: true as const, live: await bump(tx, sessionId, true) };
	});
}

// --- Participants ----------------------------------------------------------------------------------

export interface ParticipantRow {
	id: string;
	sessionId: string;
	tableId: string;
	role: string;
	displayName: string;
}

export async function participantFor(db: Db, sessionId: string, token: string | undefined | null): Promise<ParticipantRow | null> {
	if (!token) return null;
	const [p] = await db
		.select({ id: wsParticipant.id, sessionId: wsParticipant.sessionId, tableId: wsParticipant.tableId, role: wsParticipant.role, displayName: wsParticipant.displayName })
		.from(wsParticipant)
		.where(and(eq(wsParticipant.tokenHash, sha256(token)), eq(wsParticipant.sessionId, sessionId)));
	return p ?? null;
}

/**
 * Joins a session, or changes table/role/name for a phone that already joined (same cookie token:
 * same participant, so nothing is counted twice).
 */
export async function joinSession(
	db: Db,
	session: SessionRow,
	input: { tableId: unknown; role: unknown; displayName: unknown },
	token: string | null
): Promise<{ ok: true; token: string; participantId: string; live: LiveMessage } | Failure> {
	const existing = await participantFor(db, session.id, token);
	if (!existing) {
		const j = canJoin(session);
		if (!j.ok) return fail('code', j.error);
	} else if (session.state !== 'open') return fail('code', session.state === 'closed' ? 'sessionClosed' : 'sessionNotOpen');
	const tableId = typeof input.tableId === 'string' ? input.tableId : '';
	if (!TABLES.includes(tableId)) return fail('tableId', 'tableRequired');
	if (typeof input.role !== 'string' || !(participantRoles as readonly string[]).includes(input.role)) return fail('role', 'roleRequired');
	const p = participantSchema.safeParse({ displayName: typeof input.displayName === 'string' ? input.displayName : '', role: input.role });
	if (!p.success) return fail('displayName', p.error.issues[0].message);
	return db.transaction(async (tx) => {
		let id = existing?.id;
		let newTokenValue = token!;
		if (existing) {
			await tx.update(wsParticipant).set({ tableId, role: p.data.role, displayName: p.data.displayName }).where(eq(wsParticipant.id, existing.id));
		} else {
			id = crypto.randomUUID();
			newTokenValue = newToken(24);
			await tx.insert(wsParticipant).values({ id, sessionId: session.id, tokenHash: sha256(newTokenValue), tableId, role: p.data.role, displayName: p.data.displayName });
		}
		return { ok: true as const, token: newTokenValue, participantId: id!, live: await bump(tx, session.id, false) };
	});
}

// --- Answers ---------------------------------------------------------------------------------------

export type SubmitResult =
	| { ok: true; version: number; live: LiveMessage; implausible?: boolean; remainder?: number; pin?: { id: string; areaCode: string; placed: number; left: number } }
	| { ok: false; field: string; error: string; errors?: { theme: string | null; code: string }[] };

/** Stores a participant's answer; a second submit replaces the first (one row per participant and activity). */
export async function submitAnswer(db: Db, participant: ParticipantRow, activityId: string, raw: unknown): Promise<SubmitResult> {
	const [row] = await db
		.select({ a: wsActivity, sState: wsSession.state, sLocked: wsSession.locked })
		.from(wsActivity)
		.innerJoin(wsSession, eq(wsSession.id, wsActivity.sessionId))
		.where(and(eq(wsActivity.id, activityId), eq(wsActivity.sessionId, participant.sessionId)));
	if (!row) return fail('activity', 'activityUnknown');
	const { a } = row;
	const may = canSubmit({ state: row.sState, locked: row.sLocked }, { kind: a.kind, state: a.state, locked: a.locked });
	if (!may.ok) return fail('activity', may.error);
	if (a.kind === 'pins') return submitPin(db, participant, activityId, raw);
	let value: unknown;
	let extra: { implausible?: boolean; remainder?: number } = {};
	if (a.kind === 'chips') {
		const v = validateDistribution(a.config as ChipsConfig, (raw ?? {}) as Record<string, unknown>);
		if (!v.ok) return { ok: false, field: v.errors[0].theme ?? 'chips', error: v.errors[0].code, errors: v.errors };
		value = v.cleaned;
		extra = { remainder: v.remainder };
	} else if (a.kind === 'estimate') {
		const q = a.config as EstimateQuestion;
		const g = parseGuess(typeof raw === 'string' || typeof raw === 'number' ? raw : '', q.unit);
		if (!g.ok) return fail('guess', g.error);
		value = g.value;
		extra = { implausible: g.implausible };
	} else {
		const v = validatePollAnswer(a.config as Poll, raw);
		if (!v.ok) return fail('answer', v.error);
		value = v.value;
	}
	// One statement: bump the session version (row lock, so versions commit in order) and upsert
	// the answer with it. The lock is held for this statement only, not for several round trips.
	const result = await db.execute<{ version: number; phase: number }>(sql`
		with v as (
			update ws_session set version = version + 1 where id = ${participant.sessionId} returning version, phase
		), a as (
			insert into ws_answer (activity_id, participant_id, table_id, value, sequence)
			select ${activityId}, ${participant.id}, ${participant.tableId}, ${JSON.stringify(value)}::jsonb, v.version from v
			on conflict (activity_id, participant_id) do update
				set value = excluded.value, table_id = excluded.table_id, sequence = excluded.sequence, updated_at = now()
			returning sequence
		)
		select a.sequence as version, v.phase from a, v`);
	const written = (result as unknown as { rows: { version: number; phase: number }[] }).rows[0];
	const live = { sessionId: participant.sessionId, version: Number(written.version), phase: Number(written.phase) };
	return { ok: true as const, version: live.version, live, ...extra };
}

// --- Pins ----------------------------------------------------------------------------------------

export interface PinAreas {
	choices: AreaChoice[];
	/** Municipalities of the session without imported wijken/buurten (offered as a whole) or without a CBS code (not offered). */
	missing: { spaceId: string; name: string; reason: 'noAreas' | 'noCode' }[];
}

/**
 * The areas a participant can pin: the imported wijken and buurten of the session's
 * municipalities; a municipality without any is offered as a whole (the spot is then described
 * in words), and one without a CBS code cannot take pins.
 */
export async function pinAreaChoices(db: Db | Tx, spaces: readonly SessionSpace[]): Promise<PinAreas> {
	if (!spaces.length) return { choices: [], missing: [] };
	const codes = await db
		.select({ spaceId: space.id, code: organisation.cbsCode })
		.from(space)
		.innerJoin(organisation, eq(organisation.id, space.municipalityId))
		.where(inArray(space.id, spaces.map((x) => x.id)));
	const codeOf = new Map(codes.map((c) => [c.spaceId, c.code]));
	const municipalityCodes = codes.map((c) => c.code).filter((c): c is string => !!c);
	const areas = municipalityCodes.length
		? await db
				.select({ code: lvArea.code, name: lvArea.name, level: lvArea.level, municipalityCode: lvArea.municipalityCode })
				.from(lvArea)
				.where(and(inArray(lvArea.municipalityCode, municipalityCodes), inArray(lvArea.level, ['wijk', 'buurt'])))
				.orderBy(asc(lvArea.code))
		: [];
	const choices: AreaChoice[] = [];
	const missing: PinAreas['missing'] = [];
	for (const sp of spaces) {
		const code = codeOf.get(sp.id);
		if (!code) {
			missing.push({ spaceId: sp.id, name: sp.name, reason: 'noCode' });
			continue;
		}
		const own = areas.filter((a) => a.municipalityCode === code);
		if (!own.length) {
			missing.push({ spaceId: sp.id, name: sp.name, reason: 'noAreas' });
			choices.push({ code, name: sp.name, level: 'gemeente', municipalityCode: code, spaceId: sp.id, fallback: true });
		} else for (const a of own) choices.push({ code: a.code, name: a.name ?? a.code, level: a.level, municipalityCode: code, spaceId: sp.id, fallback: false });
	}
	return { choices, missing };
}

/** Thrown inside a transaction to roll it back with a refusal (nothing half-stored). */
class Refused extends Error {
	constructor(readonly failure: Failure) {
		super(failure.error);
	}
}

/**
 * Places one pin as a liveability pin of the area's space, linked to the activity and the
 * participant. One transaction that starts by bumping the session version: that row lock
 * serialises this session's pin submits (two quick submits cannot both pass the limit) and
 * orders them with the facilitator's actions, which lock the session row first too (a reset
 * or close cannot slip between the check and the insert). A refusal rolls everything back.
 * Area lookups run before, outside the lock.
 */
async function submitPin(db: Db, participant: ParticipantRow, activityId: string, raw: unknown): Promise<SubmitResult> {
	const [session] = await db.select({ title: wsSession.title }).from(wsSession).where(eq(wsSession.id, participant.sessionId));
	const spaces = (await spacesOf(db, [participant.sessionId])).get(participant.sessionId) ?? [];
	const { choices } = await pinAreaChoices(db, spaces);
	const input = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
	const code = typeof input.areaCode === 'string' ? input.areaCode.trim().toUpperCase() : '';
	let known: { municipalityCode: string } | null = null;
	if (code && !choices.some((c) => c.code === code)) [known = null] = await db.select({ municipalityCode: lvArea.municipalityCode }).from(lvArea).where(eq(lvArea.code, code));
	try {
		return await db.transaction(async (tx) => {
			const live = await bump(tx, participant.sessionId, false);
			const [act] = await tx.select({ state: wsActivity.state, locked: wsActivity.locked, config: wsActivity.config }).from(wsActivity).where(eq(wsActivity.id, activityId));
			if (!act) throw new Refused(fail('activity', 'activityUnknown'));
			if (act.locked) throw new Refused(fail('activity', 'activityLocked'));
			if (act.state !== 'open') throw new Refused(fail('activity', 'activityNotOpen'));
			const config = act.config as PinsConfig;
			const [{ placed }] = await tx
				.select({ placed: sql<number>`count(*)::int` })
				.from(lvPin)
				.where(and(eq(lvPin.wsActivityId, activityId), eq(lvPin.wsParticipantId, participant.id)));
			const v = validatePin(config, raw, { choices, known, placed });
			if (!v.ok) throw new Refused(fail(v.field, v.error));
			const id = crypto.randomUUID();
			await tx.insert(lvPin).values({
				id,
				spaceId: v.pin.area.spaceId,
				areaCode: v.pin.area.code,
				spot: v.pin.spot,
				category: storedCategory(v.pin.category),
				comment: v.pin.comment,
				authorId: null,
				// The session, not the participant's name: the liveability pages are read beyond the room.
				authorName: session?.title ?? '',
				wsActivityId: activityId,
				wsParticipantId: participant.id
			});
			return { ok: true as const, version: live.version, live, pin: { id, areaCode: v.pin.area.code, placed: placed + 1, left: Math.max(0, config.maxPerParticipant - placed - 1) } };
		});
	} catch (err) {
		if (err instanceof Refused) return err.failure;
		throw err;
	}
}

export interface MyPin {
	id: string;
	areaCode: string;
	areaName: string;
	spot: string;
	category: string;
	comment: string;
}

/** The pins one participant placed in one activity, oldest first. */
export async function myPins(db: Db, participantId: string, activityId: string): Promise<MyPin[]> {
	const rows = await db
		.select({ id: lvPin.id, areaCode: lvPin.areaCode, areaName: lvArea.name, spaceName: space.name, spot: lvPin.spot, category: lvPin.category, comment: lvPin.comment })
		.from(lvPin)
		.innerJoin(space, eq(space.id, lvPin.spaceId))
		.leftJoin(lvArea, eq(lvArea.code, lvPin.areaCode))
		.where(and(eq(lvPin.wsActivityId, activityId), eq(lvPin.wsParticipantId, participantId)))
		.orderBy(asc(lvPin.createdAt), asc(lvPin.id));
	return rows.map(({ spaceName, ...r }) => ({ ...r, areaName: r.areaName ?? (r.areaCode.startsWith('GM') ? spaceName : r.areaCode) }));
}

type ActivityPin = PinRecord & { activityId: string };

async function pinsOf(db: Db, activityIds: string[]): Promise<ActivityPin[]> {
	if (!activityIds.length) return [];
	const rows = await db
		.select({ activityId: lvPin.wsActivityId, participantId: lvPin.wsParticipantId, areaCode: lvPin.areaCode, areaName: lvArea.name, spaceName: space.name, category: lvPin.category })
		.from(lvPin)
		.innerJoin(space, eq(space.id, lvPin.spaceId))
		.leftJoin(lvArea, eq(lvArea.code, lvPin.areaCode))
		.where(inArray(lvPin.wsActivityId, activityIds));
	// A whole municipality (no areas imported) is named after its space.
	return rows.map(({ spaceName, ...r }) => ({ ...r, activityId: r.activityId!, areaName: r.areaName ?? (r.areaCode.startsWith('GM') ? spaceName : null) }));
}

/** The id of the session with this join code (one indexed lookup, for the hot submit path). */
export async function sessionIdByCode(db: Db, code: string): Promise<string | null> {
	const [row] = await db.select({ id: wsSession.id }).from(wsSession).where(eq(wsSession.joinCode, code));
	return row?.id ?? null;
}

export async function myAnswer(db: Db, participantId: string, activityId: string): Promise<unknown> {
	const [r] = await db.select({ value: wsAnswer.value }).from(wsAnswer).where(and(eq(wsAnswer.participantId, participantId), eq(wsAnswer.activityId, activityId)));
	return r?.value ?? null;
}

// --- Results ---------------------------------------------------------------------------------------

export type ActivityResult = ActivityRow & {
	answers: number;
	chips?: ChipsResult;
	/** Estimates: the spread, only when revealed (or `showHidden`). */
	estimate?: GuessSpread;
	poll?: PollResult;
	pins?: PinsResult;
};

async function answersOf(db: Db, activityIds: string[]) {
	if (!activityIds.length) return [];
	return db
		.select({ activityId: wsAnswer.activityId, participantId: wsAnswer.participantId, tableId: wsAnswer.tableId, value: wsAnswer.value, sequence: wsAnswer.sequence })
		.from(wsAnswer)
		.where(inArray(wsAnswer.activityId, activityIds));
}

export function aggregateActivity(a: ActivityRow, answers: Awaited<ReturnType<typeof answersOf>>, showHidden: boolean, pins: readonly ActivityPin[] = []): ActivityResult {
	const mine = answers.filter((x) => x.activityId === a.id);
	const base: ActivityResult = { ...a, answers: mine.length };
	if (a.kind === 'pins') {
		// Pins are stored as liveability pins, not as answers: each pin counts as an answer.
		base.pins = aggregatePins(a.config as PinsConfig, pins.filter((p) => p.activityId === a.id));
		base.answers = base.pins.pins;
	} else if (a.kind === 'chips') base.chips = aggregateChips(a.config as ChipsConfig, mine.map((x) => ({ participantId: x.participantId, sequence: x.sequence, tableId: x.tableId, distribution: x.value as Record<string, number> })));
	else if (a.kind === 'estimate') {
		const q = a.config as EstimateQuestion;
		if (showHidden || a.state === 'revealed') base.estimate = guessSpread(q.unit, q.trueValue, mine.map((x) => ({ participantId: x.participantId, sequence: x.sequence, guess: x.value as number })));
	} else base.poll = aggregatePoll(a.config as Poll, mine.map((x) => ({ participantId: x.participantId, sequence: x.sequence, value: x.value })));
	return base;
}

export interface SessionResults {
	session: SessionRow;
	activities: ActivityResult[];
	tables: { tableId: string; participants: number }[];
}

/**
 * Everything a screen shows. `showHidden`: estimates' spread before the reveal (the results page
 * of a closed session); the projector and phones never get it early.
 */
export async function sessionResults(db: Db, sessionId: string, opts: { showHidden?: boolean } = {}): Promise<SessionResults | null> {
	const session = await getSession(db, sessionId);
	if (!session) return null;
	const activities = await listActivities(db, sessionId);
	const answers = await answersOf(db, activities.map((a) => a.id));
	const pins = await pinsOf(db, activities.filter((a) => a.kind === 'pins').map((a) => a.id));
	const tables = await db
		.select({ tableId: wsParticipant.tableId, participants: count() })
		.from(wsParticipant)
		.where(eq(wsParticipant.sessionId, sessionId))
		.groupBy(wsParticipant.tableId);
	const showHidden = opts.showHidden ?? session.state === 'closed';
	return {
		session,
		activities: activities.map((a) => aggregateActivity(a, answers, showHidden, pins)),
		tables: tables.sort((x, y) => Number(x.tableId) - Number(y.tableId))
	};
}

// --- Comparison ------------------------------------------------------------------------------------

export interface ProgrammeComparison {
	sessions: { id: string; label: string; title: string; date: string; state: SessionState; participants: number }[];
	themes: ThemeComparison | null;
	estimates: { question: string; unit: EstimateQuestion['unit']; measure: EstimateQuestion['measure']; rows: (EstimateComparisonRow & { source: string })[] }[];
	pins: PinsComparison | null;
}

/**
 * Sessions of a programme side by side: the first chips activity of each session (themes of the
 * first session that has one), estimation questions matched by their text, each against
 * that session's own true value, and the pins of each session per area and category.
 */
export async function compareProgramme(db: Db, programmeId: string): Promise<ProgrammeComparison> {
	const sessions = await listSessions(db, programmeId);
	const refs = sessions.map((s) => ({ sessionId: s.id, label: s.spaces.map((x) => x.name).join(', ') || s.title }));
	const acts = sessions.length ? await db.select().from(wsActivity).where(inArray(wsActivity.sessionId, sessions.map((s) => s.id))).orderBy(asc(wsActivity.position)) : [];
	const answers = await answersOf(db, acts.map((a) => a.id));
	const byActivity = new Map<string, typeof answers>();
	for (const x of answers) byActivity.set(x.activityId, [...(byActivity.get(x.activityId) ?? []), x]);

	const chipsActs = refs.map((r) => acts.find((a) => a.sessionId === r.sessionId && a.kind === 'chips'));
	const firstChips = chipsActs.find(Boolean);
	const themes = firstChips
		? compareThemePriorities(
				firstChips.config as ChipsConfig,
				refs.map((r, i) => ({
					...r,
					submissions: (byActivity.get(chipsActs[i]?.id ?? '') ?? []).map((x) => ({ participantId: x.participantId, sequence: x.sequence, tableId: x.tableId, distribution: x.value as Record<string, number> }))
				}))
			)
		: null;

	const questions = new Map<string, typeof acts>();
	for (const a of acts.filter((a) => a.kind === 'estimate')) {
		const key = (a.config as EstimateQuestion).question.toLowerCase();
		questions.set(key, [...(questions.get(key) ?? []), a]);
	}
	const estimates = [...questions.values()].map((list) => {
		const q = list[0].config as EstimateQuestion;
		const rows = compareEstimates(
			q.unit,
			refs.flatMap((r) => {
				const a = list.find((x) => x.sessionId === r.sessionId);
				if (!a) return [];
				const c = a.config as EstimateQuestion;
				return [{ ...r, trueValue: c.trueValue, submissions: (byActivity.get(a.id) ?? []).map((x) => ({ participantId: x.participantId, sequence: x.sequence, guess: x.value as number })) }];
			})
		).map((row) => ({ ...row, source: (list.find((x) => x.sessionId === row.sessionId)!.config as EstimateQuestion).source }));
		return { question: q.question, unit: q.unit, measure: q.measure, rows };
	});
	const pinActs = acts.filter((a) => a.kind === 'pins');
	const pinRows = await pinsOf(db, pinActs.map((a) => a.id));
	const pins = comparePins(
		refs.map((r) => {
			const own = pinActs.filter((a) => a.sessionId === r.sessionId);
			const ids = new Set(own.map((a) => a.id));
			return { ...r, configs: own.map((a) => a.config as PinsConfig), pins: pinRows.filter((p) => ids.has(p.activityId)) };
		})
	);
	return {
		sessions: sessions.map((s, i) => ({ id: s.id, label: refs[i].label, title: s.title, date: s.date, state: s.state, participants: s.participants })),
		themes,
		estimates,
		pins
	};
}
