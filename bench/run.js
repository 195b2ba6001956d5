// `npm run bench`: every capability's benchmark, one after the other. Needs PostgreSQL
// (BENCH_DATABASE_URL, default postgres://postgres:postgres@127.0.0.1:5432/driehoek_bench).
await import('./foundation.js');
await import('./agreements.js');
await import('./advice.js');
await import('./panel.js');
await import('./liveability.js');
await import('./workshops.js');
