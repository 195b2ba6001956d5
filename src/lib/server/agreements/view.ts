// Shapes agreement rows for the pages: SMART findings in the request's language, party names,
// traffic lights. Keeps the routes thin.
import { getLocale } from '$lib/paraglide/runtime';
import type { SpaceContext } from '../spaces/store';
import { THEMES, formatFinding, reciprocity } from './rules';
import type { AgreementRow } from './store';
import { smartView, toRuleInput, type AgreementValues, type SmartView } from '$lib/agreements/values';
import type { TrafficLightResult } from './rules';

export function kindsOf(space: SpaceContext) {
	return new Map(space.participants.map((p) => [p.organisationId, p.kind as string]));
}

export function valuesOf(row: AgreementRow): AgreementValues {
	return {
		theme: row.theme,
		text: row.text,
		committingParties: row.committingParties,
		ownerName: row.ownerName,
		indicator: row.indicator,
		unit: row.unit,
		baseline: row.baseline,
		baselineYear: row.baselineYear,
		targets: row.targets,
		deadline: row.deadline
	};
}

type Smart = SmartView;

// The SMART check reads the text with many patterns; a saved version never changes, so its
// result is kept per version (and year, language and party kinds). Bounded, so memory stays small.
const smartCache = new Map<string, Smart>();
const SMART_CACHE_SIZE = 5000;

export function smartOf(row: AgreementRow, year: number, space: SpaceContext): Smart {
	const locale = getLocale() === 'en' ? 'en' : 'nl';
	const input = toRuleInput(valuesOf(row), year, kindsOf(space));
	const key = `${row.id}:${row.version}:${year}:${locale}:${input.committingParties.map((p) => p.kind).join(',')}`;
	const cached = smartCache.get(key);
	if (cached) return cached;
	const smart = smartView(input, locale);
	if (smartCache.size >= SMART_CACHE_SIZE) smartCache.clear();
	smartCache.set(key, smart);
	return smart;
}

export function setSummary(rows: AgreementRow[], year: number, space: SpaceContext) {
	const locale = getLocale() === 'en' ? 'en' : 'nl';
	const kinds = kindsOf(space);
	const rec = reciprocity(rows.map((r) => toRuleInput(valuesOf(r), year, kinds)));
	// The average per theme as scoreByTheme computes it, from the cached scores.
	const byTheme = new Map<string, { total: number; count: number }>();
	for (const r of rows) {
		const t = byTheme.get(r.theme) ?? { total: 0, count: 0 };
		t.total += smartOf(r, year, space).score;
		t.count++;
		byTheme.set(r.theme, t);
	}
	const order = (t: string) => ((THEMES as readonly string[]).indexOf(t) + 1 || THEMES.length + 1);
	const themes = [...byTheme.entries()]
		.sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))
		.map(([theme, t]) => ({ theme, count: t.count, score: Math.round((t.total / t.count) * 10) / 10 }));
	return {
		reciprocity: { counts: rec.counts, findings: rec.findings.map((f) => ({ code: f.code, text: formatFinding(f, locale) })) },
		themes
	};
}

export function partyNames(ids: string[], space: SpaceContext) {
	return ids.map((id) => space.participants.find((p) => p.organisationId === id)?.name).filter((n): n is string => !!n);
}

export function lightOf(light: TrafficLightResult) {
	return { color: light.color, expected: light.expected === null ? null : Math.round(light.expected * 10) / 10, ratio: light.ratio };
}
