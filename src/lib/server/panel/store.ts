// Database reads and writes of the tenant panel. Anonymity rule for this file: a query may read
// panel_participation or panel_response, never both, and nothing here joins them
// (anonymity.test.ts reads this file to check). Submissions are not written to the audit log.
import crypto from 'node:crypto';
import { and, asc, count, desc, eq, inArray, isNull, notExists, sql } from 'drizzle-orm';
import { parse } from 'csv-parse/sync';
import type { Db, Tx } from '../db';
import {
	organisation,
	panel,
	panelDraft,
	panelInvitation,
	panelMember,
	panelParticipation,
	panelPopulation,
	panelResponse,
	panelSurvey,
	panelSurveyVersion,
	panelTally
} from '../db/schema';
import { audit } from '../audit';
import { logger } from '../logger';
import type { Actor } from '../auth/access';
import type { SpaceContext } from '../spaces/store';
import type { Mailer } from '../mail';
import { bilingual } from '../mail';
import { emailField } from '../validation';
import { type Answers, validateSubmission } from './answers';
import { assertNoJoinKeys, isoWeek, localDate, splitSubmission, type ResponseSource } from './anonymity';
import { cryptoRandom, formatLetterCode, generateLetterCodes, parseLetterCode } from './letterCodes';
import { meaningChanged, surveyIsOpen, surveySchema, type Question, type Survey } from './survey';
import { resultsFromTallies, tallyKeys, tallyMap } from './tally';
import { templates, type TemplateId } from './templates';
import { breakdown, effectiveThreshold, type ProfileAttribute, type ResultResponse } from './results';
import { ageBands, householdTypes, tenureBands } from './profile';

export type Failure = { ok: false; field: string; error: string };
const fail = (field: string, error: string): Failure => ({ ok: false, field, error });
const uuid = () => crypto.randomUUID();

// ---------------------------------------------------------------------------
// Panels and who manages them
// ---------------------------------------------------------------------------

export type PanelRow = typeof panel.$inferSelect;

/** Admins and members of the organisation that runs the panel manage it and see single answers. */
export function managesPanel(actor: Actor | null, p: Pick<PanelRow, 'organisationId'>): boolean {
	return !!actor && actor.memberships.some((m) => m.organisationId === p.organisationId && (m.role === 'admin' || m.role === 'member'));
}

/** Organisations of the actor that may start a panel in the space (tenant bodies and corporations). */
export function panelOwners(actor: Actor, space: SpaceContext) {
	return space.participants.filter(
		(p) =>
			['tenantOrganisation', 'residentsCommittee', 'corporation'].includes(p.kind) &&
			actor.memberships.some((m) => m.organisationId === p.organisationId && (m.role === 'admin' || m.role === 'member'))
	);
}

export async function listPanels(db: Db, spaceId: string) {
	return db
		.select({ id: panel.id, name: panel.name, organisationId: panel.organisationId, organisationName: organisation.name, threshold: panel.threshold })
		.from(panel)
		.innerJoin(organisation, eq(organisation.id, panel.organisationId))
		.where(eq(panel.spaceId, spaceId))
		.orderBy(asc(panel.name));
}

export async function getPanel(db: Db | Tx, id: string): Promise<PanelRow | null> {
	const [row] = await db.select().from(panel).where(eq(panel.id, id));
	return row ?? null;
}

export const DEFAULT_CONSENT =
	'Ik doe mee aan het huurderpanel. Ik krijg ongeveer vier keer per jaar een korte vragenlijst. Mijn antwoorden zijn anoniem. Ik kan altijd stoppen met de link onder elke mail; dan worden mijn gegevens gewist.';

export async function createPanel(db: Db, actor: Actor, space: SpaceContext, input: { organisationId: string; name: string; consentText?: string }) {
	if (!panelOwners(actor, space).some((o) => o.organisationId === input.organisationId)) return fail('organisationId', 'notYourOrganisation');
	const name = input.name.trim();
	if (name.length < 3 || name.length > 120) return fail('name', 'nameLength');
	const id = uuid();
	await db.transaction(async (tx) => {
		await tx.insert(panel).values({ id, spaceId: space.id, organisationId: input.organisationId, name, consentText: input.consentText?.trim() || DEFAULT_CONSENT, secret: crypto.randomBytes(32).toString('base64url') });
		await audit(tx, { spaceId: space.id, actor, action: 'create', entity: 'panel', entityId: id, after: { name } });
	});
	return { ok: true as const, id };
}

export async function setThreshold(db: Db, actor: Actor, p: PanelRow, value: number) {
	if (!Number.isFinite(value) || value < 5 || value > 100) return fail('threshold', 'thresholdRange');
	await db.transaction(async (tx) => {
		await tx.update(panel).set({ threshold: Math.ceil(value) }).where(eq(panel.id, p.id));
		await audit(tx, { spaceId: p.spaceId, actor, action: 'update', entity: 'panel', entityId: p.id, before: { threshold: p.threshold }, after: { threshold: value } });
	});
	return { ok: true as const };
}

// ---------------------------------------------------------------------------
// Signed personal links: nothing that works as a link is stored.
// ---------------------------------------------------------------------------

type Purpose = 'confirm' | 'member' | 'invite';

export function signToken(secret: string, purpose: Purpose, id: string): string {
	const mac = crypto.createHmac('sha256', secret).update(`${purpose}:${id}`).digest('base64url').slice(0, 24);
	return `${id}.${mac}`;
}

function splitToken(token: string): { id: string; mac: string } | null {
	const i = token.lastIndexOf('.');
	if (i < 1 || token.length > 120) return null;
	return { id: token.slice(0, i), mac: token.slice(i + 1) };
}

