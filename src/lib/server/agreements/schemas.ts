// Input schemas for the agreement forms. Error strings are message keys (err_<key>).
// Numbers are typed as text so the form can show what was typed; Dutch decimals ("1,5") are fine.
import { z } from 'zod';
import { parseIsoDate } from '../advice/rules';
import { parseNumber, targetYears, type AgreementValues } from '$lib/agreements/values';

export { parseNumber, targetYears, toRuleInput, toValues, type AgreementValues } from '$lib/agreements/values';

const text = (max: number) => z.string().trim().max(max, 'agrTooLong').default('');

// One schema object per cycle year: superforms caches its adapter per schema object, so
// building a new one on every request would redo that work each time.
const schemasByYear = new Map<number, ReturnType<typeof buildAgreementSchema>>();

export function agreementSchema(cycleYear: number) {
	let schema = schemasByYear.get(cycleYear);
	if (!schema) schemasByYear.set(cycleYear, (schema = buildAgreementSchema(cycleYear)));
	return schema;
}

function buildAgreementSchema(cycleYear: number) {
	return z
		.object({
			version: z.coerce.number().int().min(0).default(0),
			theme: z.string().trim().min(1, 'agrThemeRequired').max(60, 'agrTooLong').default('betaalbaarheid'),
			text: text(2000),
			parties: z.array(z.string()).default([]),
			ownerName: text(120),
			indicator: text(200),
			unit: text(40),
			baseline: text(20),
			baselineYear: text(4),
			target1: text(20),
			target2: text(20),
			target3: text(20),
			target4: text(20),
			deadline: text(10)
		})
		.superRefine((v, ctx) => {
			const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
			if (!v.text) issue('text', 'agrTextRequired');
			const targets = [v.target1, v.target2, v.target3, v.target4];
			targets.forEach((t, i) => {
				if (t && Number.isNaN(parseNumber(t))) issue(`target${i + 1}`, 'agrNumber');
			});
			if (v.baseline && Number.isNaN(parseNumber(v.baseline))) issue('baseline', 'agrNumber');
			if (targets.some(Boolean) && !v.unit) issue('unit', 'agrTargetWithoutUnit');
			if (v.baselineYear) {
				const y = Number(v.baselineYear);
				if (!/^\d{4}$/.test(v.baselineYear)) issue('baselineYear', 'agrYear');
				else if (y > cycleYear) issue('baselineYear', 'agrBaselineInFuture');
			}
			if (v.deadline) {
				if (!parseIsoDate(v.deadline).ok) issue('deadline', 'agrDateInvalid');
				else if (Number(v.deadline.slice(0, 4)) < cycleYear) issue('deadline', 'agrDeadlineBeforeYear');
			}
		});
}

export type AgreementForm = z.infer<ReturnType<typeof buildAgreementSchema>>;

const fmt = (n: number | null) => (n === null ? '' : String(n).replace('.', ','));

/** Stored values → form (the reverse of toValues). */
export function toForm(values: AgreementValues & { version: number }, cycleYear: number): AgreementForm {
	const years = targetYears(cycleYear);
	const target = (i: number) => fmt(values.targets.find((t) => t.year === years[i])?.value ?? null);
	return {
		version: values.version,
		theme: values.theme,
		text: values.text,
		parties: values.committingParties,
		ownerName: values.ownerName ?? '',
		indicator: values.indicator ?? '',
		unit: values.unit ?? '',
		baseline: fmt(values.baseline),
		baselineYear: values.baselineYear ? String(values.baselineYear) : '',
		target1: target(0),
		target2: target(1),
		target3: target(2),
		target4: target(3),
		deadline: values.deadline ?? ''
	};
}

export const visionSchema = z.object({
	theme: z.string().trim().min(1, 'agrThemeRequired').max(60, 'agrTooLong'),
	text: z.string().trim().min(10, 'agrTextTooShort').max(4000, 'agrTooLong')
});

export const commentSchema = z.object({
	bidPartId: z.string().min(1, 'required'),
	text: z.string().trim().min(2, 'agrTextTooShort').max(2000, 'agrTooLong')
});

export const progressSchema = z
	.object({
		period: z.string().trim().regex(/^\d{4}(-(Q[1-4]|H[12]))?$/, 'agrPeriod'),
		measuredOn: z.string().trim(),
		value: z.string().trim(),
		explanation: z.string().trim().max(2000, 'agrTooLong').default('')
	})
	.superRefine((v, ctx) => {
		if (!parseIsoDate(v.measuredOn).ok) ctx.addIssue({ code: 'custom', path: ['measuredOn'], message: 'agrDateInvalid' });
		const n = parseNumber(v.value);
		if (n === null || Number.isNaN(n)) ctx.addIssue({ code: 'custom', path: ['value'], message: 'agrNumber' });
	});

export const settingsSchema = z.object({
	signDeadline: z.string().trim(),
	talksStartedOn: z.string().trim().default(''),
	publish: z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean()).default(false)
});
