// Sessions of one programme side by side (seed 000: one masterclass, 3 sessions in different
// municipalities): theme priorities as shares, guesses against each municipality's true value,
// and pins per area and category.
import { aggregateChips, type ChipsConfig, type ChipsSubmission } from './chips';
import { type EstimateUnit, type GuessSubmission, guessSpread, type GuessSpread } from './estimates';
import { storedCategory, type PinRecord, type PinsConfig } from './pins';

export interface SessionRef {
	sessionId: string;
	/** What the column header shows, usually the municipality. */
	label: string;
}

export interface ThemeComparison {
	sessions: (SessionRef & { participants: number; chips: number })[];
	/** One row per theme; shares (0–100) and ranks per session id, null when a session has no chips. */
	rows: { code: string; label: string; shares: Record<string, number | null>; ranks: Record<string, number | null>; overallShare: number }[];
}

export function compareThemePriorities(config: ChipsConfig, sessions: readonly (SessionRef & { submissions: readonly ChipsSubmission[] })[]): ThemeComparison {
	// Participant ids are per session, so sessions are aggregated separately, then combined.
	const results = sessions.map((s) => ({ s, r: aggregateChips(config, s.submissions).overall }));
	const allChips = results.reduce((t, { r }) => t + r.chips, 0);
	return {
		sessions: results.map(({ s, r }) => ({ sessionId: s.sessionId, label: s.label, participants: r.participants, chips: r.chips })),
		rows: config.themes.map((t, i) => {
			const shares: Record<string, number | null> = {};
			const ranks: Record<string, number | null> = {};
			let sum = 0;
			for (const { s, r } of results) {
				shares[s.sessionId] = r.chips ? r.themes[i].share : null;
				ranks[s.sessionId] = r.chips ? r.themes[i].rank : null;
				sum += r.themes[i].sum;
			}
			// Overall share weights sessions by chips handed out (bigger sessions weigh more).
			return { code: t.code, label: t.label, shares, ranks, overallShare: allChips ? (sum / allChips) * 100 : 0 };
		})
	};
}

export type EstimateComparisonRow = SessionRef & GuessSpread;

/**
 * Guesses per session against that municipality's own true value (waiting times differ per
 * municipality); `fallbackTrueValue` is used where a session has none.
 */
export function compareEstimates(
	unit: EstimateUnit,
	sessions: readonly (SessionRef & { trueValue?: number | null; submissions: readonly GuessSubmission[] })[],
	fallbackTrueValue: number | null = null
): EstimateComparisonRow[] {
	return sessions.map((s) => ({ sessionId: s.sessionId, label: s.label, ...guessSpread(unit, s.trueValue ?? fallbackTrueValue, s.submissions) }));
}

export interface PinsComparison {
	/** Categories of all sessions, keyed by what the pins store (liveability code or own label). */
	categories: { key: string; label: string }[];
	sessions: (SessionRef & { pins: number; participants: number; areas: { code: string; name: string; total: number; counts: Record<string, number> }[] })[];
}

/**
 * Pins per session, area × category. A session may hold several pins activities (counted
 * together) and sessions may use different categories: columns are the union, matched by the
 * stored category. Null when no session has a pins activity.
 */
export function comparePins(sessions: readonly (SessionRef & { configs: readonly PinsConfig[]; pins: readonly PinRecord[] })[]): PinsComparison | null {
	const withPins = sessions.filter((s) => s.configs.length);
	if (!withPins.length) return null;
	const categories = new Map<string, string>();
	for (const s of withPins) for (const cfg of s.configs) for (const c of cfg.categories) if (!categories.has(storedCategory(c))) categories.set(storedCategory(c), c.label);
	const keys = [...categories.keys()];
	return {
		categories: keys.map((key) => ({ key, label: categories.get(key)! })),
		sessions: withPins.map((s) => {
			const areas = new Map<string, { code: string; name: string; total: number; counts: Record<string, number> }>();
			for (const p of s.pins) {
				if (!categories.has(p.category)) continue;
				let a = areas.get(p.areaCode);
				if (!a) areas.set(p.areaCode, (a = { code: p.areaCode, name: p.areaName || p.areaCode, total: 0, counts: Object.fromEntries(keys.map((k) => [k, 0])) }));
				a.total++;
				a.counts[p.category]++;
			}
			return {
				sessionId: s.sessionId,
				label: s.label,
				pins: s.pins.length,
				participants: new Set(s.pins.map((p) => p.participantId).filter(Boolean)).size,
				areas: [...areas.values()].sort((x, y) => y.total - x.total || x.name.localeCompare(y.name, 'nl'))
			};
		})
	};
}
