// The import form's fields → an ImportInput; and a job's report → sentences for the page.
import { formatIssue, type Issue, DEFAULT_MAX_BYTES } from './reports';
import type { ImportInput, ImportJob, ImportKind } from './store';

export async function importInputFromForm(form: FormData): Promise<{ ok: true; input: ImportInput } | { ok: false; error: string }> {
	const file = form.get('file');
	if (!(file instanceof File) || file.size === 0) return { ok: false, error: 'lvFileRequired' };
	const kindRaw = String(form.get('kind') ?? '');
	const kind = (['kwb', 'lbm', 'boundaries'].includes(kindRaw) ? kindRaw : null) as ImportKind | null;
	const yearRaw = String(form.get('year') ?? '').trim();
	const year = /^\d{4}$/.test(yearRaw) ? Number(yearRaw) : null;
	let dataProperties: unknown;
	const dp = form.get('dataProperties');
	if (dp instanceof File && dp.size > 0) {
		try {
			dataProperties = JSON.parse(await dp.text());
		} catch {
			dataProperties = 'invalid';
		}
	}
	return {
		ok: true,
		input: {
			kind,
			fileName: file.name || 'upload',
			// Too large files are refused by size before reading them.
			text: file.size > DEFAULT_MAX_BYTES ? '' : await file.text(),
			bytes: file.size,
			year,
			codeProperty: String(form.get('codeProperty') ?? '').trim() || null,
			nameProperty: String(form.get('nameProperty') ?? '').trim() || null,
			dataProperties
		}
	};
}

export interface ShownReport {
	ok: boolean;
	fatal: string[];
	warnings: string[];
	warningCount: number;
	years: number[];
	written: number;
	candidates: string[];
}

export function showReport(job: Pick<ImportJob, 'report' | 'years' | 'written' | 'status'>, locale: 'nl' | 'en'): ShownReport | null {
	if (!job.report) return null;
	const r = job.report as { fatal: Issue[]; warnings: Issue[]; ok: boolean; candidates?: string[] };
	return {
		ok: job.status === 'done',
		fatal: r.fatal.map((i) => formatIssue(i, locale)),
		warnings: r.warnings.slice(0, 30).map((i) => formatIssue(i, locale)),
		warningCount: r.warnings.length,
		years: job.years,
		written: job.written,
		candidates: r.candidates ?? []
	};
}
