// Client-safe helpers for the panel pages: error keys to text, labels of profile values.
import * as m from '$lib/paraglide/messages';

type MessageFn = (inputs?: Record<string, unknown>) => string;
const messages = m as unknown as Record<string, MessageFn | undefined>;

/** Error keys of the panel rules (survey.ts, answers.ts, letterCodes.ts, store.ts) as text. */
export function pnlError(key: string | null | undefined): string {
	if (!key) return '';
	const fn = messages[`pnl_err_${key}`];
	return typeof fn === 'function' ? fn() : m.pnl_err_generic();
}

export function pnlLabel(prefix: string, key: string | null | undefined): string {
	if (!key) return m.pnl_unknown();
	const fn = messages[`pnl_${prefix}_${key.replace(/[^A-Za-z0-9]/g, '_')}`];
	return typeof fn === 'function' ? fn() : key;
}

export const nlNumber = (n: number | null | undefined, digits = 0) =>
	n === null || n === undefined ? '–' : n.toLocaleString('nl-NL', { maximumFractionDigits: digits, minimumFractionDigits: digits });
