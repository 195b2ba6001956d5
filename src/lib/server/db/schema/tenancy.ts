// Organisations, their members, invitations, regions and spaces (driehoeken).
import { pgTable, text, timestamp, integer, pgEnum, primaryKey, index, uniqueIndex } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { user } from './auth';

export const organisationKind = pgEnum('organisation_kind', [
	'municipality',
	'corporation',
	'tenantOrganisation',
	'residentsCommittee',
	'other'
]);
export const memberRole = pgEnum('member_role', ['admin', 'member', 'viewer']);
export const visibility = pgEnum('visibility', ['draft', 'shared', 'public']);

export const organisation = pgTable(
	'organisation',
	{
		id: text('id').primaryKey(),
		name: text('name').notNull(),
		kind: organisationKind('kind').notNull(),
		// CBS municipality code (GMxxxx); only for municipalities.
		cbsCode: text('cbs_code').unique(),
		// Number of homes owned (corporations) or represented (tenant bodies).
		homes: integer('homes'),
		// A local tenant body may belong to a central one, a residents' committee to a tenant body.
		parentId: text('parent_id'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('organisation_name_lower_idx').on(sql`lower(${t.name})`)]
);

export const membership = pgTable(
	'membership',
	{
		organisationId: text('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		role: memberRole('role').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.organisationId, t.userId] }), index('membership_user_idx').on(t.userId)]
);

export const invitation = pgTable(
	'invitation',
	{
		id: text('id').primaryKey(),
		organisationId: text('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		email: text('email').notNull(),
		role: memberRole('role').notNull(),
		// Only a hash of the link's token is stored, so a database leak does not leak working links.
		tokenHash: text('token_hash').notNull().unique(),
		invitedBy: text('invited_by').references(() => user.id, { onDelete: 'set null' }),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		acceptedAt: timestamp('accepted_at', { withTimezone: true }),
		revokedAt: timestamp('revoked_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('invitation_org_idx').on(t.organisationId)]
);

export const region = pgTable('region', {
	id: text('id').primaryKey(),
	name: text('name').notNull().unique()
});

export const space = pgTable(
	'space',
	{
		id: text('id').primaryKey(),
		slug: text('slug').notNull().unique(),
		name: text('name').notNull(),
		municipalityId: text('municipality_id')
			.notNull()
			.unique()
			.references(() => organisation.id),
		regionId: text('region_id').references(() => region.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('space_region_idx').on(t.regionId)]
);

export const spaceParticipant = pgTable(
	'space_participant',
	{
		spaceId: text('space_id')
			.notNull()
			.references(() => space.id, { onDelete: 'cascade' }),
		organisationId: text('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.spaceId, t.organisationId] }), index('space_participant_org_idx').on(t.organisationId)]
);
