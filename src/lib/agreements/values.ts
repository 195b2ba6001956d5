// Agreement form values → stored values → rule input. Pure, shared by the server (saving) and the
// browser (the SMART check beside the editor while typing).
import { checkSmart, formatFinding, type AgreementInput, type PartyKind } from './rules';

/** "1.234,5" or "1234.5" → 1234.5; empty → null; anything else → NaN. */
export function parseNumber(raw: string | null | undefined): number | null {
	const s = (raw ?? '').trim().replace(/\s/g, '');
	if (s === '') return null;
	const normal = s.includes(',') ? s.replace(/\./g, '').replace(',', '.') : s;
	return /^-?\d+(\.\d+)?$/.test(normal) ? Number(normal) : NaN;
}

/** The years an agreement set has targets for: the four years after the cycle year. */
export function targetYears(cycleYear: number): number[] {
	return [1, 2, 3, 4].map((i) => cycleYear + i);
}

/** The text fields of the agreement form, as typed. */
export interface AgreementFormFields {
	theme: string;
	text: string;
	parties: string[];
	ownerName: string;
	indicator: string;
	unit: string;
	baseline: string;
	baselineYear: string;
	target1: string;
	target2: string;
	target3: string;
	target4: string;
	deadline: string;
}

export interface AgreementValues {
	theme: string;
	text: string;
	committingParties: string[];
	ownerName: string | null;
	indicator: string | null;
	unit: string | null;
	baseline: number | null;
	baselineYear: number | null;
	targets: { year: number; value: number }[];
	deadline: string | null;
}

/** Form → stored values. Numbers that do not parse are left out (the form schema refuses them). */
export function toValues(form: AgreementFormFields, cycleYear: number): AgreementValues {
	const years = targetYears(cycleYear);
	const targets = [form.target1, form.target2, form.target3, form.target4]
		.map((t, i) => ({ year: years[i], value: parseNumber(t) }))
		.filter((t): t is { year: number; value: number } => t.value !== null && !Number.isNaN(t.value));
	const baseline = parseNumber(form.baseline);
	return {
		theme: form.theme,
		text: form.text,
		committingParties: [...new Set(form.parties)],
		ownerName: form.ownerName || null,
		indicator: form.indicator || null,
		unit: form.unit || null,
		baseline: baseline === null || Number.isNaN(baseline) ? null : baseline,
		baselineYear: /^\d{4}$/.test(form.baselineYear) ? Number(form.baselineYear) : null,
		targets,
		deadline: form.deadline || null
	};
}

/** For checkSmart: party ids become kinds through the space's participants. */
export function toRuleInput(values: AgreementValues, cycleYear: number, kinds: Map<string, string>): AgreementInput {
	return {
		theme: values.theme,
		text: values.text,
		committingParties: values.committingParties
			.filter((id) => kinds.has(id) && kinds.get(id) !== 'other')
			.map((id) => ({ orgId: id, kind: kinds.get(id) as PartyKind })),
		ownerName: values.ownerName,
		indicator: values.indicator,
		unit: values.unit,
		baseline: values.baseline,
		baselineYear: values.baselineYear,
		targets: values.targets,
		deadline: values.deadline,
		cycleYear
	};
}

export interface SmartView {
	score: number;
	passed: Record<string, boolean>;
	findings: { code: string; criterion: string; severity: string; text: string }[];
}

/** The SMART check as the editor shows it: score, criteria and findings in one language. */
export function smartView(input: AgreementInput, locale: 'nl' | 'en'): SmartView {
	const result = checkSmart(input);
	return {
		score: result.score,
		passed: result.passed,
		findings: result.findings.map((f) => ({ code: f.code, criterion: f.criterion, severity: f.severity, text: formatFinding(f, locale) }))
	};
}
