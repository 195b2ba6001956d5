// The indicators the dashboard and map know: CBS KWB keys and the Leefbaarometer scores.
// Pure: labels, units, the source and how the Netherlands figure is formed.
import { KWB_INDICATORS } from './kwb';
import { LBM_SCORE_KEYS, LBM_SCORE_LABELS } from './leefbaarometer';

export type Source = 'kwb' | 'lbm';
export interface IndicatorInfo {
	key: string;
	source: Source;
	unit: string;
	label: { nl: string; en: string };
	/** Counts add up to the Netherlands; everything else is a mean weighted by inhabitants. */
	sum: boolean;
	decimals: number;
}

const SUM_KEYS = new Set(['inhabitants', 'men', 'women', 'inhabitants0to15', 'inhabitants65plus', 'households', 'homes', 'totalAreaHa', 'landAreaHa', 'waterAreaHa', 'crimeCount12m']);
const ONE_DECIMAL_UNITS = new Set(['%', 'km', 'x 1 000 euro', 'per 1 000 inwoners']);

export const INDICATORS: readonly IndicatorInfo[] = [
	...KWB_INDICATORS.map((d) => ({
		key: d.key,
		source: 'kwb' as const,
		unit: d.unit,
		label: d.label,
		sum: SUM_KEYS.has(d.key),
		decimals: d.key === 'householdSize' ? 1 : ONE_DECIMAL_UNITS.has(d.unit) ? 1 : 0
	})),
	...LBM_SCORE_KEYS.map((k) => ({ key: k, source: 'lbm' as const, unit: 'score', label: LBM_SCORE_LABELS[k], sum: false, decimals: 3 }))
];

const byKey = new Map(INDICATORS.map((i) => [i.key, i]));
export function indicatorInfo(key: string): IndicatorInfo | undefined {
	return byKey.get(key);
}

/** Indicators shown first on a dashboard (when they have data). */
export const DASHBOARD_KEYS = ['inhabitants', 'homes', 'wozValue', 'ownerOccupiedPct', 'corporationOwnedPct', 'incomePerInhabitant', 'inhabitants65plus', 'crimePer1000', 'goodHealthPct', 'lbm', 'afw', 'fys', 'onv', 'soc', 'vrz', 'won'];

export const NL_CODE = 'NL01';

/** Sources of the area data, for outputs that carry their own attribution (TileJSON). */
export const AREA_ATTRIBUTION = 'CBS (Kerncijfers wijken en buurten), CBS/Kadaster (grenzen), Leefbaarometer (BZK); CC BY 4.0';

/** Netherlands figures from all gemeente rows of a national KWB file (null when too few). */
export function nationalKwb(rows: { level: string; values: Record<string, number | null> }[]): Record<string, number | null> | null {
	const gemeenten = rows.filter((r) => r.level === 'gemeente');
	if (gemeenten.length < 300) return null;
	const keys = new Set(gemeenten.flatMap((r) => Object.keys(r.values)));
	const out: Record<string, number | null> = {};
	for (const key of keys) {
		const info = indicatorInfo(key);
		let sum = 0;
		let weight = 0;
		let n = 0;
		for (const r of gemeenten) {
			const v = r.values[key];
			if (v === null || v === undefined) continue;
			n++;
			if (info?.sum) sum += v;
			else {
				const w = r.values.inhabitants ?? 1;
				sum += v * w;
				weight += w;
			}
		}
		out[key] = n === 0 ? null : info?.sum ? sum : weight > 0 ? sum / weight : null;
	}
	return out;
}

/** Netherlands Leefbaarometer score per year: the score minus its deviation is the national mean. */
export function nationalLbm(rows: { year: number; scores: Record<string, number | null> }[]): Map<number, Record<string, number | null>> {
	const acc = new Map<number, { sum: number; n: number }>();
	for (const r of rows) {
		const { lbm, afw } = r.scores;
		if (lbm == null || afw == null) continue;
		const a = acc.get(r.year) ?? { sum: 0, n: 0 };
		a.sum += lbm - afw;
		a.n++;
		acc.set(r.year, a);
	}
	const out = new Map<number, Record<string, number | null>>();
	for (const [year, a] of acc) out.set(year, { lbm: a.sum / a.n, afw: 0 });
	return out;
}

export const PIN_CATEGORIES = ['nuisance', 'maintenance', 'greenSpace', 'safety', 'loneliness', 'other'] as const;
export type PinCategory = (typeof PIN_CATEGORIES)[number];
export const MEASURE_TYPES = ['maintenance', 'rentPolicy', 'allocation', 'socialManagement', 'physicalIntervention'] as const;
export type MeasureType = (typeof MEASURE_TYPES)[number];

/**
 * Aggregate rank of measures: each participant orders them (1 = most important); the mean
 * position decides, unranked measures go last; ties keep the older measure first.
 */
export function aggregateRanking<T extends { id: string }>(
	measures: readonly T[],
	rankings: readonly { measureId: string; userId: string; position: number }[]
): (T & { meanPosition: number | null; votes: number; rank: number })[] {
	const stats = new Map<string, { sum: number; n: number }>();
	for (const r of rankings) {
		const s = stats.get(r.measureId) ?? { sum: 0, n: 0 };
		s.sum += r.position;
		s.n++;
		stats.set(r.measureId, s);
	}
	const withMean = measures.map((m, order) => {
		const s = stats.get(m.id);
		return { ...m, meanPosition: s ? s.sum / s.n : null, votes: s?.n ?? 0, order };
	});
	withMean.sort((a, b) => (a.meanPosition ?? Infinity) - (b.meanPosition ?? Infinity) || a.order - b.order);
	return withMean.map((m, i) => ({ ...m, rank: i + 1 }));
}

/** Turn submitted positions (any numbers) into 1..n in the given order, ties broken by input order. */
export function normalizePositions(input: { id: string; position: number }[]): { id: string; position: number }[] {
	return input
		.map((x, i) => ({ ...x, i }))
		.sort((a, b) => a.position - b.position || a.i - b.i)
		.map((x, idx) => ({ id: x.id, position: idx + 1 }));
}
