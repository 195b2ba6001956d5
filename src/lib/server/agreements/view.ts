// Shapes agreement rows for the pages: SMART findings in the request's language, party names,
// traffic lights. Keeps the routes thin.
import { getLocale } from '$lib/paraglide/runtime';
import type { SpaceContext } from '../spaces/store';
import { checkSmart, formatFinding, reciprocity, scoreByTheme } from './rules';
import type { AgreementRow } from './store';
import { toRuleInput, type AgreementValues } from './schemas';
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

export function smartOf(row: AgreementRow, year: number, space: SpaceContext) {
	const locale = getLocale() === 'en' ? 'en' : 'nl';
	const result = checkSmart(toRuleInput(valuesOf(row), year, kindsOf(space)));
	return {
		score: result.score,
		passed: result.passed,
		findings: result.findings.map((f) => ({ code: f.code, criterion: f.criterion, severity: f.severity, text: formatFinding(f, locale) }))
	};
}

export function setSummary(rows: AgreementRow[], year: number, space: SpaceContext) {
	const locale = getLocale() === 'en' ? 'en' : 'nl';
	const inputs = rows.map((r) => toRuleInput(valuesOf(r), year, kindsOf(space)));
	const rec = reciprocity(inputs);
	return {
		reciprocity: { counts: rec.counts, findings: rec.findings.map((f) => ({ code: f.code, text: formatFinding(f, locale) })) },
		themes: scoreByTheme(inputs).map((t) => ({ theme: t.theme, count: t.count, score: Math.round(t.averageScore * 10) / 10 }))
	};
}

export function partyNames(ids: string[], space: SpaceContext) {
	return ids.map((id) => space.participants.find((p) => p.organisationId === id)?.name).filter((n): n is string => !!n);
}

export function lightOf(light: TrafficLightResult) {
	return { color: light.color, expected: light.expected === null ? null : Math.round(light.expected * 10) / 10, ratio: light.ratio };
}