function macOk(secret: string, purpose: Purpose, token: string): boolean {
	const expected = Buffer.from(signToken(secret, purpose, splitToken(token)!.id));
	const got = Buffer.from(token);
	return expected.length === got.length && crypto.timingSafeEqual(expected, got);
}

// ---------------------------------------------------------------------------
// Members
// ---------------------------------------------------------------------------

export interface Profile {
	municipality?: string | null;
	neighbourhood?: string | null;
	ageBand?: string | null;
	householdType?: string | null;
	tenureYears?: string | null;
}

function cleanProfile(p: Profile): Required<Profile> | Failure {
	const pick = (v: string | null | undefined) => (v && v.trim() ? v.trim().slice(0, 80) : null);
	const out = { municipality: pick(p.municipality), neighbourhood: pick(p.neighbourhood), ageBand: pick(p.ageBand), householdType: pick(p.householdType), tenureYears: pick(p.tenureYears) };
	if (out.ageBand && !(ageBands as readonly string[]).includes(out.ageBand)) return fail('ageBand', 'profileValue');
	if (out.householdType && !(householdTypes as readonly string[]).includes(out.householdType)) return fail('householdType', 'profileValue');
	if (out.tenureYears && !(tenureBands as readonly string[]).includes(out.tenureYears)) return fail('tenureYears', 'profileValue');
	return out;
}

export interface PanelLinks {
	origin: string;
}

function footer(p: PanelRow, memberId: string, origin: string) {
	const link = `${origin}/panel/me/${signToken(p.secret, 'member', memberId)}`;
	return {
		nl: `Stoppen met het panel en uw gegevens wissen, of uw gegevens downloaden: ${link}`,
		en: `Leave the panel and erase your data, or download your data: ${link}`
	};
}

/** Public sign-up: a pending member and a confirmation mail (double opt-in). */
export async function signUp(db: Db, mailer: Mailer, origin: string, p: PanelRow, input: { email: string; name?: string; consent: boolean } & Profile) {
	const email = emailField.safeParse(input.email);
	if (!email.success) return fail('email', 'emailInvalid');
	if (!input.consent) return fail('consent', 'consentRequired');
	const profile = cleanProfile(input);
	if ('ok' in profile) return profile;
	const [existing] = await db.select().from(panelMember).where(and(eq(panelMember.panelId, p.id), eq(panelMember.email, email.data)));
	// Same answer whether or not the address is known: the page never tells who is in the panel.
	if (existing) {
		if (existing.status === 'pending') await sendConfirmation(mailer, origin, p, existing.id, email.data);
		return { ok: true as const };
	}
	const id = uuid();
	await db.insert(panelMember).values({ id, panelId: p.id, email: email.data, name: (input.name ?? '').trim().slice(0, 120), status: 'pending', legalBasis: 'consent', origin: 'signup', consentText: p.consentText, ...profile });
	await sendConfirmation(mailer, origin, p, id, email.data);
	return { ok: true as const };
}

async function sendConfirmation(mailer: Mailer, origin: string, p: PanelRow, memberId: string, email: string) {
	const link = `${origin}/panel/confirm/${signToken(p.secret, 'confirm', memberId)}`;
	const f = footer(p, memberId, origin);
	await mailer.send({
		to: email,
		subject: `Bevestig uw aanmelding voor ${p.name} / Confirm your sign-up`,
		text: bilingual(`Bevestig uw aanmelding voor ${p.name} met deze link:\n${link}\n\nHeeft u zich niet aangemeld? Dan hoeft u niets te doen.\n\n${f.nl}`, `Confirm your sign-up for ${p.name} with this link:\n${link}\n\n${f.en}`)
	});
}

async function memberByToken(db: Db, token: string, purpose: Purpose) {
	const parts = splitToken(token);
	if (!parts) return null;
	const [row] = await db.select({ member: panelMember, panel }).from(panelMember).innerJoin(panel, eq(panel.id, panelMember.panelId)).where(eq(panelMember.id, parts.id));
	if (!row || !macOk(row.panel.secret, purpose, token)) return null;
	return row;
}

export async function confirmMember(db: Db, token: string): Promise<{ ok: true; panelName: string } | Failure> {
	const row = await memberByToken(db, token, 'confirm');
	if (!row) return fail('token', 'linkInvalid');
	if (row.member.status === 'pending') await db.update(panelMember).set({ status: 'active', confirmedAt: new Date() }).where(eq(panelMember.id, row.member.id));
	return { ok: true, panelName: row.panel.name };
}

export async function memberForManageToken(db: Db, token: string) {
	return memberByToken(db, token, 'member');
}

/** Everything stored about a member (their answers are anonymous and cannot be found). */
export async function memberData(db: Db, memberId: string) {
	const [m] = await db.select().from(panelMember).where(eq(panelMember.id, memberId));
	if (!m) return null;
	const invitations = await db
		.select({ survey: panelSurvey.title, channel: panelInvitation.channel, sentAt: panelInvitation.sentAt, remindedAt: panelInvitation.remindedAt })
		.from(panelInvitation)
		.innerJoin(panelSurvey, eq(panelSurvey.id, panelInvitation.surveyId))
		.where(eq(panelInvitation.memberId, memberId));
	const answered = await db.select({ surveyId: panelParticipation.surveyId, answeredOn: panelParticipation.answeredOn }).from(panelParticipation).where(eq(panelParticipation.memberId, memberId));
	const { id: _id, panelId: _p, ...rest } = m;
	return { member: rest, invitations, answered, note: 'Uw antwoorden zijn anoniem opgeslagen en niet aan u te koppelen. / Your answers are stored anonymously and cannot be linked to you.' };
}

