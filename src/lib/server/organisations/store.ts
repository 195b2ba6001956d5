// Database reads and writes for organisations, members and invitations.
import crypto from 'node:crypto';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db';
import { account, invitation, membership, organisation, spaceParticipant, space, user } from '../db/schema';
import { audit } from '../audit';
import type { Actor, Role } from '../auth/access';
import { normaliseCbsCode, type OrganisationInput } from './rules';

export class DuplicateError extends Error {
	constructor(public readonly field: string) {
		super(`duplicate ${field}`);
	}
}

export function sha256(value: string): string {
	return crypto.createHash('sha256').update(value).digest('hex');
}

export function newToken(bytes = 32): string {
	return crypto.randomBytes(bytes).toString('base64url');
}

export async function loadActor(db: Db, userId: string): Promise<Actor | null> {
	const rows = await db
		.select({
			userId: user.id,
			name: user.name,
			email: user.email,
			platformAdmin: user.platformAdmin,
			organisationId: membership.organisationId,
			role: membership.role,
			organisationName: organisation.name,
			kind: organisation.kind
		})
		.from(user)
		.leftJoin(membership, eq(membership.userId, user.id))
		.leftJoin(organisation, eq(organisation.id, membership.organisationId))
		.where(eq(user.id, userId));
	if (rows.length === 0) return null;
	const first = rows[0];
	return {
		userId: first.userId,
		name: first.name,
		email: first.email,
		platformAdmin: first.platformAdmin,
		memberships: rows
			.filter((r) => r.organisationId)
			.map((r) => ({ organisationId: r.organisationId!, organisationName: r.organisationName!, kind: r.kind!, role: r.role! }))
			.sort((a, b) => a.organisationName.localeCompare(b.organisationName, 'nl'))
	};
}

export async function getOrganisation(db: Db, id: string) {
	const [row] = await db.select().from(organisation).where(eq(organisation.id, id));
	return row ?? null;
}

export async function listOrganisations(db: Db, ids?: string[]) {
	const query = db.select().from(organisation).orderBy(asc(organisation.name));
	if (ids) return ids.length ? query.where(inArray(organisation.id, ids)) : [];
	return query;
}

export async function createOrganisation(db: Db, actor: Actor, input: OrganisationInput) {
	const cbsCode = input.kind === 'municipality' ? normaliseCbsCode(input.cbsCode) : null;
	return db.transaction(async (tx) => {
		const [sameName] = await tx
			.select({ id: organisation.id })
			.from(organisation)
			.where(sql`lower(${organisation.name}) = lower(${input.name})`);
		if (sameName) throw new DuplicateError('name');
		if (cbsCode) {
			const [sameCode] = await tx.select({ id: organisation.id }).from(organisation).where(eq(organisation.cbsCode, cbsCode));
			if (sameCode) throw new DuplicateError('cbsCode');
		}
		const row = {
			id: crypto.randomUUID(),
			name: input.name,
			kind: input.kind,
			cbsCode,
			homes: input.homes ? Number(input.homes.replace(/[.\s]/g, '')) : null
		};
		await tx.insert(organisation).values(row);
		await audit(tx, { organisationId: row.id, actor, action: 'create', entity: 'organisation', entityId: row.id, after: row });
		return row;
	});
}

export async function listMembers(db: Db, organisationId: string) {
	return db
		.select({ userId: user.id, name: user.name, email: user.email, role: membership.role, since: membership.createdAt })
		.from(membership)
		.innerJoin(user, eq(user.id, membership.userId))
		.where(eq(membership.organisationId, organisationId))
		.orderBy(asc(user.name));
}

