// Sessions of one programme side by side (seed 000: one masterclass, 3 sessions in different
// municipalities): theme priorities as shares, and guesses against each municipality's true value.
import { aggregateChips, type ChipsConfig, type ChipsSubmission } from './chips';
import { type EstimateUnit, type GuessSubmission, guessSpread, type GuessSpread } from './estimates';

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
