import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import type { DbHandle } from '../db';
import { auditLog, membership, user } from '../db/schema';
import { createTestDb } from '../testing/db';
import { demoIds } from '../seed/demo';
import {
	acceptInvitation,
	changeMemberRole,
	createInvitation,
	createOrganisation,
	DuplicateError,
	findInvitationByToken,
	loadActor,
	registerByInvitation,
	removeMember,
	revokeInvitation
} from './store';

let handle: DbHandle;
beforeAll(async () => {
	handle = await createTestDb();
});
afterAll(async () => handle?.close());

const admin = () => loadActor(handle.db, demoIds.user('karin.bos@hunzedal.example')).then((a) => a!);
const hunzedal = demoIds.organisation('hunzedal');

describe('organisations', () => {
	it('creates an organisation with an audit entry, and refuses a duplicate name in any case', async () => {
		const actor = await admin();
		const created = await createOrganisation(handle.db, actor, { name: 'Woonstichting Nieuw', kind: 'corporation', cbsCode: '', homes: '1.200' });
		expect(created.homes).toBe(1200);
		const entries = await handle.db.select().from(auditLog).where(eq(auditLog.entityId, created.id));
		expect(entries.map((e) => e.action)).toEqual(['create']);
		await expect(createOrganisation(handle.db, actor, { name: 'WOONSTICHTING NIEUW', kind: 'other', cbsCode: '', homes: '' })).rejects.toBeInstanceOf(DuplicateError);
	});
	it('refuses a second municipality with the same CBS code', async () => {
		const actor = await admin();
		await expect(
			createOrganisation(handle.db, actor, { name: 'Gemeente Assen (dubbel)', kind: 'municipality', cbsCode: 'GM0106', homes: '' })
		).rejects.toMatchObject({ field: 'cbsCode' });
	});
	it('keeps the last admin: no demotion, no removal', async () => {
		const actor = await admin();
		const hunzedalAdmins = await handle.db.select().from(membership).where(eq(membership.organisationId, hunzedal));
		expect(hunzedalAdmins.filter((m) => m.role === 'admin')).toHaveLength(1);
		expect(await changeMemberRole(handle.db, actor, hunzedal, actor.userId, 'member')).toEqual({ ok: false, error: 'lastAdmin' });
		expect(await removeMember(handle.db, actor, hunzedal, actor.userId)).toEqual({ ok: false, error: 'lastAdmin' });
		expect(await changeMemberRole(handle.db, actor, hunzedal, demoIds.user('dennis.smit@hunzedal.example'), 'viewer')).toEqual({ ok: true });
	});
});

describe('invitations', () => {
	it('stores only a hash, and the link works exactly once', async () => {
		const actor = await admin();
		const { token, invitation } = await createInvitation(handle.db, actor, hunzedal, { email: 'nieuw@hunzedal.example', role: 'member' }, 24);
		expect(invitation.tokenHash).not.toContain(token);
		const found = await findInvitationByToken(handle.db, token);
		expect(found?.organisationName).toBe('Woonstichting Hunzedal');
		const userId = demoIds.user('eva.mulder@hunzedal.example');
		// Two accepts at the same moment: one wins, the other changes nothing.
		const results = await Promise.all([acceptInvitation(handle.db, invitation.id, userId, 'Eva'), acceptInvitation(handle.db, invitation.id, userId, 'Eva')]);
		expect(results.filter(Boolean)).toHaveLength(1);
		expect(await acceptInvitation(handle.db, invitation.id, userId, 'Eva')).toBe(false);
	});
	it('refuses an expired or withdrawn invitation', async () => {
		const actor = await admin();
		const past = new Date(Date.now() - 48 * 3600_000);
		const expired = await createInvitation(handle.db, actor, hunzedal, { email: 'laat@hunzedal.example', role: 'viewer' }, 24, past);
		expect(await acceptInvitation(handle.db, expired.invitation.id, actor.userId, 'x')).toBe(false);
		const withdrawn = await createInvitation(handle.db, actor, hunzedal, { email: 'weg@hunzedal.example', role: 'viewer' }, 24);
		expect(await revokeInvitation(handle.db, actor, hunzedal, withdrawn.invitation.id)).toBe(true);
		expect(await acceptInvitation(handle.db, withdrawn.invitation.id, actor.userId, 'x')).toBe(false);
		expect(await revokeInvitation(handle.db, actor, hunzedal, withdrawn.invitation.id)).toBe(false);
	});
	it('creates account and membership together, or neither', async () => {
		const actor = await admin();
		const { invitation } = await createInvitation(handle.db, actor, hunzedal, { email: 'anouk.visser@assen.example', role: 'viewer' }, 24);
		const usersBefore = await handle.db.select({ n: sql<number>`count(*)::int` }).from(user);
		// The address already has an account: nothing is stored and the invitation stays open.
		expect(await registerByInvitation(handle.db, invitation.id, { email: 'anouk.visser@assen.example', name: 'A', passwordHash: 'x' })).toEqual({ ok: false, error: 'emailTaken' });
		expect((await handle.db.select({ n: sql<number>`count(*)::int` }).from(user))[0].n).toBe(usersBefore[0].n);
		const fresh = await createInvitation(handle.db, actor, hunzedal, { email: 'fleur@hunzedal.example', role: 'member' }, 24);
		const result = await registerByInvitation(handle.db, fresh.invitation.id, { email: 'fleur@hunzedal.example', name: 'Fleur', passwordHash: 'hash' });
		expect(result.ok).toBe(true);
		const newcomer = await loadActor(handle.db, (result as { userId: string }).userId);
		expect(newcomer?.memberships.map((m) => [m.organisationName, m.role])).toEqual([['Woonstichting Hunzedal', 'member']]);
		expect(await registerByInvitation(handle.db, fresh.invitation.id, { email: 'ander@x.example', name: 'X', passwordHash: 'h' })).toEqual({ ok: false, error: 'invitationNotOpen' });
	});
});
