import { defineConfig } from 'drizzle-kit';

// Migrations are generated from the schema files and applied at start (see db/migrate.ts).
export default defineConfig({
	dialect: 'postgresql',
	schema: './src/lib/server/db/schema/index.ts',
	out: './drizzle'
});
