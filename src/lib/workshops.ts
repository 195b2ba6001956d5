// Client-safe helpers for the workshop screens.
import * as m from '$lib/paraglide/messages';
import { label, formatNumber } from '$lib/i18n';

/** Error codes of the workshop rules and store, as text (ws_err_<code>); unknown codes: generic. */
export function wsError(code: string | null | undefined): string {
	if (!code) return '';
	const text = label('ws_err', code);
	return text === code ? m.err_generic() : text;
}

/** A number rounded to at most one decimal, in the page's locale. */
export function num(v: number | null | undefined): string {
	return v === null || v === undefined ? '–' : formatNumber(Math.round(v * 10) / 10);
}

export function unitText(unit: string, v: number | null | undefined): string {
	return v === null || v === undefined ? '–' : `${num(v)} ${label('ws_unitshort', unit)}`.trim();
}
