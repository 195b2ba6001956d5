// Small helpers around the paraglide messages: translating error keys and formatting dates.
import * as m from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';

type MessageFn = (inputs?: Record<string, unknown>) => string;
const messages = m as unknown as Record<string, MessageFn | undefined>;

/** Error strings in schemas and guards are message keys; this turns one into text. */
export function errorText(key: string | undefined | null): string {
	if (!key) return '';
	const fn = messages[`err_${key}`];
	return typeof fn === 'function' ? fn() : m.err_generic();
}

/** A message by computed key, e.g. the label of an organisation kind. */
export function label(prefix: string, key: string): string {
	const fn = messages[`${prefix}_${key}`];
	return typeof fn === 'function' ? fn() : key;
}

// Building an Intl formatter costs about 0.1 ms; long lists format hundreds of values, so keep them.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
export function formatter<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
	let f = formatters.get(key) as T | undefined;
	if (!f) formatters.set(key, (f = make()));
	return f;
}

export function formatDate(value: Date | string | null | undefined, withTime = false): string {
	if (!value) return '';
	const date = typeof value === 'string' ? new Date(value) : value;
	const locale = getLocale() === 'en' ? 'en-GB' : 'nl-NL';
	return formatter(`d:${locale}:${withTime}`, () =>
		new Intl.DateTimeFormat(locale, { dateStyle: 'medium', ...(withTime ? { timeStyle: 'short' } : {}), timeZone: 'Europe/Amsterdam' })
	).format(date);
}

export function formatNumber(value: number | null | undefined): string {
	if (value === null || value === undefined) return '';
	const locale = getLocale() === 'en' ? 'en-GB' : 'nl-NL';
	return formatter(`n:${locale}`, () => new Intl.NumberFormat(locale)).format(value);
}
