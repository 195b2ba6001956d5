// One schema for both PGlite and PostgreSQL. Each capability adds its own file here.
export * from './auth';
export * from './tenancy';
export * from './platform';
export * from './agreements';
export * from './advice';
export * from './stamps';
export * from './panel';
export * from './liveability';
export * from './workshops';
