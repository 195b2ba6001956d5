// Distributing chips (fiches verdelen): each participant spreads a budget of points over themes
// (DOMAIN: Mentimeter's "100 points" in steps of 10, remainder shown before submitting; results
// per table and overall). Error strings are stable message keys.
import { z } from 'zod';
import { competitionRanks } from '../panel/results';
import { latestPerParticipant, type Sequenced } from './latest';

/** The usual themes of performance agreements (DOMAIN, "Typical themes"). */
export const DEFAULT_THEMES = [
	{ code: 'affordability', label: 'Betaalbaarheid' },
	{ code: 'availability', label: 'Beschikbaarheid en nieuwbouw' },
	{ code: 'specialGroups', label: 'Doelgroepen en kwetsbare groepen' },
	{ code: 'housingAndCare', label: 'Wonen en zorg' },
	{ code: 'qualitySustainability', label: 'Kwaliteit en duurzaamheid' },
	{ code: 'liveability', label: 'Leefbaarheid' },
	{ code: 'tenantParticipation', label: 'Huurdersparticipatie' }
] as const;

export const chipsConfigSchema = z
	.object({
		themes: z
			.array(
				z.object({
					code: z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,39}$/, 'themeCodeFormat'),
					label: z.string().trim().min(1, 'themeLabelRequired').max(80, 'themeLabelTooLong')
				})
			)
			.min(2, 'tooFewThemes')
			.max(20, 'tooManyThemes')
			.default(DEFAULT_THEMES.map((t) => ({ ...t }))),
		budget: z.number().int('budgetNotWhole').min(1, 'budgetTooSmall').max(1000, 'budgetTooLarge').default(100),
		step: z.number().int('stepNotWhole').min(1, 'stepTooSmall').default(10),
		/** When true, a distribution with chips left over is refused; default: remainder allowed. */
		mustSpendAll: z.boolean().default(false)
	})
	.superRefine((c, ctx) => {
		if (c.budget % c.step !== 0) ctx.addIssue({ code: 'custom', path: ['step'], message: 'budgetNotMultipleOfStep' });
		if (new Set(c.themes.map((t) => t.code)).size !== c.themes.length) ctx.addIssue({ code: 'custom', path: ['themes'], message: 'duplicateThemeCode' });
	});
export type ChipsConfig = z.output<typeof chipsConfigSchema>;

export type ChipsErrorCode =
	| 'themeUnknown'
	| 'chipsNotANumber'
	| 'chipsNegative'
	| 'chipsNotWhole'
	| 'chipsNotMultipleOfStep'
	| 'overBudget'
	| 'budgetNotSpent';

export interface ChipsValidation {
	ok: boolean;
	/** theme null: about the whole distribution (overBudget, budgetNotSpent). */
	errors: { theme: string | null; code: ChipsErrorCode }[];
	/** Chips per theme, every theme present (0 when none). Only meaningful when ok. */
	cleaned: Record<string, number>;
	total: number;
	/** Budget minus total: what the screen shows as "nog te verdelen"; negative when over budget. */
	remainder: number;
}

/** Validates one participant's distribution. Blank / missing themes count as 0. */
export function validateDistribution(config: ChipsConfig, distribution: Readonly<Record<string, unknown>>): ChipsValidation {
	const errors: ChipsValidation['errors'] = [];
	const known = new Set(config.themes.map((t) => t.code));
	const cleaned: Record<string, number> = Object.fromEntries(config.themes.map((t) => [t.code, 0]));
	let total = 0;
	for (const [theme, raw] of Object.entries(distribution)) {
		if (!known.has(theme)) {
			errors.push({ theme, code: 'themeUnknown' });
			continue;
		}
		if (raw === undefined || raw === null || raw === '') continue;
		const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\s*-?\d+([.,]\d+)?\s*$/.test(raw) ? Number(raw.trim().replace(',', '.')) : NaN;
		const code: ChipsErrorCode | null = !Number.isFinite(n)
			? 'chipsNotANumber'
			: n < 0
				? 'chipsNegative'
				: !Number.isInteger(n)
					? 'chipsNotWhole'
					: n % config.step !== 0
						? 'chipsNotMultipleOfStep'
						: null;
		if (code) errors.push({ theme, code });
		else {
			cleaned[theme] = n;
			total += n;
		}
	}
	if (total > config.budget) errors.push({ theme: null, code: 'overBudget' });
	else if (config.mustSpendAll && total < config.budget && errors.length === 0) errors.push({ theme: null, code: 'budgetNotSpent' });
	return { ok: errors.length === 0, errors, cleaned, total, remainder: config.budget - total };
}

export interface ChipsSubmission extends Sequenced {
	tableId: string;
	distribution: Readonly<Record<string, unknown>>;
}

export interface ThemeTotal {
	code: string;
	label: string;
	sum: number;
	/** 0–100: share of all chips handed out in this group. */
	share: number;
	/** 1 = most chips; equal sums share a rank. */
	rank: number;
}

export interface ChipsGroupResult {
	participants: number;
	chips: number;
	themes: ThemeTotal[];
}

function totals(config: ChipsConfig, distributions: Record<string, number>[]): ChipsGroupResult {
	const sums = config.themes.map((t) => distributions.reduce((s, d) => s + (d[t.code] ?? 0), 0));
	const chips = sums.reduce((a, b) => a + b, 0);
	const ranks = competitionRanks(sums);
	return {
		participants: distributions.length,
		chips,
		themes: config.themes.map((t, i) => ({ code: t.code, label: t.label, sum: sums[i], share: chips ? (sums[i] / chips) * 100 : 0, rank: ranks[i] }))
	};
}

export interface ChipsResult {
	overall: ChipsGroupResult;
	perTable: (ChipsGroupResult & { tableId: string })[];
	/** Submissions that failed validation (should not be stored; counted so nothing is hidden). */
	rejected: number;
}

/**
 * Aggregates per table and overall. Invalid submissions are left out first; of the valid ones only
 * each participant's last counts (a participant who moved table counts at the new table only).
 */
export function aggregateChips(config: ChipsConfig, submissions: readonly ChipsSubmission[]): ChipsResult {
	const valid: (ChipsSubmission & { cleaned: Record<string, number> })[] = [];
	let rejected = 0;
	for (const s of submissions) {
		const v = validateDistribution(config, s.distribution);
		if (v.ok) valid.push({ ...s, cleaned: v.cleaned });
		else rejected++;
	}
	const latest = latestPerParticipant(valid);
	const tables = [...new Set(latest.map((s) => s.tableId))].sort();
	return {
		overall: totals(config, latest.map((s) => s.cleaned)),
		perTable: tables.map((tableId) => ({ tableId, ...totals(config, latest.filter((s) => s.tableId === tableId).map((s) => s.cleaned)) })),
		rejected
	};
}
