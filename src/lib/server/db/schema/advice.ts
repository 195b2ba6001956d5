// Advice, consent and information requests under the Overlegwet, the topic × say matrix per
// corporation–tenant organisation pair, the participation calendar and e-mail reminders.
// Calendar dates (Europe/Amsterdam) are stored as SQL dates in 'YYYY-MM-DD' string mode.
import { pgTable, text, timestamp, integer, date, boolean, jsonb, primaryKey, index, uniqueIndex } from 'drizzle-orm/pg-core';
import { organisation, space } from './tenancy';
import { user } from './auth';

/** Type of say per policy topic for one corporation–tenant organisation pair. */
export const adviceTopicSay = pgTable(
	'advice_topic_say',
	{
		spaceId: text('space_id')
			.notNull()
			.references(() => space.id, { onDelete: 'cascade' }),
		corporationId: text('corporation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		tenantOrganisationId: text('tenant_organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		topic: text('topic').notNull(),
		say: text('say').notNull(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.spaceId, t.corporationId, t.tenantOrganisationId, t.topic] })]
);

export const adviceRequest = pgTable(
	'advice_request',
	{
		id: text('id').primaryKey(),
		spaceId: text('space_id')
			.notNull()
			.references(() => space.id, { onDelete: 'cascade' }),
		// advice | consent | information | unsolicitedAdvice
		kind: text('kind').$type<'advice' | 'consent' | 'information' | 'unsolicitedAdvice'>().notNull(),
		corporationId: text('corporation_id')
			.notNull()
			.references(() => organisation.id),
		tenantOrganisationId: text('tenant_organisation_id')
			.notNull()
			.references(() => organisation.id),
		topic: text('topic').notNull(),
		title: text('title').notNull(),
		body: text('body').notNull().default(''),
		documentsUrl: text('documents_url'),
		receivedOn: date('received_on', { mode: 'string' }).notNull(),
		periodDays: integer('period_days'),
		// The tenant side's draft advice: only its own members see it until it is sent.
		adviceDraft: text('advice_draft').notNull().default(''),
		adviceText: text('advice_text'),
		adviceGivenOn: date('advice_given_on', { mode: 'string' }),
		// follows | followsInPart | departs (advice); consent | refusal (consent); answered (information)
		answerKind: text('answer_kind'),
		answerText: text('answer_text'),
		answeredOn: date('answered_on', { mode: 'string' }),
		closedOn: date('closed_on', { mode: 'string' }),
		calendarItemId: text('calendar_item_id'),
		createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('advice_request_space_idx').on(t.spaceId, t.receivedOn), index('advice_request_item_idx').on(t.calendarItemId)]
);

/** Comments on the tenant side's draft advice; visible to that organisation only. */
export const adviceComment = pgTable(
	'advice_comment',
	{
		id: text('id').primaryKey(),
		requestId: text('request_id')
			.notNull()
			.references(() => adviceRequest.id, { onDelete: 'cascade' }),
		organisationId: text('organisation_id').notNull(),
		authorName: text('author_name').notNull(),
		body: text('body').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('advice_comment_request_idx').on(t.requestId)]
);

export const calendarItem = pgTable(
	'calendar_item',
	{
		id: text('id').primaryKey(),
		spaceId: text('space_id')
			.notNull()
			.references(() => space.id, { onDelete: 'cascade' }),
		corporationId: text('corporation_id')
			.notNull()
			.references(() => organisation.id),
		tenantOrganisationId: text('tenant_organisation_id')
			.notNull()
			.references(() => organisation.id),
		year: integer('year').notNull(),
		topic: text('topic').notNull(),
		title: text('title').notNull(),
		// Either a month (1–12) or a quarter (1–4).
		month: integer('month'),
		quarter: integer('quarter'),
		say: text('say').notNull(),
		raisedBy: text('raised_by').notNull(),
		priority: text('priority').notNull(),
		status: text('status').notNull(),
		owner: text('owner').notNull().default(''),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('calendar_item_space_year_idx').on(t.spaceId, t.year)]
);

/** An agreed calendar: a snapshot both sides approved. */
export const calendarVersion = pgTable(
	'calendar_version',
	{
		id: text('id').primaryKey(),
		spaceId: text('space_id')
			.notNull()
			.references(() => space.id, { onDelete: 'cascade' }),
		corporationId: text('corporation_id').notNull(),
		tenantOrganisationId: text('tenant_organisation_id').notNull(),
		year: integer('year').notNull(),
		number: integer('number').notNull(),
		items: jsonb('items').notNull(),
		corporationApprovedBy: text('corporation_approved_by'),
		corporationApprovedAt: timestamp('corporation_approved_at', { withTimezone: true }),
		tenantApprovedBy: text('tenant_approved_by'),
		tenantApprovedAt: timestamp('tenant_approved_at', { withTimezone: true }),
		lockedAt: timestamp('locked_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('calendar_version_number_idx').on(t.spaceId, t.corporationId, t.tenantOrganisationId, t.year, t.number)]
);

/** The secret link of a space's iCalendar feed; only a hash is kept. */
export const calendarFeed = pgTable('calendar_feed', {
	spaceId: text('space_id')
		.primaryKey()
		.references(() => space.id, { onDelete: 'cascade' }),
	tokenHash: text('token_hash').notNull().unique(),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});

export const adviceReminderPreference = pgTable('advice_reminder_preference', {
	userId: text('user_id')
		.primaryKey()
		.references(() => user.id, { onDelete: 'cascade' }),
	beforeDeadline: boolean('before_deadline').notNull().default(true),
	overdueAnswer: boolean('overdue_answer').notNull().default(true),
	weeklyDigest: boolean('weekly_digest').notNull().default(false)
});

/** One row per reminder sent, so the runner never sends the same reminder twice. */
export const adviceReminderSent = pgTable('advice_reminder_sent', {
	key: text('key').primaryKey(),
	userId: text('user_id').notNull(),
	sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow()
});

/**
 * A file with a request: 'request' documents come from the side that started it, 'advice'
 * documents from the tenant organisation with its advice (hidden from the corporation until
 * the advice is sent). The bytes live in the file store under storageKey.
 */
export const adviceDocument = pgTable(
	'advice_document',
	{
		id: text('id').primaryKey(),
		spaceId: text('space_id')
			.notNull()
			.references(() => space.id, { onDelete: 'cascade' }),
		requestId: text('request_id')
			.notNull()
			.references(() => adviceRequest.id, { onDelete: 'cascade' }),
		organisationId: text('organisation_id')
			.notNull()
			.references(() => organisation.id),
		part: text('part').$type<'request' | 'advice'>().notNull(),
		name: text('name').notNull(),
		storageKey: text('storage_key').notNull(),
		size: integer('size').notNull(),
		uploadedBy: text('uploaded_by').references(() => user.id, { onDelete: 'set null' }),
		uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('advice_document_request_idx').on(t.requestId)]
);
