// Starts the built app with sensible defaults for a laptop: embedded database in ./data,
// demo data, http://localhost:3000. Every default can be overridden by the environment.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
process.chdir(root);
process.env.PORT ||= '3000';
process.env.HOST ||= '127.0.0.1';
process.env.ORIGIN ||= `http://localhost:${process.env.PORT}`;
// Close open connections quickly on SIGTERM: a clean stop within a few seconds.
process.env.SHUTDOWN_TIMEOUT ||= '3';
process.env.BODY_SIZE_LIMIT ||= '25M';

await import(pathToFileURL(path.join(root, 'build', 'index.js')).href);
console.log(`\nDriehoek draait op ${process.env.ORIGIN}  (Driehoek is running at ${process.env.ORIGIN})`);
console.log(process.env.DATABASE_URL ? 'Database: PostgreSQL' : `Database: ingebouwd / embedded (${path.resolve(process.env.DATA_DIR || 'data')})`);
