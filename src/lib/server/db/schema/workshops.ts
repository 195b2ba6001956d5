// Live workshops and masterclasses: programmes of an organisation, sessions tied to one or more
// spaces (municipalities), ordered activities, participants without an account (a phone cookie
// whose hash is stored) and their answers, one per participant and activity (upsert on resubmit).
import { pgTable, text, timestamp, integer, boolean, jsonb, primaryKey, index, uniqueIndex } from 'drizzle-orm/pg-core';
import { organisation, space } from './tenancy';
import { user } from './auth';

export const wsProgramme = pgTable(
	'ws_programme',
	{
		id: text('id').primaryKey(),
		organisationId: text('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		description: text('description').notNull().default(''),
		createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('ws_programme_org_idx').on(t.organisationId)]
);

export const wsSession = pgTable(
	'ws_session',
	{
		id: text('id').primaryKey(),
		programmeId: text('programme_id')
			.notNull()
			.references(() => wsProgramme.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		date: text('date').notNull(),
		place: text('place').notNull().default(''),
		joinCode: text('join_code').notNull().unique(),
		state: text('state').$type<'planned' | 'open' | 'closed'>().notNull().default('planned'),
		locked: boolean('locked').notNull().default(false),
		currentActivityId: text('current_activity_id'),
		/** Bumped on every change; screens compare it to know whether to refetch. */
		version: integer('version').notNull().default(0),
		/** Bumped only when the facilitator changes what phones show (open, next, reveal...). */
		phase: integer('phase').notNull().default(0),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('ws_session_programme_idx').on(t.programmeId)]
);

export const wsSessionSpace = pgTable(
	'ws_session_space',
	{
		sessionId: text('session_id')
			.notNull()
			.references(() => wsSession.id, { onDelete: 'cascade' }),
		spaceId: text('space_id')
			.notNull()
			.references(() => space.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.sessionId, t.spaceId] }), index('ws_session_space_space_idx').on(t.spaceId)]
);

export const wsActivity = pgTable(
	'ws_activity',
	{
		id: text('id').primaryKey(),
		sessionId: text('session_id')
			.notNull()
			.references(() => wsSession.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		kind: text('kind').$type<'chips' | 'estimate' | 'poll' | 'pins'>().notNull(),
		/** ChipsConfig, EstimateQuestion, Poll or PinsConfig (see the pure rules). */
		config: jsonb('config').notNull(),
		state: text('state').$type<'draft' | 'open' | 'closed' | 'revealed'>().notNull().default('draft'),
		locked: boolean('locked').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('ws_activity_session_idx').on(t.sessionId, t.position)]
);

export const wsParticipant = pgTable(
	'ws_participant',
	{
		id: text('id').primaryKey(),
		sessionId: text('session_id')
			.notNull()
			.references(() => wsSession.id, { onDelete: 'cascade' }),
		/** sha256 of the phone's cookie token. */
		tokenHash: text('token_hash').notNull().unique(),
		tableId: text('table_id').notNull(),
		role: text('role').notNull(),
		displayName: text('display_name').notNull().default(''),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('ws_participant_session_idx').on(t.sessionId)]
);

export const wsAnswer = pgTable(
	'ws_answer',
	{
		activityId: text('activity_id')
			.notNull()
			.references(() => wsActivity.id, { onDelete: 'cascade' }),
		participantId: text('participant_id')
			.notNull()
			.references(() => wsParticipant.id, { onDelete: 'cascade' }),
		tableId: text('table_id').notNull(),
		value: jsonb('value').notNull(),
		/** The session version at the last write: orders answers and acknowledges a submission. */
		sequence: integer('sequence').notNull(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('ws_answer_one_per_participant').on(t.activityId, t.participantId)]
);