/** Changes a member's role; the last admin of an organisation cannot be demoted. */
export async function changeMemberRole(db: Db, actor: Actor, organisationId: string, userId: string, role: Role) {
	return db.transaction(async (tx) => {
		const [current] = await tx
			.select()
			.from(membership)
			.where(and(eq(membership.organisationId, organisationId), eq(membership.userId, userId)));
		if (!current) return { ok: false as const, error: 'memberNotFound' };
		if (current.role === 'admin' && role !== 'admin') {
			if ((await countAdmins(tx, organisationId)) <= 1) return { ok: false as const, error: 'lastAdmin' };
		}
		await tx
			.update(membership)
			.set({ role })
			.where(and(eq(membership.organisationId, organisationId), eq(membership.userId, userId)));
		await audit(tx, {
			organisationId,
			actor,
			action: 'update',
			entity: 'membership',
			entityId: userId,
			before: { role: current.role },
			after: { role }
		});
		return { ok: true as const };
	});
}

export async function removeMember(db: Db, actor: Actor, organisationId: string, userId: string) {
	return db.transaction(async (tx) => {
		const [current] = await tx
			.select()
			.from(membership)
			.where(and(eq(membership.organisationId, organisationId), eq(membership.userId, userId)));
		if (!current) return { ok: false as const, error: 'memberNotFound' };
		if (current.role === 'admin') {
			if ((await countAdmins(tx, organisationId)) <= 1) return { ok: false as const, error: 'lastAdmin' };
		}
		await tx.delete(membership).where(and(eq(membership.organisationId, organisationId), eq(membership.userId, userId)));
		await audit(tx, { organisationId, actor, action: 'delete', entity: 'membership', entityId: userId, before: { role: current.role } });
		return { ok: true as const };
	});
}

export async function listOpenInvitations(db: Db, organisationId: string) {
	return db
		.select({ id: invitation.id, email: invitation.email, role: invitation.role, expiresAt: invitation.expiresAt, createdAt: invitation.createdAt })
		.from(invitation)
		.where(and(eq(invitation.organisationId, organisationId), isNull(invitation.acceptedAt), isNull(invitation.revokedAt)))
		.orderBy(asc(invitation.createdAt));
}

/** Creates an invitation and returns the secret token (only its hash is stored). */
export async function createInvitation(
	db: Db,
	actor: Actor,
	organisationId: string,
	input: { email: string; role: Role },
	ttlHours: number,
	now = new Date()
) {
	const token = newToken();
	const row = {
		id: crypto.randomUUID(),
		organisationId,
		email: input.email.toLowerCase(),
		role: input.role,
		tokenHash: sha256(token),
		invitedBy: actor.userId,
		expiresAt: new Date(now.getTime() + ttlHours * 3600_000)
	};
	await db.transaction(async (tx) => {
		await tx.insert(invitation).values(row);
		await audit(tx, {
			organisationId,
			actor,
			action: 'invite',
			entity: 'invitation',
			entityId: row.id,
			after: { email: row.email, role: row.role, expiresAt: row.expiresAt }
		});
	});
	return { token, invitation: row };
}

export async function revokeInvitation(db: Db, actor: Actor, organisationId: string, invitationId: string) {
	return db.transaction(async (tx) => {
		const updated = await tx
			.update(invitation)
			.set({ revokedAt: new Date() })
			.where(
				and(
					eq(invitation.id, invitationId),
					eq(invitation.organisationId, organisationId),
					isNull(invitation.acceptedAt),
					isNull(invitation.revokedAt)
				)
			)
			.returning({ id: invitation.id, email: invitation.email });
		if (updated.length === 0) return false;
		await audit(tx, { organisationId, actor, action: 'revoke', entity: 'invitation', entityId: invitationId, before: updated[0] });
		return true;
	});
}

export async function findInvitationByToken(db: Db, token: string) {
	const [row] = await db
		.select({
			id: invitation.id,
			email: invitation.email,
			role: invitation.role,
			expiresAt: invitation.expiresAt,
			acceptedAt: invitation.acceptedAt,
			revokedAt: invitation.revokedAt,
			organisationId: invitation.organisationId,
			organisationName: organisation.name
		})
		.from(invitation)
		.innerJoin(organisation, eq(organisation.id, invitation.organisationId))
		.where(eq(invitation.tokenHash, sha256(token)));
	return row ?? null;
}

