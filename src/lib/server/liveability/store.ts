// Liveability I/O: imports of national area data (one transaction per import: nothing
// half-imported), the space's complexes, comments, pins and ranked measures.
// No $lib imports: the CLI (scripts/import.ts) uses this module too.
import crypto from 'node:crypto';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import turfBbox from '@turf/bbox';
import type { Db, Tx } from '../db';
import { agreement, agreementSet, lvArea, lvAreaData, lvBoundary, lvComment, lvComplex, lvImport, lvMeasure, lvPin, lvRanking, organisation } from '../db/schema';
import type { Actor } from '../auth/access';
import { audit } from '../audit';
import { parseKwbCsv } from './kwb';
import { parseLeefbaarometerCsv } from './leefbaarometer';
import { parseBoundaries, simplifyForDisplay, containsPoint, type AreaGeometry, type BoundaryFeature } from './boundaries';
import { ReportBuilder, checkFileSize, type ValidationReport } from './reports';
import { gemeenteOf, validateAreaCode, wijkOf, type AreaLevel } from './codes';
import { NL_CODE, aggregateRanking, indicatorInfo, nationalKwb, nationalLbm, normalizePositions } from './catalog';

export type ImportKind = 'kwb' | 'lbm' | 'boundaries';

export interface ImportInput {
	kind?: ImportKind | null;
	fileName: string;
	text: string;
	bytes?: number;
	year?: number | null;
	codeProperty?: string | null;
	nameProperty?: string | null;
	dataProperties?: unknown;
}

export interface ImportOutcome {
	ok: boolean;
	kind: ImportKind | null;
	years: number[];
	written: number;
	report: ValidationReport;
}

export type Progress = (fraction: number) => void;

const CHUNK = 1000;

/** Kind from the file name and its first bytes. */
export function detectKind(fileName: string, text: string): ImportKind | null {
	const lower = fileName.toLowerCase();
	const head = text.slice(0, 2000).replace(/^\uFEFF/, '').trimStart();
	if (lower.endsWith('.geojson') || lower.endsWith('.topojson') || head.startsWith('{')) return 'boundaries';
	const firstLine = head.split(/\r?\n/)[0].toLowerCase();
	if (/(^|[,;\t"])lbm([,;\t"]|$)/.test(firstLine) || lower.includes('leefbaarometer') || lower.includes('lbm')) return 'lbm';
	if (lower.endsWith('.csv') || firstLine.includes('code')) return 'kwb';
	return null;
}

/** A 4-digit year in the file name (kwb2024…, wijken_2024…). */
export function yearFromFileName(fileName: string): number | null {
	const m = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(fileName);
	return m ? Number(m[1]) : null;
}

function failed(kind: ImportKind | null, report: ValidationReport): ImportOutcome {
	return { ok: false, kind, years: [], written: 0, report };
}

function fatalReport(code: 'missingYearColumn' | 'notGeoJson' | 'emptyFile', detail?: string): ValidationReport {
	const b = new ReportBuilder();
	b.addFatal({ code, detail });
	return b.build({});
}

async function upsertAreas(tx: Tx, rows: { code: string; level: AreaLevel; name: string | null; municipalityCode: string }[]) {
	const unique = new Map(rows.map((r) => [r.code, r]));
	const list = [...unique.values()];
	for (let i = 0; i < list.length; i += CHUNK) {
		await tx
			.insert(lvArea)
			.values(list.slice(i, i + CHUNK))
			.onConflictDoUpdate({
				target: lvArea.code,
				set: { name: sql`coalesce(excluded.name, ${lvArea.name})`, updatedAt: sql`now()` }
			});
	}
}

async function insertData(tx: Tx, rows: (typeof lvAreaData.$inferInsert)[], onProgress: Progress | undefined, from: number) {
	for (let i = 0; i < rows.length; i += CHUNK) {
		await tx.insert(lvAreaData).values(rows.slice(i, i + CHUNK));
		onProgress?.(from + ((1 - from) * Math.min(rows.length, i + CHUNK)) / rows.length);
	}
}

/** Parse, validate and store one file. Re-importing a year replaces that year. */
export async function runImport(db: Db, input: ImportInput, onProgress?: Progress): Promise<ImportOutcome> {
	try {
		return await importFile(db, input, onProgress);
	} finally {
		clearIndicatorCache();
	}
}

