/**
 * Choropleth classification for map legends: quantiles or equal intervals over values with
 * gaps (null = no data / secret). Classes are half-open [from, to) except the last, which
 * includes its upper bound, so every non-null value gets exactly one class.
 */

export type ClassificationMethod = 'quantile' | 'equalInterval';

export const METHOD_NAMES: Record<ClassificationMethod, { nl: string; en: string }> = {
	quantile: { nl: 'Kwantielen (ongeveer even veel gebieden per klasse)', en: 'Quantiles (about as many areas per class)' },
	equalInterval: { nl: 'Gelijke intervallen (even brede klassen)', en: 'Equal intervals (classes of equal width)' }
};

export interface LegendEntry {
	index: number;
	from: number;
	to: number;
	/** "1.234,5 – 2.000" in Dutch number formatting. */
	label: string;
	count: number;
}

export interface Classification {
	method: ClassificationMethod;
	methodName: { nl: string; en: string };
	/** Actual number of classes (can be lower than asked when many values are equal). */
	classCount: number;
	/** classCount + 1 ascending bounds, from the minimum to the maximum. */
	breaks: number[];
	/** Class index per input value (same order), null where the value is null/NaN. */
	classes: (number | null)[];
	legend: LegendEntry[];
	/** Values without data. */
	missing: number;
	decimals: number;
}

export interface ClassifyOptions {
	method?: ClassificationMethod;
	/** Number of classes, default 5 (clamped to 1..12). */
	classes?: number;
	/** Decimals in legend labels; default chosen from the class width. */
	decimals?: number;
}

/** Dutch number formatting without relying on ICU data: 1234.5 → "1.234,5". */
export function formatDutchNumber(value: number, decimals = 0): string {
	if (!Number.isFinite(value)) return '–';
	const fixed = Math.abs(value).toFixed(decimals);
	const [intPart, fracPart] = fixed.split('.');
	const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
	const negative = value < 0 && Number(fixed) !== 0;
	return `${negative ? '-' : ''}${grouped}${fracPart ? `,${fracPart}` : ''}`;
}

function autoDecimals(breaks: number[]): number {
	let smallest = Infinity;
	for (let i = 1; i < breaks.length; i++) smallest = Math.min(smallest, breaks[i] - breaks[i - 1]);
	if (!Number.isFinite(smallest) || smallest <= 0) {
		const max = Math.max(...breaks.map(Math.abs));
		return max >= 100 ? 0 : max >= 1 ? 1 : 2;
	}
	if (smallest >= 10) return 0;
	if (smallest >= 1) return 1;
	if (smallest >= 0.1) return 2;
	return 3;
}

/** Quantile value at p (0..1) of sorted values, linear interpolation between ranks. */
function quantile(sorted: number[], p: number): number {
	const pos = (sorted.length - 1) * p;
	const lo = Math.floor(pos);
	const hi = Math.ceil(pos);
	return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

function classOf(value: number, breaks: number[]): number {
	const last = breaks.length - 2;
	for (let i = 0; i < last; i++) if (value < breaks[i + 1]) return i;
	return last;
}

export function classify(values: readonly (number | null | undefined)[], options: ClassifyOptions = {}): Classification {
	const method = options.method ?? 'quantile';
	const requested = Math.min(12, Math.max(1, Math.round(options.classes ?? 5)));
	const present = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
	const missing = values.length - present.length;
	const base = { method, methodName: METHOD_NAMES[method], missing };

	if (present.length === 0) {
		return { ...base, classCount: 0, breaks: [], classes: values.map(() => null), legend: [], decimals: options.decimals ?? 0 };
	}
	const sorted = [...present].sort((a, b) => a - b);
	const min = sorted[0];
	const max = sorted[sorted.length - 1];

	let breaks: number[];
	if (min === max) {
		breaks = [min, max];
	} else if (method === 'equalInterval') {
		const step = (max - min) / requested;
		breaks = Array.from({ length: requested + 1 }, (_, i) => (i === requested ? max : min + step * i));
	} else {
		breaks = Array.from({ length: requested + 1 }, (_, i) => quantile(sorted, i / requested));
		// Many equal values give equal quantiles; merge those classes instead of showing empty ones.
		breaks = breaks.filter((b, i) => i === 0 || b > breaks[i - 1]);
		if (breaks.length < 2) breaks = [min, max];
	}

	const classCount = breaks.length - 1;
	const classes = values.map((v) => (typeof v === 'number' && Number.isFinite(v) ? classOf(v, breaks) : null));
	const counts = new Array<number>(classCount).fill(0);
	for (const c of classes) if (c !== null) counts[c]++;
	const decimals = options.decimals ?? autoDecimals(breaks);
	const legend: LegendEntry[] = counts.map((count, index) => {
		const from = breaks[index];
		const to = breaks[index + 1];
		const label =
			from === to ? formatDutchNumber(from, decimals) : `${formatDutchNumber(from, decimals)} – ${formatDutchNumber(to, decimals)}`;
		return { index, from, to, label, count };
	});
	return { ...base, classCount, breaks, classes, legend, decimals };
}
