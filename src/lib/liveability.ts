// Client-safe helpers for the liveability pages: class colours and number formatting.

/** Sequential, colour-blind safe (ColorBrewer YlGnBu, 5 classes); grey = no data. */
export const CLASS_COLORS = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'];
export const MISSING_COLOR = '#d0d0d0';

export function classColor(cls: number | null | undefined, classCount: number): string {
	if (cls === null || cls === undefined) return MISSING_COLOR;
	if (classCount <= 1) return CLASS_COLORS[2];
	// Spread fewer classes over the whole ramp.
	return CLASS_COLORS[Math.round((cls * (CLASS_COLORS.length - 1)) / (classCount - 1))];
}

const formatters = new Map<string, Intl.NumberFormat>();
export function formatValue(value: number | null | undefined, decimals: number, locale: string): string {
	if (value === null || value === undefined || !Number.isFinite(value)) return '–';
	const key = `${locale}:${decimals}`;
	let f = formatters.get(key);
	if (!f) formatters.set(key, (f = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: decimals, minimumFractionDigits: 0 })));
	return f.format(value);
}
