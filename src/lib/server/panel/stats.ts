// Descriptive statistics on plain number arrays, shared by panel results and workshop estimates.

/**
 * Quantile with linear interpolation between order statistics (the "type 7" rule used by
 * Excel's QUARTILE.INC and R's default), so figures match what analysts get in a spreadsheet.
 * `sorted` must be sorted ascending and non-empty.
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
	const n = sorted.length;
	if (n === 1) return sorted[0];
	const h = (n - 1) * p;
	const lo = Math.floor(h);
	const hi = Math.min(lo + 1, n - 1);
	return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

export interface NumberSummary {
	n: number;
	min: number;
	q1: number;
	median: number;
	q3: number;
	max: number;
	mean: number;
}

/** Summary of a list of numbers, or null when there are none. Does not modify the input. */
export function summarise(values: ArrayLike<number>): NumberSummary | null {
	return values.length ? summariseInPlace(Float64Array.from(values)) : null;
}

/** As summarise, but sorts the given array itself (saves a copy of 100,000 values). */
export function summariseInPlace(values: Float64Array): NumberSummary | null {
	const n = values.length;
	if (!n) return null;
	const sorted = values.sort();
	let sum = 0;
	for (let i = 0; i < n; i++) sum += sorted[i];
	return {
		n,
		min: sorted[0],
		q1: quantileSorted(sorted, 0.25),
		median: quantileSorted(sorted, 0.5),
		q3: quantileSorted(sorted, 0.75),
		max: sorted[n - 1],
		mean: sum / n
	};
}

/** Share as a percentage (0–100); 0 when the base is 0 so pages never show NaN. */
export function percent(part: number, whole: number): number {
	return whole > 0 ? (part / whole) * 100 : 0;
}
