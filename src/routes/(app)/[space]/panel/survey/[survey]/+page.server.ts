import { fail } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { requireSurvey } from '$lib/server/panel/guards';
import { responseCount, saveDefinition } from '$lib/server/panel/store';
import { coerceConditions, nextQuestionId, panelKey, questionFromForm } from '$lib/server/panel/form';
import { localDate } from '$lib/server/panel/anonymity';
import type { Question } from '$lib/server/panel/survey';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { loaded } = await requireSurvey(event, 'manage');
	return {
		survey: { id: loaded.row.id, title: loaded.survey.title, intro: loaded.survey.intro, closing: loaded.survey.closing, opensOn: localDate(loaded.survey.opensAt), closesOn: localDate(loaded.survey.closesAt), version: loaded.survey.version, questions: loaded.survey.questions },
		panelId: loaded.panel.id,
		panelName: loaded.panel.name,
		responses: await responseCount(app().db, loaded.row.id)
	};
};

type Loaded = Awaited<ReturnType<typeof requireSurvey>>;

async function save(g: Loaded, questions: unknown[], meta: Partial<{ title: string; intro: string; closing: string; opensAt: Date; closesAt: Date }> = {}) {
	const next = { ...g.loaded.survey, ...meta, questions: coerceConditions(questions as Question[]) };
	const result = await saveDefinition(app().db, g.actor, g.loaded, next);
	if (!result.ok) return fail(400, { error: result.error, field: result.field });
	return { saved: true, newVersion: result.newVersion };
}

const day = (v: FormDataEntryValue | null) => new Date(`${String(v ?? '')}T00:00:00+01:00`);

export const actions: Actions = {
	meta: async (event) => {
		const g = await requireSurvey(event, 'manage');
		const f = await event.request.formData();
		return save(g, g.loaded.survey.questions, { title: String(f.get('title') ?? ''), intro: String(f.get('intro') ?? ''), closing: String(f.get('closing') ?? ''), opensAt: day(f.get('opensAt')), closesAt: day(f.get('closesAt')) });
	},
	add: async (event) => {
		const g = await requireSurvey(event, 'manage');
		const f = await event.request.formData();
		const qs = g.loaded.survey.questions;
		return save(g, [...qs, questionFromForm(f, nextQuestionId(qs.map((q) => q.id)))]);
	},
	edit: async (event) => {
		const g = await requireSurvey(event, 'manage');
		const f = await event.request.formData();
		const id = String(f.get('id') ?? '');
		const qs = g.loaded.survey.questions;
		if (!qs.some((q) => q.id === id)) return fail(400, { error: panelKey('unknownQuestion'), field: 'id' });
		return save(g, qs.map((q) => (q.id === id ? { ...questionFromForm(f, id), revision: q.revision } : q)));
	},
	remove: async (event) => {
		const g = await requireSurvey(event, 'manage');
		const f = await event.request.formData();
		const id = String(f.get('id') ?? '');
		const qs = g.loaded.survey.questions;
		if (!qs.some((q) => q.id === id)) return fail(400, { error: panelKey('unknownQuestion'), field: 'id' });
		return save(g, qs.filter((q) => q.id !== id));
	}
};