async function importFile(db: Db, input: ImportInput, onProgress?: Progress): Promise<ImportOutcome> {
	const size = checkFileSize(input.bytes ?? Buffer.byteLength(input.text));
	if (!size.ok) return failed(input.kind ?? null, size);
	const kind = input.kind ?? detectKind(input.fileName, input.text);
	if (!kind) return failed(null, fatalReport('notGeoJson', input.fileName));
	const year = input.year ?? yearFromFileName(input.fileName);
	onProgress?.(0.05);

	if (kind === 'kwb') {
		const parsed = parseKwbCsv(input.text, { year: year ?? undefined, dataProperties: input.dataProperties });
		if (!parsed.report.ok) return failed(kind, parsed.report);
		if (parsed.rows.some((r) => r.year === null)) return failed(kind, fatalReport('missingYearColumn'));
		onProgress?.(0.3);
		const years = [...new Set(parsed.rows.map((r) => r.year as number))].sort();
		const nl = nationalKwb(parsed.rows);
		const data: (typeof lvAreaData.$inferInsert)[] = parsed.rows.map((r) => ({
			code: r.code,
			year: r.year as number,
			source: 'kwb',
			municipalityCode: r.municipalityCode,
			values: r.values
		}));
		if (nl && years.length === 1) data.push({ code: NL_CODE, year: years[0], source: 'kwb', municipalityCode: NL_CODE, values: nl });
		await db.transaction(async (tx) => {
			await upsertAreas(tx, parsed.rows);
			onProgress?.(0.5);
			await tx.delete(lvAreaData).where(and(eq(lvAreaData.source, 'kwb'), inArray(lvAreaData.year, years)));
			await insertData(tx, data, onProgress, 0.5);
		});
		return { ok: true, kind, years, written: parsed.rows.length, report: parsed.report };
	}

	if (kind === 'lbm') {
		const parsed = parseLeefbaarometerCsv(input.text, { year: year ?? undefined });
		if (!parsed.report.ok) return failed(kind, parsed.report);
		onProgress?.(0.3);
		const years = parsed.years;
		const nl = nationalLbm(parsed.rows);
		const data: (typeof lvAreaData.$inferInsert)[] = parsed.rows.map((r) => ({
			code: r.code,
			year: r.year,
			source: 'lbm',
			municipalityCode: r.municipalityCode,
			values: r.scores
		}));
		for (const [y, values] of nl) data.push({ code: NL_CODE, year: y, source: 'lbm', municipalityCode: NL_CODE, values });
		await db.transaction(async (tx) => {
			await upsertAreas(tx, parsed.rows);
			await tx.delete(lvAreaData).where(and(eq(lvAreaData.source, 'lbm'), inArray(lvAreaData.year, years)));
			await insertData(tx, data, onProgress, 0.4);
		});
		return { ok: true, kind, years, written: parsed.rows.length, report: parsed.report };
	}

	// Boundaries: generalised real-world files contain some self-intersections; keep them (warned).
	const parsed = parseBoundaries(input.text, {
		codeProperty: input.codeProperty || undefined,
		nameProperty: input.nameProperty || undefined,
		onInvalid: 'keep'
	});
	if (!parsed.report.ok) {
		// The page offers these as the code/name property to choose.
		return failed(kind, { ...parsed.report, candidates: parsed.candidateProperties.map((c) => c.name) } as ValidationReport);
	}
	if (!year) return failed(kind, fatalReport('missingYearColumn'));
	onProgress?.(0.4);
	const cbs = parsed.features.filter((f): f is BoundaryFeature & { level: AreaLevel } => f.level !== null);
	const simple = simplifyForDisplay(cbs, 0.0002).features;
	onProgress?.(0.6);
	const levels = [...new Set(simple.map((f) => f.level as AreaLevel))];
	const rows = simple.map((f) => ({
		code: f.code,
		year,
		level: f.level as AreaLevel,
		municipalityCode: gemeenteOf(f.code) as string,
		bbox: turfBbox(f.geometry) as [number, number, number, number],
		geometry: roundGeometry(f.geometry)
	}));
	await db.transaction(async (tx) => {
		await upsertAreas(
			tx,
			simple.map((f) => ({ code: f.code, level: f.level as AreaLevel, name: f.name, municipalityCode: gemeenteOf(f.code) as string }))
		);
		await tx.delete(lvBoundary).where(and(eq(lvBoundary.year, year), inArray(lvBoundary.level, levels)));
		const chunk = 500;
		for (let i = 0; i < rows.length; i += chunk) {
			await tx.insert(lvBoundary).values(rows.slice(i, i + chunk));
			onProgress?.(0.6 + (0.4 * Math.min(rows.length, i + chunk)) / rows.length);
		}
	});
	return { ok: true, kind, years: [year], written: rows.length, report: parsed.report };
}

