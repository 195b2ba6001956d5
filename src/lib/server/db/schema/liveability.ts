// Liveability (issue 7). Area data (areas, boundaries, indicator values per year) is national
// reference data, stored once for the whole platform and imported by a platform admin.
// Complexes, comments, pins and measures belong to a space.
import { pgTable, text, timestamp, integer, doublePrecision, jsonb, primaryKey, index, uniqueIndex } from 'drizzle-orm/pg-core';
import { organisation, space } from './tenancy';
import { user } from './auth';
import { wsActivity, wsParticipant } from './workshops';

/** A CBS area (gemeente, wijk or buurt); the name is the latest one imported. */
export const lvArea = pgTable(
	'lv_area',
	{
		code: text('code').primaryKey(),
		level: text('level').$type<'gemeente' | 'wijk' | 'buurt'>().notNull(),
		name: text('name'),
		municipalityCode: text('municipality_code').notNull(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('lv_area_municipality_idx').on(t.municipalityCode, t.level)]
);

/** Indicator values of one area, one year and one source (kwb | lbm): one row keeps imports fast. */
export const lvAreaData = pgTable(
	'lv_area_data',
	{
		code: text('code').notNull(),
		year: integer('year').notNull(),
		source: text('source').$type<'kwb' | 'lbm'>().notNull(),
		municipalityCode: text('municipality_code').notNull(),
		values: jsonb('values').$type<Record<string, number | null>>().notNull()
	},
	(t) => [primaryKey({ columns: [t.code, t.year, t.source] }), index('lv_area_data_municipality_idx').on(t.municipalityCode, t.year)]
);

/** Simplified WGS84 geometry for display, per area and boundary year. */
export const lvBoundary = pgTable(
	'lv_boundary',
	{
		code: text('code').notNull(),
		year: integer('year').notNull(),
		level: text('level').$type<'gemeente' | 'wijk' | 'buurt'>().notNull(),
		municipalityCode: text('municipality_code').notNull(),
		bbox: jsonb('bbox').$type<[number, number, number, number]>().notNull(),
		geometry: jsonb('geometry').notNull()
	},
	(t) => [primaryKey({ columns: [t.code, t.year] }), index('lv_boundary_municipality_idx').on(t.municipalityCode, t.level, t.year)]
);

/** One import run: status and progress for the progress bar, and the validation report after. */
export const lvImport = pgTable('lv_import', {
	id: text('id').primaryKey(),
	kind: text('kind').$type<'kwb' | 'lbm' | 'boundaries'>().notNull(),
	fileName: text('file_name').notNull(),
	year: integer('year'),
	status: text('status').$type<'running' | 'done' | 'failed'>().notNull(),
	progress: integer('progress').notNull().default(0),
	report: jsonb('report'),
	createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	finishedAt: timestamp('finished_at', { withTimezone: true })
});

/** A corporation's complex in a space, linked to a buurt. */
export const lvComplex = pgTable(
	'lv_complex',
	{
		id: text('id').primaryKey(),
		spaceId: text('space_id')
			.notNull()
			.references(() => space.id, { onDelete: 'cascade' }),
		corporationId: text('corporation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		number: text('number').notNull(),
		name: text('name').notNull(),
		buurtCode: text('buurt_code'),
		address: text('address'),
		homes: integer('homes'),
		buildYear: integer('build_year'),
		// Energy label → number of homes, e.g. { "A": 40, "C": 12 }.
		labels: jsonb('labels').$type<Record<string, number>>().notNull().default({})
	},
	(t) => [uniqueIndex('lv_complex_number_idx').on(t.spaceId, t.corporationId, t.number), index('lv_complex_buurt_idx').on(t.spaceId, t.buurtCode)]
);

/** Comments on an area or on one figure (area + indicator), shared within the space. */
export const lvComment = pgTable(
	'lv_comment',
	{
		id: text('id').primaryKey(),
		spaceId: text('space_id')
			.notNull()
			.references(() => space.id, { onDelete: 'cascade' }),
		areaCode: text('area_code').notNull(),
		// '' = about the area as a whole.
		indicator: text('indicator').notNull().default(''),
		authorId: text('author_id').references(() => user.id, { onDelete: 'set null' }),
		authorName: text('author_name').notNull(),
		organisationName: text('organisation_name').notNull().default(''),
		body: text('body').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('lv_comment_area_idx').on(t.spaceId, t.areaCode)]
);

/** A pin: a spot (on the map or described) with a category and a comment. */
export const lvPin = pgTable(
	'lv_pin',
	{
		id: text('id').primaryKey(),
		spaceId: text('space_id')
			.notNull()
			.references(() => space.id, { onDelete: 'cascade' }),
		areaCode: text('area_code').notNull(),
		lon: doublePrecision('lon'),
		lat: doublePrecision('lat'),
		spot: text('spot').notNull().default(''),
		category: text('category').notNull(),
		comment: text('comment').notNull(),
		authorId: text('author_id').references(() => user.id, { onDelete: 'set null' }),
		authorName: text('author_name').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		// Pins collected in a live workshop ("pins" activity): which activity and which participant,
		// so the workshop can count them, limit them per participant and remove them on a reset.
		// Null for pins placed in the liveability pages. The participant is referenced by id, never
		// by the phone's cookie token. Deleting a workshop keeps the pins on the map, unlinked.
		wsActivityId: text('ws_activity_id').references(() => wsActivity.id, { onDelete: 'set null' }),
		wsParticipantId: text('ws_participant_id').references(() => wsParticipant.id, { onDelete: 'set null' })
	},
	(t) => [index('lv_pin_area_idx').on(t.spaceId, t.areaCode), index('lv_pin_ws_activity_idx').on(t.wsActivityId, t.wsParticipantId)]
);

/** A measure for a problem area, ranked by the participants. */
export const lvMeasure = pgTable(
	'lv_measure',
	{
		id: text('id').primaryKey(),
		spaceId: text('space_id')
			.notNull()
			.references(() => space.id, { onDelete: 'cascade' }),
		areaCode: text('area_code').notNull(),
		title: text('title').notNull(),
		type: text('type').notNull(),
		ownerId: text('owner_id')
			.notNull()
			.references(() => organisation.id),
		agreementId: text('agreement_id'),
		createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('lv_measure_area_idx').on(t.spaceId, t.areaCode)]
);

/** One participant's position (1 = most important) for a measure. */
export const lvRanking = pgTable(
	'lv_ranking',
	{
		measureId: text('measure_id')
			.notNull()
			.references(() => lvMeasure.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.measureId, t.userId] })]
);
