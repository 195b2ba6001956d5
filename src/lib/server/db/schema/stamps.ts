// A counter per space and area of data, bumped by database triggers on every write to the
// tables of that area (drizzle/0002_data_stamp.sql). Pages cache what they computed under the
// counter's value, so a cache is never stale, even with several app processes.
import { bigint, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

export const dataStamp = pgTable(
	'data_stamp',
	{
		// No foreign key: triggers fire while a space's rows are being deleted in cascade.
		spaceId: text('space_id').notNull(),
		area: text('area').notNull(),
		stamp: bigint('stamp', { mode: 'number' }).notNull().default(0)
	},
	(t) => [primaryKey({ columns: [t.spaceId, t.area] })]
);