/** Five decimals (~1 m) is all a display needs and keeps the national GeoJSON small. */
function roundGeometry(g: AreaGeometry): AreaGeometry {
	const r = (p: number[]) => [Math.round(p[0] * 1e5) / 1e5, Math.round(p[1] * 1e5) / 1e5];
	if (g.type === 'Polygon') return { type: 'Polygon', coordinates: g.coordinates.map((ring) => ring.map(r)) };
	return { type: 'MultiPolygon', coordinates: g.coordinates.map((poly) => poly.map((ring) => ring.map(r))) };
}

// ---- Import jobs: status and progress for the progress bar ----

const live = new Map<string, { progress: number; status: 'running' | 'done' | 'failed' }>();

export interface ImportJob {
	id: string;
	kind: string;
	fileName: string;
	status: 'running' | 'done' | 'failed';
	progress: number;
	report: ValidationReport | null;
	years: number[];
	written: number;
}

/** Start an import; the promise resolves when it is done (the no-JS form awaits it, JS polls). */
export async function startImport(db: Db, actor: Actor, input: ImportInput): Promise<{ id: string; done: Promise<ImportOutcome> }> {
	const id = crypto.randomUUID();
	const kind = input.kind ?? detectKind(input.fileName, input.text) ?? 'kwb';
	await db.insert(lvImport).values({ id, kind, fileName: input.fileName.slice(0, 200), year: input.year ?? null, status: 'running', createdBy: actor.userId });
	live.set(id, { progress: 0, status: 'running' });
	const done = (async () => {
		let outcome: ImportOutcome;
		try {
			outcome = await runImport(db, input, (f) => {
				const l = live.get(id);
				if (l) l.progress = Math.round(f * 100);
			});
		} catch (e) {
			const b = new ReportBuilder();
			b.addFatal({ code: 'csvMalformed', detail: e instanceof Error ? e.message.slice(0, 300) : String(e) });
			outcome = failed(input.kind ?? null, b.build({}));
		}
		const status = outcome.ok ? 'done' : 'failed';
		await db
			.update(lvImport)
			.set({ status, progress: 100, report: { ...outcome.report, years: outcome.years, written: outcome.written }, finishedAt: new Date(), year: outcome.years[0] ?? input.year ?? null })
			.where(eq(lvImport.id, id));
		live.set(id, { progress: 100, status });
		setTimeout(() => live.delete(id), 60_000).unref?.();
		if (outcome.ok) await audit(db, { actor, action: 'import', entity: 'liveabilityData', entityId: id, after: { kind, fileName: input.fileName, years: outcome.years, written: outcome.written } });
		return outcome;
	})();
	return { id, done };
}

export async function getImportJob(db: Db, id: string): Promise<ImportJob | null> {
	const l = live.get(id);
	if (l && l.status === 'running') {
		return { id, kind: '', fileName: '', status: 'running', progress: l.progress, report: null, years: [], written: 0 };
	}
	const [row] = await db.select().from(lvImport).where(eq(lvImport.id, id));
	if (!row) return null;
	const report = row.report as (ValidationReport & { years?: number[]; written?: number }) | null;
	return {
		id,
		kind: row.kind,
		fileName: row.fileName,
		status: row.status,
		progress: row.status === 'running' ? (l?.progress ?? row.progress) : 100,
		report,
		years: report?.years ?? [],
		written: report?.written ?? 0
	};
}

export async function listImports(db: Db, limit = 10) {
	return db.select().from(lvImport).orderBy(desc(lvImport.createdAt)).limit(limit);
}

// ---- Reading area data ----

export interface AreaRow {
	code: string;
	level: AreaLevel;
	name: string | null;
	municipalityCode: string;
}

export async function municipalityCodeOf(db: Db, municipalityId: string): Promise<string | null> {
	const [row] = await db.select({ code: organisation.cbsCode }).from(organisation).where(eq(organisation.id, municipalityId));
	return row?.code ?? null;
}

export async function getArea(db: Db, code: string): Promise<AreaRow | null> {
	const [row] = await db.select().from(lvArea).where(eq(lvArea.code, code));
	return row ? { code: row.code, level: row.level, name: row.name, municipalityCode: row.municipalityCode } : null;
}

