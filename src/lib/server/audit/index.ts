// The audit log: who changed what and when, with the record before and after.
import { and, desc, eq, lt } from 'drizzle-orm';
import type { Db, Tx } from '../db';
import { auditLog } from '../db/schema';
import type { Actor } from '../auth/access';

export interface AuditEntry {
	spaceId?: string | null;
	organisationId?: string | null;
	actor: Actor | null;
	action: 'create' | 'update' | 'delete' | 'invite' | 'accept' | 'revoke' | 'sign' | string;
	entity: string;
	entityId?: string | null;
	before?: unknown;
	after?: unknown;
}

export async function audit(db: Db | Tx, entry: AuditEntry): Promise<void> {
	await db.insert(auditLog).values({
		spaceId: entry.spaceId ?? null,
		organisationId: entry.organisationId ?? null,
		actorUserId: entry.actor?.userId ?? null,
		actorName: entry.actor?.name ?? null,
		action: entry.action,
		entity: entry.entity,
		entityId: entry.entityId ?? null,
		before: entry.before ?? null,
		after: entry.after ?? null
	});
}

export async function listAudit(
	db: Db,
	scope: { spaceId?: string; organisationId?: string },
	options: { limit?: number; before?: number } = {}
) {
	const conditions = [];
	if (scope.spaceId) conditions.push(eq(auditLog.spaceId, scope.spaceId));
	if (scope.organisationId) conditions.push(eq(auditLog.organisationId, scope.organisationId));
	if (options.before) conditions.push(lt(auditLog.id, options.before));
	return db
		.select()
		.from(auditLog)
		.where(and(...conditions))
		.orderBy(desc(auditLog.id))
		.limit(options.limit ?? 50);
}