/** Withdrawal: the member row goes, and with it (cascade) invitations, participation and drafts. */
export async function withdrawMember(db: Db, token: string): Promise<{ ok: true } | Failure> {
	const row = await memberByToken(db, token, 'member');
	if (!row) return fail('token', 'linkInvalid');
	await db.transaction(async (tx) => {
		await tx.delete(panelMember).where(eq(panelMember.id, row.member.id));
		// No personal data in the log: only that someone left.
		await audit(tx, { spaceId: row.panel.spaceId, actor: null, action: 'delete', entity: 'panelMember', entityId: null, after: { panelId: row.panel.id } });
	});
	return { ok: true };
}

export const legalBases = ['consentOnPaper', 'legitimateInterest'] as const;

export interface ImportResult {
	ok: boolean;
	imported: number;
	errors: { row: number; error: string }[];
}

/**
 * CSV import (header: email;naam;adres;gemeente;buurt;leeftijd;huishouden;huurjaren — or the
 * English names). All rows or nothing: one broken row and nothing is stored.
 */
export async function importMembers(db: Db, actor: Actor, p: PanelRow, csv: string, legalBasis: string): Promise<ImportResult> {
	if (!(legalBases as readonly string[]).includes(legalBasis)) return { ok: false, imported: 0, errors: [{ row: 0, error: 'legalBasisRequired' }] };
	let records: Record<string, string>[];
	try {
		records = parse(csv.replace(/^\uFEFF/, ''), { columns: (h: string[]) => h.map((x) => x.trim().toLowerCase()), delimiter: csv.includes(';') ? ';' : ',', skip_empty_lines: true, trim: true, relax_column_count: false });
	} catch {
		return { ok: false, imported: 0, errors: [{ row: 0, error: 'csvBroken' }] };
	}
	if (!records.length) return { ok: false, imported: 0, errors: [{ row: 0, error: 'csvEmpty' }] };
	const col = (r: Record<string, string>, ...names: string[]) => names.map((n) => r[n]).find((v) => v !== undefined) ?? '';
	const existing = new Set((await db.select({ email: panelMember.email }).from(panelMember).where(eq(panelMember.panelId, p.id))).map((r) => r.email));
	const seen = new Set<string>();
	const errors: ImportResult['errors'] = [];
	const rows: (typeof panelMember.$inferInsert)[] = [];
	records.forEach((r, i) => {
		const line = i + 2;
		const rawEmail = col(r, 'email', 'e-mail', 'e-mailadres');
		const name = col(r, 'naam', 'name');
		const address = col(r, 'adres', 'address');
		let email: string | null = null;
		if (rawEmail) {
			const e = emailField.safeParse(rawEmail);
			if (!e.success) return void errors.push({ row: line, error: 'emailInvalid' });
			email = e.data;
			if (seen.has(email) || existing.has(email)) return void errors.push({ row: line, error: 'duplicateEmail' });
			seen.add(email);
		} else if (!address) return void errors.push({ row: line, error: 'emailOrAddress' });
		const profile = cleanProfile({
			municipality: col(r, 'gemeente', 'municipality'),
			neighbourhood: col(r, 'buurt', 'neighbourhood'),
			ageBand: col(r, 'leeftijd', 'ageband'),
			householdType: col(r, 'huishouden', 'householdtype'),
			tenureYears: col(r, 'huurjaren', 'tenureyears')
		});
		if ('ok' in profile) return void errors.push({ row: line, error: profile.error });
		rows.push({ id: uuid(), panelId: p.id, email, name, address, status: 'active', legalBasis, origin: 'import', ...profile });
	});
	if (errors.length) return { ok: false, imported: 0, errors };
	await db.transaction(async (tx) => {
		for (let i = 0; i < rows.length; i += 500) await tx.insert(panelMember).values(rows.slice(i, i + 500));
		await audit(tx, { spaceId: p.spaceId, actor, action: 'import', entity: 'panelMember', entityId: p.id, after: { count: rows.length, legalBasis } });
	});
	return { ok: true, imported: rows.length, errors: [] };
}

export async function listMembers(db: Db, panelId: string) {
	return db.select().from(panelMember).where(eq(panelMember.panelId, panelId)).orderBy(desc(panelMember.createdAt), asc(panelMember.email));
}

// ---------------------------------------------------------------------------
// Population and composition
// ---------------------------------------------------------------------------

export async function savePopulation(db: Db, actor: Actor, p: PanelRow, municipality: string, values: Record<string, number | null>) {
	if (!/^GM\d{4}$/.test(municipality) && !municipality.trim()) return fail('municipality', 'municipalityRequired');
	for (const v of Object.values(values)) if (v !== null && (!Number.isInteger(v) || v < 0)) return fail('population', 'populationNumber');
	await db.transaction(async (tx) => {
		await tx.delete(panelPopulation).where(and(eq(panelPopulation.panelId, p.id), eq(panelPopulation.municipality, municipality), eq(panelPopulation.attribute, 'ageBand')));
		const rows = Object.entries(values)
			.filter(([, v]) => v !== null)
			.map(([groupKey, v]) => ({ panelId: p.id, municipality, attribute: 'ageBand', groupKey, value: v! }));
		if (rows.length) await tx.insert(panelPopulation).values(rows);
		await audit(tx, { spaceId: p.spaceId, actor, action: 'update', entity: 'panelPopulation', entityId: p.id, after: { municipality, values } });
	});
	return { ok: true as const };
}