export async function listAreas(db: Db, municipalityCode: string, level?: AreaLevel): Promise<AreaRow[]> {
	const rows = await db
		.select({ code: lvArea.code, level: lvArea.level, name: lvArea.name, municipalityCode: lvArea.municipalityCode })
		.from(lvArea)
		.where(level ? and(eq(lvArea.municipalityCode, municipalityCode), eq(lvArea.level, level)) : eq(lvArea.municipalityCode, municipalityCode))
		.orderBy(asc(lvArea.code));
	return rows;
}

/** Every year of every source for these codes. */
export async function areaData(db: Db, codes: string[]) {
	if (codes.length === 0) return [];
	return db.select().from(lvAreaData).where(inArray(lvAreaData.code, codes)).orderBy(asc(lvAreaData.year));
}

export interface Series {
	key: string;
	years: number[];
	/** code → value per year (same order as years). */
	values: Record<string, (number | null)[]>;
}

/** Indicator series over the years for an area, its municipality and the Netherlands. */
export async function areaSeries(db: Db, area: AreaRow): Promise<{ codes: string[]; series: Series[] }> {
	const codes = [...new Set([area.code, area.municipalityCode, NL_CODE])];
	const rows = await areaData(db, codes);
	const keys = new Map<string, Set<number>>();
	for (const r of rows) {
		if (r.code !== area.code) continue;
		for (const [k, v] of Object.entries(r.values)) {
			if (v === null || !indicatorInfo(k)) continue;
			(keys.get(k) ?? keys.set(k, new Set()).get(k)!).add(r.year);
		}
	}
	const series: Series[] = [];
	for (const [key, yearSet] of keys) {
		const source = indicatorInfo(key)!.source;
		const years = [...yearSet].sort();
		const values: Record<string, (number | null)[]> = {};
		for (const c of codes) {
			values[c] = years.map((y) => {
				const row = rows.find((r) => r.code === c && r.year === y && r.source === source);
				const v = row?.values[key];
				return v === undefined ? null : v;
			});
		}
		series.push({ key, years, values });
	}
	return { codes, series };
}

/** Latest year with values for an indicator in a municipality. */
export async function latestYear(db: Db, municipalityCode: string, source: 'kwb' | 'lbm'): Promise<number | null> {
	const [row] = await db
		.select({ year: sql<number>`max(${lvAreaData.year})` })
		.from(lvAreaData)
		.where(and(eq(lvAreaData.municipalityCode, municipalityCode), eq(lvAreaData.source, source)));
	return row?.year ?? null;
}

export interface AreaValue extends AreaRow {
	value: number | null;
}

/** The areas of one level in a municipality with one indicator's value (latest year). */
export async function areaTable(db: Db, municipalityCode: string, level: AreaLevel, indicator: string) {
	const info = indicatorInfo(indicator);
	const source = info?.source ?? 'kwb';
	const year = await latestYear(db, municipalityCode, source);
	const areas = await listAreas(db, municipalityCode, level);
	const rows = year
		? await db
				.select({ code: lvAreaData.code, value: sql<number | null>`(${lvAreaData.values} ->> ${indicator})::float8` })
				.from(lvAreaData)
				.where(and(eq(lvAreaData.municipalityCode, municipalityCode), eq(lvAreaData.year, year), eq(lvAreaData.source, source)))
		: [];
	const byCode = new Map(rows.map((r) => [r.code, r.value]));
	return { year, rows: areas.map((a) => ({ ...a, value: byCode.get(a.code) ?? null })) };
}

/** Latest boundaries of one level in a municipality (or all of NL with municipalityCode null). */
export async function boundaries(db: Db, municipalityCode: string | null, level: AreaLevel) {
	const where = municipalityCode
		? and(eq(lvBoundary.municipalityCode, municipalityCode), eq(lvBoundary.level, level))
		: eq(lvBoundary.level, level);
	const [latest] = await db.select({ year: sql<number>`max(${lvBoundary.year})` }).from(lvBoundary).where(where);
	if (!latest?.year) return { year: null, features: [] as { code: string; bbox: number[]; geometry: AreaGeometry }[] };
	const features = await db
		.select({ code: lvBoundary.code, bbox: lvBoundary.bbox, geometry: lvBoundary.geometry })
		.from(lvBoundary)
		.where(and(where, eq(lvBoundary.year, latest.year)));
	return { year: latest.year, features: features as { code: string; bbox: number[]; geometry: AreaGeometry }[] };
}

/** Which levels have boundaries in this municipality, most detailed first. */
export async function levelsWithBoundaries(db: Db, municipalityCode: string): Promise<AreaLevel[]> {
	const rows = await db.selectDistinct({ level: lvBoundary.level }).from(lvBoundary).where(eq(lvBoundary.municipalityCode, municipalityCode));
	const order: AreaLevel[] = ['buurt', 'wijk', 'gemeente'];
	return order.filter((l) => rows.some((r) => r.level === l));
}

