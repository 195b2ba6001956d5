import { error, fail } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { resolveInvitation, saveProgress, submitAnswers } from '$lib/server/panel/store';
import { answersFromForm, formValues } from '$lib/server/panel/form';
import type { Actions, PageServerLoad } from './$types';

// Invalid links and codes answer 404 with a kind page; nobody learns which links exist.
async function state(token: string) {
	const s = await resolveInvitation(app().db, token);
	if (s.kind === 'invalid') error(404, { message: 'Not found', code: 'panelLinkInvalid' });
	return s;
}

export const load: PageServerLoad = async ({ params, setHeaders }) => {
	const s = await state(params.token);
	setHeaders({ 'cache-control': 'no-store' });
	const { survey, panel } = s.loaded;
	return {
		kind: s.kind,
		panelName: panel.name,
		survey: { title: survey.title, intro: survey.intro, closing: survey.closing, closesAt: survey.closesAt, questions: survey.questions },
		values: formValues(s.draft),
		letter: s.token.length === 8
	};
};

export const actions: Actions = {
	submit: async ({ params, request }) => {
		const s = await state(params.token);
		const form = await request.formData();
		const raw = answersFromForm(s.loaded.survey, form);
		if (s.kind === 'answered') return fail(409, { already: true });
		if (s.kind !== 'open') return fail(400, { closed: true });
		const name = form.get('attachName') === 'on' ? String(form.get('name') ?? '') : null;
		const result = await submitAnswers(app().db, s, raw, name);
		if (result.ok) return { done: true };
		if ('already' in result) return fail(409, { already: true });
		const errors = Object.fromEntries(result.errors.filter((e) => e.questionId).map((e) => [e.questionId!, e.code]));
		const general = result.errors.find((e) => !e.questionId)?.code ?? null;
		return fail(400, { errors, general, values: formValues(raw), name: name ?? '' });
	},
	save: async ({ params, request }) => {
		const s = await state(params.token);
		if (s.kind !== 'open') return fail(400, { closed: s.kind !== 'answered', already: s.kind === 'answered' });
		const form = await request.formData();
		const raw = answersFromForm(s.loaded.survey, form);
		await saveProgress(app().db, s.invitationId, raw);
		return { saved: true, values: formValues(raw) };
	}
};
