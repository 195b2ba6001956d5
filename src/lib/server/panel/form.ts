// Turning posted forms into plain values for the pure rules: the answering form (answers.ts)
// and the builder's question form (survey.ts). Pure; no database.
import type { QuestionInput, Survey } from './survey';

export type FormLike = { get(name: string): FormDataEntryValue | null; getAll(name: string): FormDataEntryValue[] };

const str = (v: FormDataEntryValue | null) => (typeof v === 'string' ? v : '');

/** Raw answers as answers.ts expects them. A ranking comes as one position field per option. */
export function answersFromForm(survey: Survey, form: FormLike): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const q of survey.questions) {
		switch (q.type) {
			case 'multipleChoice': {
				const list = form.getAll(q.id).map(str).filter(Boolean);
				if (list.length) out[q.id] = list;
				break;
			}
			case 'ranking': {
				const positions = q.options.map((o) => ({ code: o.code, p: str(form.get(`${q.id}__${o.code}`)).trim() }));
				if (positions.every((x) => x.p === '')) break;
				// Every option needs a distinct position 1..k; otherwise pass something the rules refuse.
				const sorted = [...positions].sort((a, b) => Number(a.p) - Number(b.p));
				const ok = sorted.every((x, i) => Number(x.p) === i + 1);
				out[q.id] = ok ? sorted.map((x) => x.code) : ['?'];
				break;
			}
			default: {
				const v = str(form.get(q.id));
				if (v.trim() !== '') out[q.id] = v;
			}
		}
	}
	return out;
}

/** Stored answers back into field values, to fill the form with saved progress. */
export function formValues(answers: Record<string, unknown>): Record<string, string | string[]> {
	const out: Record<string, string | string[]> = {};
	for (const [k, v] of Object.entries(answers)) out[k] = Array.isArray(v) ? v.map(String) : String(v);
	return out;
}

/**
 * Options typed one per line, "code = label" or just the label (codes a, b, c … then).
 * Codes of existing options are kept when their label is typed again.
 */
export function parseOptions(text: string): { code: string; label: string }[] {
	const lines = text
		.split(/\r?\n/)
		.map((l) => l.trim())
		.filter(Boolean);
	return lines.map((line, i) => {
		const m = line.match(/^([A-Za-z0-9][A-Za-z0-9_]{0,23})\s*=\s*(.+)$/);
		return m ? { code: m[1], label: m[2].trim() } : { code: String.fromCharCode(97 + (i % 26)) + (i >= 26 ? String(Math.floor(i / 26)) : ''), label: line };
	});
}

export function optionsText(options: { code: string; label: string }[]): string {
	return options.map((o) => `${o.code} = ${o.label}`).join('\n');
}

/** The builder's question form as a question input (checked by surveySchema afterwards). */
export function questionFromForm(form: FormLike, id: string): QuestionInput {
	const type = str(form.get('type'));
	const base = {
		id,
		text: str(form.get('text')),
		help: str(form.get('help')),
		required: form.get('required') === 'on',
		showIf: [] as { questionId: string; operator: 'equals' | 'notEquals' | 'includes' | 'gte' | 'lte'; value: string | number }[]
	};
	const cq = str(form.get('conditionQuestion'));
	const cv = str(form.get('conditionValue')).trim();
	if (cq && cv) {
		const op = str(form.get('conditionOperator')) || 'equals';
		const numeric = op === 'gte' || op === 'lte' || (/^-?\d+(\.\d+)?$/.test(cv) && (op === 'equals' || op === 'notEquals') && form.get('conditionNumeric') === '1');
		base.showIf.push({ questionId: cq, operator: op as 'equals', value: numeric ? Number(cv) : cv });
	}
	const num = (name: string) => {
		const v = str(form.get(name)).trim().replace(',', '.');
		return v === '' ? null : Number(v);
	};
	switch (type) {
		case 'singleChoice':
		case 'ranking':
			return { ...base, type, options: parseOptions(str(form.get('options'))) };
		case 'multipleChoice':
			return { ...base, type, options: parseOptions(str(form.get('options'))), maxSelected: num('maxSelected') };
		case 'scale':
			return { ...base, type, scaleMax: (num('scaleMax') ?? 5) as 5 | 10, lowLabel: str(form.get('lowLabel')) || 'Laag', highLabel: str(form.get('highLabel')) || 'Hoog' };
		case 'number':
			return { ...base, type, min: num('min'), max: num('max'), integer: form.get('decimals') !== 'on', unit: str(form.get('unit')) };
		case 'openText':
			return { ...base, type, maxLength: num('maxLength') ?? 2000 };
		default:
			return { ...base, type: type as 'openText' };
	}
}

/** Condition values typed as text become numbers when they point at a scale or number question. */
export function coerceConditions<T extends { id: string; type: string; showIf?: { questionId: string; value: string | number }[] }>(questions: T[]): T[] {
	return questions.map((q) => ({
		...q,
		showIf: (q.showIf ?? []).map((c) => {
			const target = questions.find((t) => t.id === c.questionId);
			const numeric = target && (target.type === 'scale' || target.type === 'number');
			return { ...c, value: numeric && typeof c.value === 'string' && c.value.trim() !== '' && !Number.isNaN(Number(c.value.replace(',', '.'))) ? Number(c.value.replace(',', '.')) : c.value };
		})
	}));
}

/** The next free question id: Q1, Q2, … (ids never change once used). */
export function nextQuestionId(ids: string[]): string {
	let n = ids.length + 1;
	while (ids.includes(`Q${n}`)) n++;
	return `Q${n}`;
}

/**
 * Panel error keys are shown as pnl_err_<key> (messages/panel), not as the foundation's err_<key>;
 * routes wrap literal keys in this so the two families are not mixed up.
 */
export const panelKey = (key: string): string => key;