export interface AreaFeatureCollection {
	type: 'FeatureCollection';
	boundaryYear: number | null;
	features: { type: 'Feature'; id: string; properties: Record<string, string | number | null>; geometry: AreaGeometry }[];
}

/** GeoJSON of the areas of a municipality with the values of the given indicators (latest year). */
export async function areasGeoJson(db: Db, municipalityCode: string | null, level: AreaLevel, indicators: string[]): Promise<AreaFeatureCollection>;
export async function areasGeoJson(db: Db, municipalityCode: string | null, level: AreaLevel, indicators: string[], opts: { propertiesOnly: true }): Promise<Map<string, Record<string, string | number | null>>>;
export async function areasGeoJson(db: Db, municipalityCode: string | null, level: AreaLevel, indicators: string[], opts?: { propertiesOnly: true }) {
	const b = opts?.propertiesOnly
		? { year: null, features: (await db.select({ code: lvArea.code }).from(lvArea).where(municipalityCode ? and(eq(lvArea.municipalityCode, municipalityCode), eq(lvArea.level, level)) : eq(lvArea.level, level))).map((a) => ({ code: a.code, bbox: [] as number[], geometry: null as unknown as AreaGeometry })) }
		: await boundaries(db, municipalityCode, level);
	const codes = b.features.map((f) => f.code);
	const names = new Map<string, string | null>();
	const values = new Map<string, Record<string, number | null>>();
	if (codes.length) {
		const areaRows = municipalityCode
			? await db.select({ code: lvArea.code, name: lvArea.name }).from(lvArea).where(eq(lvArea.municipalityCode, municipalityCode))
			: await db.select({ code: lvArea.code, name: lvArea.name }).from(lvArea).where(eq(lvArea.level, level));
		for (const a of areaRows) names.set(a.code, a.name);
		for (const source of ['kwb', 'lbm'] as const) {
			const keys = indicators.filter((k) => indicatorInfo(k)?.source === source);
			if (!keys.length) continue;
			const [ly] = await db
				.select({ year: sql<number>`max(${lvAreaData.year})` })
				.from(lvAreaData)
				.where(municipalityCode ? and(eq(lvAreaData.municipalityCode, municipalityCode), eq(lvAreaData.source, source)) : eq(lvAreaData.source, source));
			if (!ly?.year) continue;
			const rows = await db
				// Only the asked keys leave the database: a national read of every key is ~10x the data.
				.select({ code: lvAreaData.code, values: sql<Record<string, number | null>>`jsonb_build_object(${sql.join(keys.map((k) => sql`${k}::text, ${lvAreaData.values} -> ${k}::text`), sql`, `)})` })
				.from(lvAreaData)
				.where(
					and(
						municipalityCode ? eq(lvAreaData.municipalityCode, municipalityCode) : sql`true`,
						eq(lvAreaData.year, ly.year),
						eq(lvAreaData.source, source)
					)
				);
			for (const r of rows) {
				const v = values.get(r.code) ?? {};
				for (const k of keys) v[k] = r.values[k] ?? null;
				values.set(r.code, v);
			}
		}
	}
	const propsOf = (code: string) =>
		({ code, name: names.get(code) ?? null, ...Object.fromEntries(indicators.map((k) => [k, values.get(code)?.[k] ?? null])) }) as Record<string, string | number | null>;
	if (opts?.propertiesOnly) return new Map(codes.map((c) => [c, propsOf(c)]));
	return {
		type: 'FeatureCollection' as const,
		boundaryYear: b.year,
		features: b.features.map((f) => ({
			type: 'Feature' as const,
			id: f.code,
			properties: propsOf(f.code),
			geometry: f.geometry
		}))
	};
}

/** Is the point inside the municipality? Uses gemeente boundaries, else the union of its areas. */
export async function areaAtPoint(db: Db, municipalityCode: string, lonLat: [number, number]): Promise<{ inside: boolean; code: string | null }> {
	for (const level of ['buurt', 'wijk'] as AreaLevel[]) {
		const b = await boundaries(db, municipalityCode, level);
		if (!b.features.length) continue;
		for (const f of b.features) {
			const [x0, y0, x1, y1] = f.bbox;
			if (lonLat[0] < x0 || lonLat[0] > x1 || lonLat[1] < y0 || lonLat[1] > y1) continue;
			if (containsPoint({ code: f.code, level, name: null, geometry: f.geometry }, lonLat)) return { inside: true, code: f.code };
		}
		return { inside: false, code: null };
	}
	return { inside: false, code: null };
}

