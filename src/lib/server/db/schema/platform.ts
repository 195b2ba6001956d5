// Cross-cutting records: the audit log, the mail outbox and personal API tokens.
import { pgTable, text, timestamp, jsonb, bigserial, index } from 'drizzle-orm/pg-core';
import { user } from './auth';

export const auditLog = pgTable(
	'audit_log',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		spaceId: text('space_id'),
		organisationId: text('organisation_id'),
		actorUserId: text('actor_user_id'),
		actorName: text('actor_name'),
		action: text('action').notNull(),
		entity: text('entity').notNull(),
		entityId: text('entity_id'),
		before: jsonb('before'),
		after: jsonb('after'),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('audit_space_at_idx').on(t.spaceId, t.at), index('audit_org_at_idx').on(t.organisationId, t.at)]
);

export const mailOutbox = pgTable(
	'mail_outbox',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		to: text('to').notNull(),
		subject: text('subject').notNull(),
		text: text('text').notNull(),
		html: text('html'),
		// 'outbox' when no SMTP server is set, 'sent' or 'failed' when one is.
		status: text('status').notNull(),
		error: text('error'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('mail_outbox_created_idx').on(t.createdAt)]
);

export const apiToken = pgTable(
	'api_token',
	{
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		// The token is shown once; we keep its SHA-256 and a short prefix to recognise it in lists.
		tokenHash: text('token_hash').notNull().unique(),
		prefix: text('prefix').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
		revokedAt: timestamp('revoked_at', { withTimezone: true })
	},
	(t) => [index('api_token_user_idx').on(t.userId)]
);