export async function listPopulation(db: Db, panelId: string) {
	const rows = await db.select().from(panelPopulation).where(eq(panelPopulation.panelId, panelId));
	const out: Record<string, Record<string, number>> = {};
	for (const r of rows) (out[r.municipality] ??= {})[r.groupKey] = r.value;
	return out;
}

// ---------------------------------------------------------------------------
// Surveys and versions
// ---------------------------------------------------------------------------

export type SurveyRow = typeof panelSurvey.$inferSelect;

export async function listSurveys(db: Db, panelId: string) {
	return db.select().from(panelSurvey).where(eq(panelSurvey.panelId, panelId)).orderBy(desc(panelSurvey.opensAt));
}

export async function listSpaceSurveys(db: Db, spaceId: string) {
	return db
		.select({ id: panelSurvey.id, title: panelSurvey.title, opensAt: panelSurvey.opensAt, closesAt: panelSurvey.closesAt, resultsPublic: panelSurvey.resultsPublic, panelId: panel.id, panelName: panel.name, version: panelSurvey.currentVersion })
		.from(panelSurvey)
		.innerJoin(panel, eq(panel.id, panelSurvey.panelId))
		.where(eq(panel.spaceId, spaceId))
		.orderBy(desc(panelSurvey.opensAt));
}

export async function createSurvey(db: Db, actor: Actor, p: PanelRow, input: { template: string; opensAt: Date; closesAt: Date }) {
	const t = templates[(input.template in templates ? input.template : 'blank') as TemplateId];
	const id = uuid();
	const parsed = surveySchema.safeParse({ id, version: 1, title: t.title, intro: t.intro, closing: t.closing, opensAt: input.opensAt, closesAt: input.closesAt, questions: t.questions });
	if (!parsed.success) return fail(String(parsed.error.issues[0].path[0] ?? 'survey'), parsed.error.issues[0].message);
	await db.transaction(async (tx) => {
		await tx.insert(panelSurvey).values({ id, panelId: p.id, title: t.title, currentVersion: 1, opensAt: parsed.data.opensAt, closesAt: parsed.data.closesAt });
		await tx.insert(panelSurveyVersion).values({ surveyId: id, version: 1, definition: parsed.data });
		await audit(tx, { spaceId: p.spaceId, actor, action: 'create', entity: 'panelSurvey', entityId: id, after: { template: input.template } });
	});
	return { ok: true as const, id };
}

export interface LoadedSurvey {
	row: SurveyRow;
	panel: PanelRow;
	survey: Survey;
}

// Parsing a definition with zod costs more than reading it, so parsed definitions are kept per
// survey version and reused while the stored JSON is the same (a draft version may still change).
const parsedCache = new Map<string, { json: string; survey: Survey }>();

function parseDefinition(surveyId: string, version: number, definition: unknown): Survey {
	const key = `${surveyId}:${version}`;
	const json = JSON.stringify(definition);
	const hit = parsedCache.get(key);
	if (hit && hit.json === json) return hit.survey;
	const survey = surveySchema.parse(definition);
	if (parsedCache.size > 500) parsedCache.clear();
	parsedCache.set(key, { json, survey });
	return survey;
}

export async function getSurvey(db: Db | Tx, surveyId: string, version?: number): Promise<LoadedSurvey | null> {
	const [row] = await db.select({ s: panelSurvey, p: panel }).from(panelSurvey).innerJoin(panel, eq(panel.id, panelSurvey.panelId)).where(eq(panelSurvey.id, surveyId));
	if (!row) return null;
	const v = version ?? row.s.currentVersion;
	const [def] = await db.select().from(panelSurveyVersion).where(and(eq(panelSurveyVersion.surveyId, surveyId), eq(panelSurveyVersion.version, v)));
	if (!def) return null;
	return { row: row.s, panel: row.p, survey: parseDefinition(surveyId, v, def.definition) };
}

async function responsesFor(db: Db | Tx, surveyId: string, version?: number): Promise<number> {
	const [r] = await db
		.select({ n: count() })
		.from(panelResponse)
		.where(version === undefined ? eq(panelResponse.surveyId, surveyId) : and(eq(panelResponse.surveyId, surveyId), eq(panelResponse.version, version)));
	return Number(r.n);
}

export async function responseCount(db: Db, surveyId: string) {
	return responsesFor(db, surveyId);
}

/**
 * Saves an edited definition. Before any answer: the current version is overwritten. After
 * answers came in: a new version; a question whose meaning changed gets a new revision (and so
 * a new export column and separate counts).
 */
export async function saveDefinition(db: Db, actor: Actor, loaded: LoadedSurvey, next: unknown): Promise<{ ok: true; version: number; newVersion: boolean } | Failure> {
	const parsed = surveySchema.safeParse(next);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		return fail(issue.path.join('.') || 'survey', issue.message);
	}
	let def = parsed.data;
	return db.transaction(async (tx) => {
		const answered = (await responsesFor(tx, loaded.row.id, loaded.row.currentVersion)) > 0;
		let version = loaded.row.currentVersion;
		if (answered) {
			const before = new Map(loaded.survey.questions.map((q) => [q.id, q]));
			def = {
				...def,
				questions: def.questions.map((q) => {
					const prev = before.get(q.id);
					if (!prev) return q;
					const revision = meaningChanged(prev, q).changed ? prev.revision + 1 : prev.revision;
					return { ...q, revision } as Question;
				})
			};
			version += 1;
			def.version = version;
			await tx.insert(panelSurveyVersion).values({ surveyId: loaded.row.id, version, definition: def });
		} else {
			def.version = version;
			await tx.update(panelSurveyVersion).set({ definition: def }).where(and(eq(panelSurveyVersion.surveyId, loaded.row.id), eq(panelSurveyVersion.version, version)));
		}
		await tx.update(panelSurvey).set({ title: def.title, opensAt: def.opensAt, closesAt: def.closesAt, currentVersion: version }).where(eq(panelSurvey.id, loaded.row.id));
		await audit(tx, { spaceId: loaded.panel.spaceId, actor, action: 'update', entity: 'panelSurvey', entityId: loaded.row.id, after: { version, questions: def.questions.length } });
		return { ok: true as const, version, newVersion: answered };
	});
}