// ---- Complexes ----

export interface ComplexInput {
	number: string;
	name: string;
	buurtCode: string | null;
	address: string | null;
	homes: number | null;
	buildYear: number | null;
	labels: Record<string, number>;
}

export async function replaceComplexes(db: Db, actor: Actor, spaceId: string, corporationId: string, rows: ComplexInput[]) {
	await db.transaction(async (tx) => {
		await tx.delete(lvComplex).where(and(eq(lvComplex.spaceId, spaceId), eq(lvComplex.corporationId, corporationId)));
		for (let i = 0; i < rows.length; i += CHUNK) {
			await tx.insert(lvComplex).values(rows.slice(i, i + CHUNK).map((r) => ({ id: crypto.randomUUID(), spaceId, corporationId, ...r })));
		}
		await audit(tx, { spaceId, organisationId: corporationId, actor, action: 'import', entity: 'complexes', after: { count: rows.length } });
	});
}

export async function listComplexes(db: Db, spaceId: string, areaCode?: string) {
	const rows = await db
		.select({
			id: lvComplex.id,
			number: lvComplex.number,
			name: lvComplex.name,
			buurtCode: lvComplex.buurtCode,
			address: lvComplex.address,
			homes: lvComplex.homes,
			buildYear: lvComplex.buildYear,
			labels: lvComplex.labels,
			corporation: organisation.name,
			corporationId: lvComplex.corporationId
		})
		.from(lvComplex)
		.innerJoin(organisation, eq(organisation.id, lvComplex.corporationId))
		.where(eq(lvComplex.spaceId, spaceId))
		.orderBy(asc(organisation.name), asc(lvComplex.number));
	if (!areaCode) return rows;
	const v = validateAreaCode(areaCode);
	if (!v.ok || v.level === 'gemeente') return rows;
	return rows.filter((r) => r.buurtCode && (r.buurtCode === areaCode || wijkOf(r.buurtCode) === areaCode));
}

// ---- Comments ----

function authorOf(actor: Actor, spaceParticipantIds: string[]) {
	const org = actor.memberships.find((m) => spaceParticipantIds.includes(m.organisationId));
	return { authorId: actor.userId, authorName: actor.name, organisationName: org?.organisationName ?? '' };
}

export async function addComment(db: Db, actor: Actor, space: { id: string; participants: { organisationId: string }[] }, input: { areaCode: string; indicator: string; body: string }) {
	const id = crypto.randomUUID();
	await db.insert(lvComment).values({
		id,
		spaceId: space.id,
		areaCode: input.areaCode,
		indicator: input.indicator,
		body: input.body,
		...authorOf(actor, space.participants.map((p) => p.organisationId))
	});
	return id;
}

export async function listComments(db: Db, spaceId: string, areaCode: string) {
	return db
		.select()
		.from(lvComment)
		.where(and(eq(lvComment.spaceId, spaceId), eq(lvComment.areaCode, areaCode)))
		.orderBy(asc(lvComment.createdAt));
}

/** Number of comments per area (and per figure) in a space, for markers. */
export async function commentCounts(db: Db, spaceId: string) {
	return db
		.select({ areaCode: lvComment.areaCode, indicator: lvComment.indicator, count: sql<number>`count(*)::int` })
		.from(lvComment)
		.where(eq(lvComment.spaceId, spaceId))
		.groupBy(lvComment.areaCode, lvComment.indicator);
}

// ---- Pins ----

export type PinResult = { ok: true; id: string; areaCode: string } | { ok: false; error: 'pinOutside' | 'areaUnknown' };

export async function addPin(
	db: Db,
	actor: Actor,
	space: { id: string },
	municipalityCode: string,
	input: { lon?: number | null; lat?: number | null; areaCode?: string | null; spot?: string; category: string; comment: string }
): Promise<PinResult> {
	let areaCode = input.areaCode ?? null;
	if (input.lon != null && input.lat != null) {
		const at = await areaAtPoint(db, municipalityCode, [input.lon, input.lat]);
		if (!at.inside) return { ok: false, error: 'pinOutside' };
		areaCode = at.code;
	} else {
		const area = areaCode ? await getArea(db, areaCode) : null;
		if (!area || area.municipalityCode !== municipalityCode) return { ok: false, error: 'areaUnknown' };
	}
	const id = crypto.randomUUID();
	await db.insert(lvPin).values({
		id,
		spaceId: space.id,
		areaCode: areaCode as string,
		lon: input.lon ?? null,
		lat: input.lat ?? null,
		spot: input.spot ?? '',
		category: input.category,
		comment: input.comment,
		authorId: actor.userId,
		authorName: actor.name
	});
	return { ok: true, id, areaCode: areaCode as string };
}

