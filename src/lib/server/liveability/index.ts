/** Liveability data-import engine (issue 7): pure parsers and validators, no I/O. */
export * from './codes';
export * from './reports';
export * from './kwb';
export * from './leefbaarometer';
export * from './boundaries';
export * from './classify';
export { detectDelimiter, parseNumberCell, stripBom, type Delimiter } from './csv';