export async function setResultsPublic(db: Db, actor: Actor, loaded: LoadedSurvey, value: boolean) {
	await db.transaction(async (tx) => {
		await tx.update(panelSurvey).set({ resultsPublic: value }).where(eq(panelSurvey.id, loaded.row.id));
		await audit(tx, { spaceId: loaded.panel.spaceId, actor, action: 'update', entity: 'panelSurvey', entityId: loaded.row.id, after: { resultsPublic: value } });
	});
}

// ---------------------------------------------------------------------------
// Invitations
// ---------------------------------------------------------------------------

function invitationMail(p: PanelRow, s: Survey, memberId: string, link: string, origin: string, reminder: boolean) {
	const f = footer(p, memberId, origin);
	const close = localDate(s.closesAt);
	return {
		subject: `${reminder ? 'Herinnering: ' : ''}${s.title} — ${p.name}`,
		text: bilingual(
			`${reminder ? 'U heeft nog niet geantwoord. ' : ''}${p.name} vraagt uw mening: ${s.title}.\nVul de vragenlijst in via uw persoonlijke link (kan tot ${close}):\n${link}\n\nUw antwoorden zijn anoniem.\n\n${f.nl}`,
			`${p.name} asks for your opinion: ${s.title}.\nAnswer with your personal link (until ${close}):\n${link}\n\nYour answers are anonymous.\n\n${f.en}`
		)
	};
}

/** Invites every active member with an e-mail address who has no e-mail invitation yet. */
export async function inviteByEmail(db: Db, mailer: Mailer, origin: string, actor: Actor, loaded: LoadedSurvey) {
	const members = await db
		.select({ id: panelMember.id, email: panelMember.email })
		.from(panelMember)
		.where(
			and(
				eq(panelMember.panelId, loaded.panel.id),
				eq(panelMember.status, 'active'),
				sql`${panelMember.email} is not null`,
				notExists(db.select({ x: sql`1` }).from(panelInvitation).where(and(eq(panelInvitation.memberId, panelMember.id), eq(panelInvitation.surveyId, loaded.row.id), eq(panelInvitation.channel, 'email'))))
			)
		);
	let sent = 0;
	for (const m of members) {
		const id = uuid();
		await db.insert(panelInvitation).values({ id, surveyId: loaded.row.id, memberId: m.id, channel: 'email' });
		const link = `${origin}/s/${signToken(loaded.panel.secret, 'invite', id)}`;
		await mailer.send({ to: m.email!, ...invitationMail(loaded.panel, loaded.survey, m.id, link, origin, false) });
		sent++;
	}
	await audit(db, { spaceId: loaded.panel.spaceId, actor, action: 'invite', entity: 'panelSurvey', entityId: loaded.row.id, after: { email: sent } });
	return { sent };
}

/** Letter invitations (with a fresh code each) for active members without e-mail. */
export async function createLetterInvitations(db: Db, actor: Actor, loaded: LoadedSurvey) {
	const members = await db
		.select({ id: panelMember.id })
		.from(panelMember)
		.where(
			and(
				eq(panelMember.panelId, loaded.panel.id),
				eq(panelMember.status, 'active'),
				isNull(panelMember.email),
				notExists(db.select({ x: sql`1` }).from(panelInvitation).where(and(eq(panelInvitation.memberId, panelMember.id), eq(panelInvitation.surveyId, loaded.row.id), eq(panelInvitation.channel, 'letter'))))
			)
		);
	if (!members.length) return { created: 0 };
	return db.transaction(async (tx) => {
		// Codes once issued are never reissued, so all codes ever issued are avoided.
		const taken = (await tx.select({ c: panelInvitation.letterCode }).from(panelInvitation).where(sql`${panelInvitation.letterCode} is not null`)).map((r) => r.c!);
		const codes = generateLetterCodes(members.length, cryptoRandom, taken);
		await tx.insert(panelInvitation).values(members.map((m, i) => ({ id: uuid(), surveyId: loaded.row.id, memberId: m.id, channel: 'letter' as const, letterCode: codes[i] })));
		await audit(tx, { spaceId: loaded.panel.spaceId, actor, action: 'invite', entity: 'panelSurvey', entityId: loaded.row.id, after: { letters: members.length } });
		return { created: members.length };
	});
}

export async function letterRows(db: Db, surveyId: string) {
	const rows = await db
		.select({ code: panelInvitation.letterCode, name: panelMember.name, address: panelMember.address })
		.from(panelInvitation)
		.innerJoin(panelMember, eq(panelMember.id, panelInvitation.memberId))
		.where(and(eq(panelInvitation.surveyId, surveyId), eq(panelInvitation.channel, 'letter')))
		.orderBy(asc(panelMember.name));
	return rows.map((r) => ({ ...r, display: formatLetterCode(r.code!) }));
}