export async function listPins(db: Db, spaceId: string, areaCode?: string) {
	return db
		.select({
			id: lvPin.id,
			areaCode: lvPin.areaCode,
			areaName: lvArea.name,
			lon: lvPin.lon,
			lat: lvPin.lat,
			spot: lvPin.spot,
			category: lvPin.category,
			comment: lvPin.comment,
			authorName: lvPin.authorName,
			createdAt: lvPin.createdAt
		})
		.from(lvPin)
		.leftJoin(lvArea, eq(lvArea.code, lvPin.areaCode))
		.where(areaCode ? and(eq(lvPin.spaceId, spaceId), eq(lvPin.areaCode, areaCode)) : eq(lvPin.spaceId, spaceId))
		.orderBy(desc(lvPin.createdAt));
}

// ---- Measures and their ranking ----

export async function addMeasure(
	db: Db,
	actor: Actor,
	spaceId: string,
	input: { areaCode: string; title: string; type: string; ownerId: string; agreementId: string | null }
) {
	const id = crypto.randomUUID();
	await db.transaction(async (tx) => {
		await tx.insert(lvMeasure).values({ id, spaceId, createdBy: actor.userId, ...input });
		await audit(tx, { spaceId, actor, action: 'create', entity: 'liveabilityMeasure', entityId: id, after: input });
	});
	return id;
}

export async function listMeasures(db: Db, spaceId: string, userId: string | null, areaCode?: string) {
	const measures = await db
		.select({
			id: lvMeasure.id,
			areaCode: lvMeasure.areaCode,
			areaName: lvArea.name,
			title: lvMeasure.title,
			type: lvMeasure.type,
			ownerId: lvMeasure.ownerId,
			owner: organisation.name,
			agreementId: lvMeasure.agreementId,
			createdAt: lvMeasure.createdAt
		})
		.from(lvMeasure)
		.innerJoin(organisation, eq(organisation.id, lvMeasure.ownerId))
		.leftJoin(lvArea, eq(lvArea.code, lvMeasure.areaCode))
		.where(areaCode ? and(eq(lvMeasure.spaceId, spaceId), eq(lvMeasure.areaCode, areaCode)) : eq(lvMeasure.spaceId, spaceId))
		.orderBy(asc(lvMeasure.areaCode), asc(lvMeasure.createdAt));
	const ids = measures.map((m) => m.id);
	const rankings = ids.length ? await db.select().from(lvRanking).where(inArray(lvRanking.measureId, ids)) : [];
	const areas = [...new Set(measures.map((m) => m.areaCode))];
	return areas.map((code) => {
		const inArea = measures.filter((m) => m.areaCode === code);
		const ranked = aggregateRanking(inArea, rankings).map((m) => ({
			...m,
			mine: rankings.find((r) => r.measureId === m.id && r.userId === userId)?.position ?? null
		}));
		return { areaCode: code, areaName: inArea[0].areaName, measures: ranked };
	});
}

/** One participant's order of the measures of one area (positions normalised to 1..n). */
export async function saveRanking(db: Db, actor: Actor, spaceId: string, areaCode: string, positions: { id: string; position: number }[]) {
	const measures = await db
		.select({ id: lvMeasure.id })
		.from(lvMeasure)
		.where(and(eq(lvMeasure.spaceId, spaceId), eq(lvMeasure.areaCode, areaCode)));
	const known = new Set(measures.map((m) => m.id));
	const valid = positions.filter((p) => known.has(p.id) && Number.isFinite(p.position));
	if (valid.length === 0) return { ok: false as const, error: 'rankingEmpty' };
	const normalized = normalizePositions(valid);
	await db.transaction(async (tx) => {
		await tx.delete(lvRanking).where(and(eq(lvRanking.userId, actor.userId), inArray(lvRanking.measureId, [...known])));
		await tx.insert(lvRanking).values(normalized.map((p) => ({ measureId: p.id, userId: actor.userId, position: p.position })));
	});
	return { ok: true as const };
}

// Which indicators a municipality has changes only with an import: keep the answer a minute
// (imports in this process clear it at once; a CLI import in another process within the minute).
const indicatorCache = new Map<string, { at: number; keys: Promise<Set<string>> }>();
export function clearIndicatorCache(): void {
	indicatorCache.clear();
}