/**
 * Marks an invitation used, but only while it is still open: of two claims at the same
 * moment, one wins and the other gets nothing, so a link cannot be used twice.
 */
async function claimOpenInvitation(tx: Tx, invitationId: string, now: Date) {
	const [claimed] = await tx
		.update(invitation)
		.set({ acceptedAt: now })
		.where(
			and(
				eq(invitation.id, invitationId),
				isNull(invitation.acceptedAt),
				isNull(invitation.revokedAt),
				sql`${invitation.expiresAt} > ${now.toISOString()}`
			)
		)
		.returning();
	return claimed ?? null;
}

async function countAdmins(tx: Tx, organisationId: string): Promise<number> {
	const [{ admins }] = await tx
		.select({ admins: sql<number>`count(*)::int` })
		.from(membership)
		.where(and(eq(membership.organisationId, organisationId), eq(membership.role, 'admin')));
	return admins;
}

/**
 * Marks the invitation used and adds the membership in one transaction. The update only
 * succeeds while the invitation is still open, so a link cannot be used twice, even at once.
 */
export async function acceptInvitation(db: Db, invitationId: string, userId: string, actorName: string, now = new Date()) {
	return db.transaction(async (tx) => {
		const inv = await claimOpenInvitation(tx, invitationId, now);
		if (!inv) return false;
		const [existing] = await tx
			.select()
			.from(membership)
			.where(and(eq(membership.organisationId, inv.organisationId), eq(membership.userId, userId)));
		if (!existing) {
			await tx.insert(membership).values({ organisationId: inv.organisationId, userId, role: inv.role });
		}
		await audit(tx, {
			organisationId: inv.organisationId,
			actor: { userId, name: actorName, email: inv.email, platformAdmin: false, memberships: [] },
			action: 'accept',
			entity: 'invitation',
			entityId: inv.id,
			after: { role: existing?.role ?? inv.role }
		});
		return true;
	});
}

/** The spaces an organisation takes part in. */
export async function spacesOfOrganisation(db: Db, organisationId: string) {
	return db
		.select({ id: space.id, slug: space.slug, name: space.name })
		.from(spaceParticipant)
		.innerJoin(space, eq(space.id, spaceParticipant.spaceId))
		.where(eq(spaceParticipant.organisationId, organisationId))
		.orderBy(asc(space.name));
}

/**
 * Creates an account for a new person and accepts their invitation, all in one transaction:
 * a failure leaves neither a half account nor a used invitation.
 */
export async function registerByInvitation(
	db: Db,
	invitationId: string,
	input: { email: string; name: string; passwordHash: string },
	now = new Date()
): Promise<{ ok: true; userId: string } | { ok: false; error: 'emailTaken' | 'invitationNotOpen' }> {
	return db.transaction(async (tx) => {
		const [taken] = await tx.select({ id: user.id }).from(user).where(eq(user.email, input.email));
		if (taken) return { ok: false as const, error: 'emailTaken' as const };
		const inv = await claimOpenInvitation(tx, invitationId, now);
		if (!inv) return { ok: false as const, error: 'invitationNotOpen' as const };
		const userId = crypto.randomUUID();
		await tx.insert(user).values({ id: userId, name: input.name, email: input.email, emailVerified: true });
		await tx.insert(account).values({
			id: crypto.randomUUID(),
			accountId: userId,
			providerId: 'credential',
			userId,
			password: input.passwordHash
		});
		await tx.insert(membership).values({ organisationId: inv.organisationId, userId, role: inv.role });
		await audit(tx, {
			organisationId: inv.organisationId,
			actor: { userId, name: input.name, email: input.email, platformAdmin: false, memberships: [] },
			action: 'accept',
			entity: 'invitation',
			entityId: inv.id,
			after: { role: inv.role, newAccount: true }
		});
		return { ok: true as const, userId };
	});
}

export async function userExists(db: Db, email: string): Promise<boolean> {
	const [row] = await db.select({ id: user.id }).from(user).where(eq(user.email, email.toLowerCase()));
	return !!row;
}
