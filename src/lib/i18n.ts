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

export function formatDate(value: Date | string | null | undefined, withTime = false): string {
	if (!value) return '';
	const date = typeof value === 'string' ? new Date(value) : value;
	return new Intl.DateTimeFormat(getLocale() === 'en' ? 'en-GB' : 'nl-NL', {
		dateStyle: 'medium',
		...(withTime ? { timeStyle: 'short' } : {}),
		timeZone: 'Europe/Amsterdam'
	}).format(date);
}

export function formatNumber(value: number | null | undefined): string {
	if (value === null || value === undefined) return '';
	return new Intl.NumberFormat(getLocale() === 'en' ? 'en-GB' : 'nl-NL').format(value);
}