/** Reminders only to e-mail invitees without a participation record. */
export async function sendReminders(db: Db, mailer: Mailer, origin: string, actor: Actor, loaded: LoadedSurvey) {
	const open = await db
		.select({ id: panelInvitation.id, memberId: panelInvitation.memberId, email: panelMember.email })
		.from(panelInvitation)
		.innerJoin(panelMember, eq(panelMember.id, panelInvitation.memberId))
		.where(
			and(
				eq(panelInvitation.surveyId, loaded.row.id),
				eq(panelInvitation.channel, 'email'),
				notExists(db.select({ x: sql`1` }).from(panelParticipation).where(eq(panelParticipation.invitationId, panelInvitation.id)))
			)
		);
	for (const inv of open) {
		const link = `${origin}/s/${signToken(loaded.panel.secret, 'invite', inv.id)}`;
		await mailer.send({ to: inv.email!, ...invitationMail(loaded.panel, loaded.survey, inv.memberId, link, origin, true) });
		await db.update(panelInvitation).set({ remindedAt: new Date() }).where(eq(panelInvitation.id, inv.id));
	}
	await audit(db, { spaceId: loaded.panel.spaceId, actor, action: 'remind', entity: 'panelSurvey', entityId: loaded.row.id, after: { reminded: open.length } });
	return { reminded: open.length };
}

export async function invitationStats(db: Db, surveyId: string) {
	const invited = await db.select({ channel: panelInvitation.channel, n: count() }).from(panelInvitation).where(eq(panelInvitation.surveyId, surveyId)).groupBy(panelInvitation.channel);
	const answered = await db
		.select({ channel: panelInvitation.channel, n: count() })
		.from(panelParticipation)
		.innerJoin(panelInvitation, eq(panelInvitation.id, panelParticipation.invitationId))
		.where(eq(panelParticipation.surveyId, surveyId))
		.groupBy(panelInvitation.channel);
	const pick = (rows: { channel: string; n: number }[], c: string) => Number(rows.find((r) => r.channel === c)?.n ?? 0);
	return {
		invited: { online: pick(invited, 'email'), letter: pick(invited, 'letter') },
		answered: { online: pick(answered, 'email'), letter: pick(answered, 'letter') }
	};
}

// ---------------------------------------------------------------------------
// Answering
// ---------------------------------------------------------------------------

export type InvitationState =
	| { kind: 'invalid'; error: string }
	| {
			kind: 'answered' | 'open' | 'closed' | 'notYetOpen';
			invitationId: string;
			memberId: string;
			channel: 'email' | 'letter';
			profile: Record<string, string>;
			hasDraft: boolean;
			loaded: LoadedSurvey;
			draft: Record<string, unknown>;
			token: string;
	  };

/**
 * A personal link token (…/s/<token>) or a letter code resolves to its invitation: one query for
 * invitation, member, survey, panel and current definition, one for participation and draft.
 */
export async function resolveInvitation(db: Db, token: string, now = new Date()): Promise<InvitationState> {
	const letter = token.length <= 12 ? parseLetterCode(token) : null;
	let where;
	if (letter) {
		if (!letter.ok) return { kind: 'invalid', error: letter.error };
		where = eq(panelInvitation.letterCode, letter.code);
		token = letter.code;
	} else {
		const parts = splitToken(token);
		if (!parts) return { kind: 'invalid', error: 'linkInvalid' };
		where = eq(panelInvitation.id, parts.id);
	}
	const [row] = await db
		.select({
			inv: { id: panelInvitation.id, memberId: panelInvitation.memberId, channel: panelInvitation.channel },
			member: panelMember,
			s: panelSurvey,
			p: panel,
			definition: panelSurveyVersion.definition,
			// Participation and draft are keyed by the invitation: the "who" side only.
			answered: panelParticipation.invitationId,
			draft: panelDraft.answers
		})
		.from(panelInvitation)
		.innerJoin(panelMember, eq(panelMember.id, panelInvitation.memberId))
		.innerJoin(panelSurvey, eq(panelSurvey.id, panelInvitation.surveyId))
		.innerJoin(panel, eq(panel.id, panelSurvey.panelId))
		.innerJoin(panelSurveyVersion, and(eq(panelSurveyVersion.surveyId, panelSurvey.id), eq(panelSurveyVersion.version, panelSurvey.currentVersion)))
		.leftJoin(panelParticipation, eq(panelParticipation.invitationId, panelInvitation.id))
		.leftJoin(panelDraft, eq(panelDraft.invitationId, panelInvitation.id))
		.where(where);
	if (!row) return { kind: 'invalid', error: letter ? 'codeUnknown' : 'linkInvalid' };
	if (!letter && !macOk(row.p.secret, 'invite', token)) return { kind: 'invalid', error: 'linkInvalid' };
	const loaded: LoadedSurvey = { row: row.s, panel: row.p, survey: parseDefinition(row.s.id, row.s.currentVersion, row.definition) };
	const extra = row;
	const kind = extra?.answered ? 'answered' : now < loaded.survey.opensAt ? 'notYetOpen' : surveyIsOpen(loaded.survey, now) ? 'open' : 'closed';
	return {
		kind,
		invitationId: row.inv.id,
		memberId: row.inv.memberId,
		channel: row.inv.channel,
		profile: memberProfile(row.member),
		hasDraft: !!extra?.draft,
		loaded,
		draft: (extra?.draft as Record<string, unknown>) ?? {},
		token
	};
}

export async function saveProgress(db: Db, invitationId: string, raw: Record<string, unknown>) {
	// Only plain strings and string lists are kept; nothing here is checked yet.
	const clean: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(raw)) {
		if (typeof v === 'string') clean[k] = v.slice(0, 10_000);
		else if (Array.isArray(v)) clean[k] = v.map(String).slice(0, 50);
	}
	await db.insert(panelDraft).values({ invitationId, answers: clean }).onConflictDoUpdate({ target: panelDraft.invitationId, set: { answers: clean } });
}

