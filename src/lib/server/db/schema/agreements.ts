// Performance agreements (prestatieafspraken): cycle settings, housing vision, bids with
// comments, agreement sets with versions, signatures and progress.
import { pgTable, text, timestamp, integer, boolean, date, doublePrecision, jsonb, primaryKey, index, uniqueIndex } from 'drizzle-orm/pg-core';
import { space, organisation, visibility } from './tenancy';

/** Settings of one space for one cycle year. */
export const agreementCycle = pgTable(
	'agreement_cycle',
	{
		spaceId: text('space_id').notNull().references(() => space.id, { onDelete: 'cascade' }),
		year: integer('year').notNull(),
		signDeadline: date('sign_deadline', { mode: 'string' }),
		talksStartedOn: date('talks_started_on', { mode: 'string' }),
		// Publish the signed agreements on the public page /p/<space>.
		publish: boolean('publish').notNull().default(false),
		// The organisations that are party to (and sign) this year's agreements; null: all of them.
		parties: jsonb('parties').$type<string[]>()
	},
	(t) => [primaryKey({ columns: [t.spaceId, t.year] })]
);

/** The municipality's goals per theme (woonvisie / volkshuisvestingsprogramma). */
export const housingVisionGoal = pgTable(
	'housing_vision_goal',
	{
		id: text('id').primaryKey(),
		spaceId: text('space_id').notNull().references(() => space.id, { onDelete: 'cascade' }),
		year: integer('year').notNull(),
		theme: text('theme').notNull(),
		text: text('text').notNull(),
		updatedBy: text('updated_by'),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('housing_vision_goal_uq').on(t.spaceId, t.year, t.theme)]
);

/** One theme of a corporation's bid. Draft until the corporation shares it. */
export const bidPart = pgTable(
	'bid_part',
	{
		id: text('id').primaryKey(),
		spaceId: text('space_id').notNull().references(() => space.id, { onDelete: 'cascade' }),
		year: integer('year').notNull(),
		organisationId: text('organisation_id').notNull().references(() => organisation.id, { onDelete: 'cascade' }),
		theme: text('theme').notNull(),
		text: text('text').notNull(),
		visibility: visibility('visibility').notNull().default('draft'),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('bid_part_uq').on(t.spaceId, t.year, t.organisationId, t.theme)]
);

export const bidComment = pgTable(
	'bid_comment',
	{
		id: text('id').primaryKey(),
		bidPartId: text('bid_part_id').notNull().references(() => bidPart.id, { onDelete: 'cascade' }),
		organisationId: text('organisation_id').notNull().references(() => organisation.id, { onDelete: 'cascade' }),
		authorName: text('author_name').notNull(),
		text: text('text').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('bid_comment_part_idx').on(t.bidPartId, t.createdAt)]
);

/** A version of the agreements of one space and cycle year. Locked once every party signed. */
export const agreementSet = pgTable(
	'agreement_set',
	{
		id: text('id').primaryKey(),
		spaceId: text('space_id').notNull().references(() => space.id, { onDelete: 'cascade' }),
		year: integer('year').notNull(),
		versionNo: integer('version_no').notNull(),
		// The signed set this yearly update (jaarschijf) started from.
		previousSetId: text('previous_set_id'),
		lockedAt: timestamp('locked_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('agreement_set_uq').on(t.spaceId, t.year, t.versionNo)]
);

export const agreement = pgTable(
	'agreement',
	{
		id: text('id').primaryKey(),
		setId: text('set_id').notNull().references(() => agreementSet.id, { onDelete: 'cascade' }),
		// Stays the same across versions of the set, so versions can be compared.
		lineageId: text('lineage_id').notNull(),
		position: integer('position').notNull().default(0),
		theme: text('theme').notNull(),
		text: text('text').notNull(),
		committingParties: jsonb('committing_parties').$type<string[]>().notNull().default([]),
		ownerName: text('owner_name'),
		indicator: text('indicator'),
		unit: text('unit'),
		baseline: doublePrecision('baseline'),
		baselineYear: integer('baseline_year'),
		targets: jsonb('targets').$type<{ year: number; value: number }[]>().notNull().default([]),
		deadline: date('deadline', { mode: 'string' }),
		// Optimistic locking: every save must carry the version it started from.
		version: integer('version').notNull().default(1),
		updatedBy: text('updated_by'),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('agreement_set_idx').on(t.setId, t.position)]
);

export const agreementSignature = pgTable(
	'agreement_signature',
	{
		setId: text('set_id').notNull().references(() => agreementSet.id, { onDelete: 'cascade' }),
		organisationId: text('organisation_id').notNull().references(() => organisation.id, { onDelete: 'cascade' }),
		signerName: text('signer_name').notNull(),
		signedAt: timestamp('signed_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.setId, t.organisationId] })]
);

export const progressEntry = pgTable(
	'progress_entry',
	{
		id: text('id').primaryKey(),
		// Progress follows the agreement across yearly updates.
		lineageId: text('lineage_id').notNull(),
		spaceId: text('space_id').notNull().references(() => space.id, { onDelete: 'cascade' }),
		period: text('period').notNull(),
		measuredOn: date('measured_on', { mode: 'string' }).notNull(),
		value: doublePrecision('value').notNull(),
		explanation: text('explanation').notNull().default(''),
		evidenceName: text('evidence_name'),
		evidenceKey: text('evidence_key'),
		authorName: text('author_name').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('progress_lineage_idx').on(t.lineageId, t.measuredOn), index('progress_space_idx').on(t.spaceId)]
);