/** Indicator keys that have at least one value in this municipality (any year). */
export function indicatorsWithData(db: Db, municipalityCode: string): Promise<Set<string>> {
	const hit = indicatorCache.get(municipalityCode);
	if (hit && Date.now() - hit.at < 60_000) return hit.keys;
	const keys = readIndicatorsWithData(db, municipalityCode);
	indicatorCache.set(municipalityCode, { at: Date.now(), keys });
	keys.catch(() => indicatorCache.delete(municipalityCode));
	return keys;
}

async function readIndicatorsWithData(db: Db, municipalityCode: string): Promise<Set<string>> {
	const rows = await db.execute<{ k: string }>(
		sql`select distinct e.key as k from ${lvAreaData}, jsonb_each(${lvAreaData.values}) e where ${lvAreaData.municipalityCode} = ${municipalityCode} and e.value <> 'null'::jsonb`
	);
	const list = (Array.isArray(rows) ? rows : (rows as unknown as { rows: { k: string }[] }).rows) as { k: string }[];
	return new Set(list.map((r) => r.k));
}

/** Pins per area in a space, for cluster counts. */
export async function pinCounts(db: Db, spaceId: string) {
	return db
		.select({ areaCode: lvPin.areaCode, count: sql<number>`count(*)::int` })
		.from(lvPin)
		.where(eq(lvPin.spaceId, spaceId))
		.groupBy(lvPin.areaCode);
}

/** Agreements on the liveability theme in the space's newest agreement set, to link measures to. */
export async function liveabilityAgreements(db: Db, spaceId: string) {
	const [set] = await db.select({ id: agreementSet.id }).from(agreementSet).where(eq(agreementSet.spaceId, spaceId)).orderBy(desc(agreementSet.versionNo)).limit(1);
	if (!set) return [];
	return db
		.select({ id: agreement.id, text: agreement.text })
		.from(agreement)
		.where(and(eq(agreement.setId, set.id), eq(agreement.theme, 'leefbaarheid')))
		.orderBy(asc(agreement.position));
}

/** Child areas (wijken of a gemeente, buurten of a wijk) that have data or a boundary. */
export async function childAreas(db: Db, area: AreaRow): Promise<AreaRow[]> {
	if (area.level === 'buurt') return [];
	const all = await listAreas(db, area.municipalityCode, area.level === 'gemeente' ? 'wijk' : 'buurt');
	return area.level === 'gemeente' ? all : all.filter((a) => wijkOf(a.code) === area.code);
}

/**
 * The same FeatureCollection as areasGeoJson, as a JSON string built from the stored geometry
 * text: for all buurten of NL this skips parsing and re-serialising ~5 MB of coordinates.
 */
export async function areasGeoJsonText(db: Db, municipalityCode: string | null, level: AreaLevel, indicators: string[]): Promise<string> {
	const where = municipalityCode ? and(eq(lvBoundary.municipalityCode, municipalityCode), eq(lvBoundary.level, level)) : eq(lvBoundary.level, level);
	const [latest] = await db.select({ year: sql<number>`max(${lvBoundary.year})` }).from(lvBoundary).where(where);
	if (!latest?.year) return '{"type":"FeatureCollection","boundaryYear":null,"features":[]}';
	const rows = await db
		.select({ code: lvBoundary.code, bbox: lvBoundary.bbox, geometry: sql<string>`${lvBoundary.geometry}::text` })
		.from(lvBoundary)
		.where(and(where, eq(lvBoundary.year, latest.year)));
	const props = await areasGeoJson(db, municipalityCode, level, indicators, { propertiesOnly: true });
	const acc = [Infinity, Infinity, -Infinity, -Infinity];
	const parts: string[] = [];
	for (const r of rows) {
		const [x0, y0, x1, y1] = r.bbox;
		if (x0 < acc[0]) acc[0] = x0;
		if (y0 < acc[1]) acc[1] = y0;
		if (x1 > acc[2]) acc[2] = x1;
		if (y1 > acc[3]) acc[3] = y1;
		parts.push(`{"type":"Feature","id":${JSON.stringify(r.code)},"properties":${JSON.stringify(props.get(r.code) ?? { code: r.code })},"geometry":${r.geometry}}`);
	}
	return `{"type":"FeatureCollection","boundaryYear":${latest.year},${rows.length ? `"bbox":${JSON.stringify(acc)},` : ''}"features":[${parts.join(',')}]}`;
}