export type SubmitOutcome = { ok: true } | { ok: false; already: true } | { ok: false; errors: { questionId: string | null; code: string }[] };

function memberProfile(m: Profile): Record<string, string> {
	const out: Record<string, string> = {};
	for (const k of ['municipality', 'neighbourhood', 'ageBand', 'householdType', 'tenureYears'] as const) if (m[k]) out[k] = m[k]!;
	return out;
}

/**
 * Counts stored responses that are not counted yet into panel_tally, in batches: one multi-row
 * upsert per batch instead of one per answer, so submissions never wait on shared counter rows.
 * Safe to run concurrently (rows are claimed with SKIP LOCKED; tally keys are upserted in sorted
 * order). The claim and the counts commit together, so nothing is counted twice or lost.
 */
export async function foldTallies(db: Db, surveyId?: string, batch = 5000): Promise<number> {
	let total = 0;
	for (;;) {
		const n = await db.transaction(async (tx) => {
			const pending = tx
				.select({ id: panelResponse.id })
				.from(panelResponse)
				.where(surveyId ? and(eq(panelResponse.surveyId, surveyId), eq(panelResponse.tallied, false)) : eq(panelResponse.tallied, false))
				.limit(batch)
				.for('update', { skipLocked: true });
			const rows = await tx
				.update(panelResponse)
				.set({ tallied: true })
				.where(inArray(panelResponse.id, pending))
				.returning({ surveyId: panelResponse.surveyId, version: panelResponse.version, answers: panelResponse.answers, source: panelResponse.source });
			if (!rows.length) return 0;
			const counts = new Map<string, number>();
			const definitions = new Map<string, Survey>();
			for (const r of rows) {
				const key = `${r.surveyId}:${r.version}`;
				let def = definitions.get(key);
				if (!def) {
					def = (await getSurvey(tx, r.surveyId, r.version))!.survey;
					definitions.set(key, def);
				}
				for (const [q, a] of tallyKeys(def, r.answers as Answers, r.source)) {
					const k = `${r.surveyId}\u0000${q}\u0000${a}`;
					counts.set(k, (counts.get(k) ?? 0) + 1);
				}
			}
			const values = [...counts]
				.sort((a, b) => (a[0] < b[0] ? -1 : 1))
				.map(([k, count]) => {
					const [sid, questionKey, answerKey] = k.split('\u0000');
					return { surveyId: sid, questionKey, answerKey, shard: 0, count };
				});
			for (let i = 0; i < values.length; i += 1000) {
				await tx
					.insert(panelTally)
					.values(values.slice(i, i + 1000))
					.onConflictDoUpdate({ target: [panelTally.surveyId, panelTally.questionKey, panelTally.answerKey, panelTally.shard], set: { count: sql`${panelTally.count} + excluded.count` } });
			}
			return rows.length;
		});
		total += n;
		if (n < batch) return total;
	}
}

let foldTimer: ReturnType<typeof setTimeout> | null = null;

/** Folds new responses shortly after they arrive; many submissions share one fold. */
function scheduleFold(db: Db) {
	if (foldTimer) return;
	foldTimer = setTimeout(() => {
		foldTimer = null;
		foldTallies(db).catch((err) => logger.warn({ err }, 'panel tallies: fold failed, retried on next read'));
	}, 250);
	foldTimer.unref?.();
}

/**
 * Stores one answer for one invitation: the participation (who) and the response (what) in one
 * transaction, so neither exists without the other, but sharing nothing. A second submit finds
 * the participation row (primary key) and changes nothing.
 */
export async function submitAnswers(db: Db, state: Extract<InvitationState, { invitationId: string }>, raw: Record<string, unknown>, attachName: string | null, now = new Date()): Promise<SubmitOutcome> {
	const { survey } = state.loaded;
	const checked = validateSubmission(survey, raw, now);
	if (!checked.ok) return { ok: false, errors: checked.errors };
	const source: ResponseSource = state.channel === 'letter' ? 'letter' : 'online';
	const { participation, response } = splitSubmission({ invitationId: state.invitationId, memberId: state.memberId, answers: checked.cleaned, submittedAt: now, source, attachName });
	const profile = state.profile;
	const record = { id: uuid(), surveyId: state.loaded.row.id, version: survey.version, source: response.source, period: response.period, answers: response.answers, profile, optionalName: response.optionalName ?? null };
	assertNoJoinKeys({ answers: record.answers, source: record.source, period: record.period, profile: record.profile }, participation);
	// One statement, so it is atomic without a transaction: the participation row is inserted
	// unless it exists (the one-answer rule), and the response only when it was. Nothing flows
	// from one row into the other but that yes/no; the response gets no id, time or member.
	const result: unknown = await db.execute(sql`
		with who as (
			insert into panel_participation (invitation_id, survey_id, member_id, answered_on)
			values (${participation.invitationId}, ${record.surveyId}, ${participation.memberId}, ${participation.answeredOn})
			on conflict do nothing
			returning 1
		)
		insert into panel_response (id, survey_id, version, source, period, answers, profile, optional_name)
		select ${record.id}, ${record.surveyId}, ${record.version}, ${record.source}, ${record.period}, ${JSON.stringify(record.answers)}::jsonb, ${JSON.stringify(record.profile)}::jsonb, ${record.optionalName}
		where exists (select 1 from who)
		returning id`);
	const stored = (result as { rows?: unknown[] }).rows?.length ?? 0;
	if (!stored) return { ok: false, already: true };
	if (state.hasDraft) await db.delete(panelDraft).where(eq(panelDraft.invitationId, state.invitationId));
	scheduleFold(db);
	return { ok: true };
}


