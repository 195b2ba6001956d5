// Panel composition against the tenant population (DOMAIN: panels skew to older, Dutch-born men;
// representativeness must be visible). Population figures are entered per municipality, e.g. age
// band shares from CBS; they may be missing or secret (CBS -99999999).

/** A difference of this many percentage points or more is flagged. */
export const FLAG_POINTS = 10;

export interface CompositionRow {
	group: string;
	panelCount: number;
	/** 0–100 */
	panelShare: number;
	/** 0–100, null when the population figure for this group is missing. */
	populationShare: number | null;
	/** panelShare − populationShare, in percentage points. */
	differencePoints: number | null;
	/** panelShare / populationShare × 100 (100 = in proportion); null when the population share is 0 or missing. */
	index: number | null;
	flagged: boolean;
}

export interface Composition {
	rows: CompositionRow[];
	/** Panel members with a known value; the base of the panel shares. */
	panelTotal: number;
	/** Members without a value ('unknown'): counted, but left out of the shares. */
	panelUnknown: number;
	/** Half the sum of absolute differences (0 = same composition, 100 = no overlap); null without population figures. */
	dissimilarity: number | null;
	/** True when some group lacks a population figure: shares are then over the known groups only. */
	populationIncomplete: boolean;
}

const UNKNOWN = 'unknown';
const usable = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/**
 * Compares panel counts per group with population figures per group. Population figures may be
 * counts or shares (they are normalised to shares); missing, negative (CBS secret) or non-numeric
 * values count as missing. Groups from both sides appear, sorted by name.
 */
export function compareComposition(
	panelCounts: Readonly<Record<string, number>>,
	population: Readonly<Record<string, number | null | undefined>> | null | undefined
): Composition {
	const groups = [...new Set([...Object.keys(panelCounts), ...Object.keys(population ?? {})])].filter((g) => g !== UNKNOWN).sort();
	const panelTotal = groups.reduce((t, g) => t + (panelCounts[g] ?? 0), 0);
	const known = groups.filter((g) => usable(population?.[g]));
	const popTotal = known.reduce((t, g) => t + (population![g] as number), 0);
	const havePopulation = known.length > 0 && popTotal > 0;
	const rows = groups.map((group): CompositionRow => {
		const panelCount = panelCounts[group] ?? 0;
		const panelShare = panelTotal ? (panelCount * 100) / panelTotal : 0;
		const pop = population?.[group];
		const populationShare = havePopulation && usable(pop) ? (pop * 100) / popTotal : null;
		const differencePoints = populationShare === null ? null : panelShare - populationShare;
		return {
			group,
			panelCount,
			panelShare,
			populationShare,
			differencePoints,
			index: populationShare ? (panelShare / populationShare) * 100 : null,
			// Tolerance so 10.000000001 from float arithmetic is not missed or invented.
			flagged: differencePoints !== null && Math.abs(differencePoints) >= FLAG_POINTS - 1e-9
		};
	});
	const compared = rows.filter((r) => r.differencePoints !== null);
	return {
		rows,
		panelTotal,
		panelUnknown: panelCounts[UNKNOWN] ?? 0,
		dissimilarity: havePopulation ? compared.reduce((t, r) => t + Math.abs(r.differencePoints!), 0) / 2 : null,
		populationIncomplete: known.length < groups.length
	};
}

/** Counts panel members per value of one attribute; members without a value are 'unknown'. */
export function countBy<T extends Record<string, unknown>>(members: readonly T[], attribute: keyof T): Record<string, number> {
	const out: Record<string, number> = {};
	for (const m of members) {
		const v = m[attribute];
		const key = v === undefined || v === null || v === '' ? UNKNOWN : String(v);
		out[key] = (out[key] ?? 0) + 1;
	}
	return out;
}

/**
 * Per municipality: the panel members living there against that municipality's figures. A
 * municipality without figures gets a composition with null population shares.
 */
export function compositionPerMunicipality<T extends { municipality: string } & Record<string, unknown>>(
	members: readonly T[],
	attribute: keyof T,
	populationByMunicipality: Readonly<Record<string, Record<string, number | null | undefined>>>
): Record<string, Composition> {
	const byMunicipality = new Map<string, T[]>();
	for (const m of members) {
		const list = byMunicipality.get(m.municipality);
		if (list) list.push(m);
		else byMunicipality.set(m.municipality, [m]);
	}
	const out: Record<string, Composition> = {};
	for (const code of [...new Set([...byMunicipality.keys(), ...Object.keys(populationByMunicipality)])].sort()) {
		out[code] = compareComposition(countBy(byMunicipality.get(code) ?? [], attribute), populationByMunicipality[code] ?? null);
	}
	return out;
}
