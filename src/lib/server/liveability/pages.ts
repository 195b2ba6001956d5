// Shared by the liveability routes: the space's municipality, indicator choice, table rows.
import { getLocale } from '$lib/paraglide/runtime';
import { error } from '@sveltejs/kit';
import type { Db } from '../db';
import type { SpaceContext } from '../spaces/store';
import { INDICATORS, indicatorInfo } from './catalog';
import { classify } from './classify';
import { areaTable, commentCounts, indicatorsWithData, levelsWithBoundaries, municipalityCodeOf, pinCounts } from './store';
import type { AreaLevel } from './codes';

export const localeKey = () => (getLocale() === 'en' ? 'en' : 'nl');

export async function municipalityOf(db: Db, space: SpaceContext): Promise<string> {
	const code = await municipalityCodeOf(db, space.municipalityId);
	if (!code) error(404, { message: 'Not found', code: 'lvNoMunicipality' });
	return code;
}

export function indicatorOptions(available: Set<string>) {
	const l = localeKey();
	return INDICATORS.filter((i) => available.has(i.key)).map((i) => ({ value: i.key, label: i.label[l], unit: i.unit, source: i.source }));
}

export type SortKey = 'name' | 'code' | 'value';

/** Everything the map page and the CSV need: the chosen level and indicator, table, classes. */
export async function mapView(db: Db, space: SpaceContext, url: URL) {
	const municipality = await municipalityOf(db, space);
	const [available, boundaryLevels] = await Promise.all([indicatorsWithData(db, municipality), levelsWithBoundaries(db, municipality)]);
	const indicators = indicatorOptions(available);
	const askedIndicator = url.searchParams.get('indicator') ?? '';
	const indicator = indicators.find((i) => i.value === askedIndicator)?.value ?? indicators.find((i) => i.value === 'inhabitants')?.value ?? indicators[0]?.value ?? 'inhabitants';
	const askedLevel = url.searchParams.get('level') as AreaLevel | null;
	const levels: AreaLevel[] = ['wijk', 'buurt'];
	const level: AreaLevel = askedLevel && levels.includes(askedLevel) ? askedLevel : boundaryLevels.find((l) => l !== 'gemeente') ?? 'wijk';
	const sort = (['name', 'code', 'value'].includes(url.searchParams.get('sort') ?? '') ? url.searchParams.get('sort') : 'name') as SortKey;
	const dir = url.searchParams.get('dir') === 'desc' ? 'desc' : 'asc';
	const [table, comments, pins] = await Promise.all([areaTable(db, municipality, level, indicator), commentCounts(db, space.id), pinCounts(db, space.id)]);
	const info = indicatorInfo(indicator);
	const classification = classify(table.rows.map((r) => r.value), { classes: 5, decimals: info?.decimals === 3 ? 2 : undefined });
	const commentsBy = new Map<string, number>();
	for (const c of comments) commentsBy.set(c.areaCode, (commentsBy.get(c.areaCode) ?? 0) + c.count);
	const pinsBy = new Map(pins.map((p) => [p.areaCode, p.count]));
	const rows = table.rows.map((r, i) => ({
		code: r.code,
		name: r.name ?? r.code,
		value: r.value,
		cls: classification.classes[i],
		comments: commentsBy.get(r.code) ?? 0,
		pins: pinsBy.get(r.code) ?? 0
	}));
	const cmp = (a: (typeof rows)[number], b: (typeof rows)[number]) =>
		sort === 'value' ? (a.value ?? -Infinity) - (b.value ?? -Infinity) : sort === 'code' ? a.code.localeCompare(b.code) : a.name.localeCompare(b.name, 'nl');
	rows.sort((a, b) => (dir === 'asc' ? cmp(a, b) : cmp(b, a)));
	return {
		municipality,
		indicators,
		indicator,
		indicatorLabel: info?.label[localeKey()] ?? indicator,
		unit: info?.unit ?? '',
		decimals: info?.decimals ?? 0,
		level,
		boundaryLevels,
		year: table.year,
		sort,
		dir,
		rows,
		legend: classification.legend,
		breaks: classification.breaks,
		missing: classification.missing,
		method: classification.methodName[localeKey()],
		classCount: classification.classCount
	};
}