/** A paper questionnaire typed in by a volunteer: a response without any participation record. */
export async function submitPaper(db: Db, actor: Actor, loaded: LoadedSurvey, raw: Record<string, unknown>, profile: Profile, now = new Date()): Promise<SubmitOutcome> {
	// Paper forms may arrive after the close date; the answering window is the survey's own.
	const checked = validateSubmission({ ...loaded.survey, opensAt: new Date(0), closesAt: new Date(8.64e15) }, raw, now);
	if (!checked.ok) return { ok: false, errors: checked.errors };
	const clean = cleanProfile(profile);
	if ('ok' in clean) return { ok: false, errors: [{ questionId: null, code: clean.error }] };
	await db.transaction(async (tx) => {
		await tx.insert(panelResponse).values({ id: uuid(), surveyId: loaded.row.id, version: loaded.survey.version, source: 'paper', period: isoWeek(localDate(now)), answers: checked.cleaned, profile: memberProfile(clean) });
	});
	scheduleFold(db);
	return { ok: true };
}

// ---------------------------------------------------------------------------
// Results
// ---------------------------------------------------------------------------

export async function surveyResults(db: Db, loaded: LoadedSurvey) {
	// Results are exact: anything not counted yet is counted first (cheap check on a partial index).
	const [pending] = await db.select({ id: panelResponse.id }).from(panelResponse).where(and(eq(panelResponse.surveyId, loaded.row.id), eq(panelResponse.tallied, false))).limit(1);
	if (pending) await foldTallies(db, loaded.row.id);
	const rows = await db
		.select({ questionKey: panelTally.questionKey, answerKey: panelTally.answerKey, count: sql<number>`sum(${panelTally.count})::int` })
		.from(panelTally)
		.where(eq(panelTally.surveyId, loaded.row.id))
		.groupBy(panelTally.questionKey, panelTally.answerKey);
	return resultsFromTallies(loaded.survey, tallyMap(rows));
}


/** One question broken down by a profile attribute or the source, small groups suppressed. */
export async function surveyBreakdown(db: Db, loaded: LoadedSurvey, questionId: string, attribute: ProfileAttribute) {
	const q = loaded.survey.questions.find((x) => x.id === questionId);
	if (!q) return null;
	// Counted in SQL per (group, answer); each distinct pair becomes one shared object repeated
	// `n` times, so 100,000 answers cost a few hundred rows on the wire.
	const group = attribute === 'source' ? sql<string | null>`${panelResponse.source}` : sql<string | null>`${panelResponse.profile} ->> ${attribute}`;
	const value = sql<unknown>`${panelResponse.answers} -> ${questionId}`;
	const rows = await db
		.select({ group, value, n: sql<number>`count(*)::int` })
		.from(panelResponse)
		.where(and(eq(panelResponse.surveyId, loaded.row.id), sql`${panelResponse.answers} ? ${questionId}`))
		// By position: the same expression with different parameter numbers would not match.
		.groupBy(sql`1, 2`);
	const responses: ResultResponse[] = [];
	for (const r of rows) {
		const one: ResultResponse =
			attribute === 'source'
				? { answers: { [questionId]: r.value as string }, source: (r.group ?? undefined) as ResponseSource | undefined }
				: { answers: { [questionId]: r.value as string }, profile: r.group ? { [attribute]: r.group } : {} };
		for (let i = 0; i < Number(r.n); i++) responses.push(one);
	}
	return breakdown(loaded.survey, responses, questionId, attribute, { threshold: effectiveThreshold(loaded.panel.threshold) });
}

export async function searchOpenAnswers(db: Db, surveyId: string, questionId: string, search: string, limit = 50) {
	const term = search.trim().slice(0, 100);
	const text = sql<string>`${panelResponse.answers} ->> ${questionId}`;
	const where = [eq(panelResponse.surveyId, surveyId), sql`${panelResponse.answers} ? ${questionId}`];
	if (term) where.push(sql`${text} ilike ${'%' + term.replace(/[\\%_]/g, (c) => '\\' + c) + '%'}`);
	const rows = await db.select({ text }).from(panelResponse).where(and(...where)).limit(limit);
	return rows.map((r) => r.text);
}

export async function exportResponses(db: Db, surveyId: string) {
	return db
		.select({ answers: panelResponse.answers, source: panelResponse.source, period: panelResponse.period, optionalName: panelResponse.optionalName })
		.from(panelResponse)
		.where(eq(panelResponse.surveyId, surveyId))
		.orderBy(asc(panelResponse.period), asc(panelResponse.id)) as Promise<{ answers: Answers; source: ResponseSource; period: string; optionalName: string | null }[]>;
}

export async function allVersions(db: Db, surveyId: string): Promise<Survey[]> {
	const rows = await db.select().from(panelSurveyVersion).where(eq(panelSurveyVersion.surveyId, surveyId)).orderBy(asc(panelSurveyVersion.version));
	return rows.map((r) => surveySchema.parse(r.definition));
}

export async function panelMembersForComposition(db: Db, panelId: string) {
	return db
		.select({ municipality: panelMember.municipality, ageBand: panelMember.ageBand })
		.from(panelMember)
		.where(and(eq(panelMember.panelId, panelId), eq(panelMember.status, 'active')));
}

export async function publicSurveys(db: Db, ids: string[]) {
	if (!ids.length) return [];
	return db.select().from(panelSurvey).where(inArray(panelSurvey.id, ids));
}
