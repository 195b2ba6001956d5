// Tenant panel (huurderpanel): panels, members, surveys with versions, invitations, and the two
// halves of a submission kept apart on purpose (see panel/anonymity.ts):
// - panel_participation knows WHO answered (member, invitation, date) but not WHAT;
// - panel_response knows WHAT was answered (answers, source, ISO week) but not WHO or WHEN
//   exactly: no member or invitation column, no timestamp, random ids.
// panel/anonymity.test.ts inspects this file's tables to keep it that way.
import { pgTable, text, timestamp, integer, date, jsonb, boolean, primaryKey, index, uniqueIndex } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { organisation, space } from './tenancy';

export const panel = pgTable(
	'panel',
	{
		id: text('id').primaryKey(),
		spaceId: text('space_id')
			.notNull()
			.references(() => space.id, { onDelete: 'cascade' }),
		// The tenant organisation (or corporation) that runs the panel.
		organisationId: text('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		consentText: text('consent_text').notNull(),
		// Smallest group shown in breakdowns; never below 5 (results.effectiveThreshold).
		threshold: integer('threshold').notNull().default(5),
		// Signs personal links (HMAC), so no working link is stored anywhere.
		secret: text('secret').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('panel_space_idx').on(t.spaceId)]
);

export const panelMember = pgTable(
	'panel_member',
	{
		id: text('id').primaryKey(),
		panelId: text('panel_id')
			.notNull()
			.references(() => panel.id, { onDelete: 'cascade' }),
		// Null for tenants reached by letter only.
		email: text('email'),
		name: text('name').notNull().default(''),
		address: text('address').notNull().default(''),
		// pending (signed up, not confirmed) | active
		status: text('status').$type<'pending' | 'active'>().notNull(),
		// consent (own sign-up) | legitimateInterest | consentOnPaper (import, recorded by the importer)
		legalBasis: text('legal_basis').notNull(),
		// signup | import
		origin: text('origin').notNull(),
		consentText: text('consent_text'),
		municipality: text('municipality'),
		neighbourhood: text('neighbourhood'),
		ageBand: text('age_band'),
		householdType: text('household_type'),
		tenureYears: text('tenure_years'),
		confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('panel_member_email_idx').on(t.panelId, t.email), index('panel_member_panel_idx').on(t.panelId)]
);

/** Population figures per municipality and age band (e.g. from CBS), for the composition check. */
export const panelPopulation = pgTable(
	'panel_population',
	{
		panelId: text('panel_id')
			.notNull()
			.references(() => panel.id, { onDelete: 'cascade' }),
		municipality: text('municipality').notNull(),
		attribute: text('attribute').notNull(),
		groupKey: text('group_key').notNull(),
		value: integer('value').notNull()
	},
	(t) => [primaryKey({ columns: [t.panelId, t.municipality, t.attribute, t.groupKey] })]
);

export const panelSurvey = pgTable(
	'panel_survey',
	{
		id: text('id').primaryKey(),
		panelId: text('panel_id')
			.notNull()
			.references(() => panel.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		currentVersion: integer('current_version').notNull().default(1),
		opensAt: timestamp('opens_at', { withTimezone: true }).notNull(),
		closesAt: timestamp('closes_at', { withTimezone: true }).notNull(),
		resultsPublic: boolean('results_public').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('panel_survey_panel_idx').on(t.panelId)]
);

/** The whole survey definition (survey.ts surveySchema) per version. */
export const panelSurveyVersion = pgTable(
	'panel_survey_version',
	{
		surveyId: text('survey_id')
			.notNull()
			.references(() => panelSurvey.id, { onDelete: 'cascade' }),
		version: integer('version').notNull(),
		definition: jsonb('definition').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.surveyId, t.version] })]
);

export const panelInvitation = pgTable(
	'panel_invitation',
	{
		id: text('id').primaryKey(),
		surveyId: text('survey_id')
			.notNull()
			.references(() => panelSurvey.id, { onDelete: 'cascade' }),
		// Withdrawal erases the member and, by cascade, their invitations and participation.
		memberId: text('member_id')
			.notNull()
			.references(() => panelMember.id, { onDelete: 'cascade' }),
		// email | letter
		channel: text('channel').$type<'email' | 'letter'>().notNull(),
		// Letter invitations only: the printed code (8 characters, letterCodes.ts). Never reissued.
		letterCode: text('letter_code').unique(),
		sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
		remindedAt: timestamp('reminded_at', { withTimezone: true })
	},
	(t) => [uniqueIndex('panel_invitation_member_idx').on(t.surveyId, t.memberId, t.channel)]
);

/** Who answered: one row per invitation (the primary key is the one-answer guarantee). */
export const panelParticipation = pgTable(
	'panel_participation',
	{
		invitationId: text('invitation_id')
			.primaryKey()
			.references(() => panelInvitation.id, { onDelete: 'cascade' }),
		surveyId: text('survey_id').notNull(),
		memberId: text('member_id').notNull(),
		// A date only (Europe/Amsterdam), never a time.
		answeredOn: date('answered_on', { mode: 'string' }).notNull()
	},
	(t) => [index('panel_participation_survey_idx').on(t.surveyId)]
);

/** Saved progress of an unfinished answer; removed when the answer is sent. */
export const panelDraft = pgTable('panel_draft', {
	invitationId: text('invitation_id')
		.primaryKey()
		.references(() => panelInvitation.id, { onDelete: 'cascade' }),
	answers: jsonb('answers').notNull()
});

/**
 * What was answered. Deliberately no member id, no invitation id and no timestamp: only the
 * survey, its version, the source, an ISO week and coarse profile bands for breakdowns.
 */
export const panelResponse = pgTable(
	'panel_response',
	{
		id: text('id').primaryKey(),
		surveyId: text('survey_id')
			.notNull()
			.references(() => panelSurvey.id, { onDelete: 'cascade' }),
		version: integer('version').notNull(),
		// online | letter | paper
		source: text('source').notNull(),
		period: text('period').notNull(),
		answers: jsonb('answers').notNull(),
		profile: jsonb('profile').notNull(),
		optionalName: text('optional_name'),
		// Whether this response is already counted in panel_tally (counting runs just after the insert, in batches).
		tallied: boolean('tallied').notNull().default(false)
	},
	(t) => [index('panel_response_survey_idx').on(t.surveyId), index('panel_response_untallied_idx').on(t.surveyId).where(sql`not ${t.tallied}`)]
);

/**
 * Running counts per survey, question column and answer key, so the results page reads a few
 * hundred rows instead of every answer. New responses are folded in batches (store.foldTallies)
 * right after they are stored and always before results are read.
 */
export const panelTally = pgTable(
	'panel_tally',
	{
		surveyId: text('survey_id')
			.notNull()
			.references(() => panelSurvey.id, { onDelete: 'cascade' }),
		questionKey: text('question_key').notNull(),
		answerKey: text('answer_key').notNull(),
		shard: integer('shard').notNull(),
		count: integer('count').notNull()
	},
	(t) => [primaryKey({ columns: [t.surveyId, t.questionKey, t.answerKey, t.shard] })]
);
