import { fail } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { requireSession } from '$lib/server/workshops/guard';
import { activityAction, addActivity, pinAreaChoices, sessionAction, sessionResults, type SessionAction } from '$lib/server/workshops/store';
import { liveHub, type LiveMessage } from '$lib/server/workshops/live';
import { allowedActions, type ActivityAction } from '$lib/server/workshops/session';
import { DEFAULT_THEMES } from '$lib/server/workshops/chips';
import { categoriesFromLines, DEFAULT_PIN_CATEGORIES } from '$lib/server/workshops/pins';
import type { EstimateQuestion } from '$lib/server/workshops/estimates';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { programme, session } = await requireSession(event, 'run');
	const [results, pinAreas] = await Promise.all([sessionResults(app().db, session.id, { showHidden: false }), pinAreaChoices(app().db, session.spaces)]);
	return {
		programme: { id: programme.id, title: programme.title },
		...results!,
		actions: Object.fromEntries(results!.activities.map((a) => [a.id, allowedActions({ kind: a.kind, state: a.state, locked: a.locked, hasTrueValue: a.kind === 'estimate' && (a.config as EstimateQuestion).trueValue !== null })])),
		defaultThemes: DEFAULT_THEMES.map((t) => t.label).join('\n'),
		defaultPinCategories: DEFAULT_PIN_CATEGORIES.map((c) => c.label).join('\n'),
		// Municipalities of the session without imported wijken/buurten: the console says so.
		pinAreasMissing: pinAreas.missing,
		joinUrl: `${event.url.origin}/w/${session.joinCode}`
	};
};

const sessionActions = ['open', 'close', 'lock', 'unlock', 'next'] as const;
const activityActions = ['open', 'close', 'reveal', 'reset', 'lock', 'unlock'] as const;

async function published(live: LiveMessage) {
	await (await liveHub()).publish(live);
}

/** Theme lines ("Betaalbaarheid") to themes with codes; the default themes keep their codes. */
function themesFrom(text: string) {
	const labels = text.split('\n').map((l) => l.trim()).filter(Boolean);
	return labels.map((labelText, i) => ({ code: DEFAULT_THEMES.find((t) => t.label === labelText)?.code ?? `theme${i + 1}`, label: labelText }));
}

function optionsFrom(text: string) {
	return text
		.split('\n')
		.map((l) => l.trim())
		.filter(Boolean)
		.map((labelText, i) => ({ code: `o${i + 1}`, label: labelText }));
}

const numberOrNull = (v: FormDataEntryValue | null) => {
	const s = String(v ?? '').trim().replace(',', '.');
	return s === '' ? null : Number(s);
};

export const actions: Actions = {
	session: async (event) => {
		const { actor, session } = await requireSession(event, 'run');
		const action = String((await event.request.formData()).get('action') ?? '') as SessionAction;
		if (!(sessionActions as readonly string[]).includes(action)) return fail(400, { problem: 'transitionNotAllowed' });
		const r = await sessionAction(app().db, actor, session.id, action);
		if (!r.ok) return fail(400, { problem: r.error });
		await published(r.live);
		return { done: action };
	},
	activity: async (event) => {
		const { actor, session } = await requireSession(event, 'run');
		const form = await event.request.formData();
		const action = String(form.get('action') ?? '') as ActivityAction;
		if (!(activityActions as readonly string[]).includes(action)) return fail(400, { problem: 'transitionNotAllowed' });
		const r = await activityAction(app().db, actor, session.id, String(form.get('activityId') ?? ''), action);
		if (!r.ok) return fail(400, { problem: r.error });
		await published(r.live);
		return { done: action };
	},
	addChips: async (event) => {
		const { actor, session } = await requireSession(event, 'run');
		const form = await event.request.formData();
		const r = await addActivity(app().db, actor, session.id, 'chips', {
			themes: themesFrom(String(form.get('themes') ?? '')),
			budget: numberOrNull(form.get('budget')) ?? undefined,
			step: numberOrNull(form.get('step')) ?? undefined,
			mustSpendAll: form.get('mustSpendAll') === 'on'
		});
		if (!r.ok) return fail(400, { problem: r.error, form: 'chips' });
		await published(r.live);
		return { done: 'added' };
	},
	addEstimate: async (event) => {
		const { actor, session } = await requireSession(event, 'run');
		const form = await event.request.formData();
		const measure = String(form.get('measure') ?? '');
		const trueValue = numberOrNull(form.get('trueValue'));
		if (trueValue !== null && !Number.isFinite(trueValue)) return fail(400, { problem: 'guessNotANumber', form: 'estimate' });
		const r = await addActivity(app().db, actor, session.id, 'estimate', {
			question: String(form.get('question') ?? ''),
			unit: String(form.get('unit') ?? ''),
			trueValue,
			source: String(form.get('source') ?? ''),
			topic: measure ? 'waitingTime' : 'other',
			measure: measure || null
		});
		if (!r.ok) return fail(400, { problem: r.error, form: 'estimate' });
		await published(r.live);
		return { done: 'added' };
	},
	addPins: async (event) => {
		const { actor, session } = await requireSession(event, 'run');
		const form = await event.request.formData();
		const r = await addActivity(app().db, actor, session.id, 'pins', {
			categories: categoriesFromLines(String(form.get('categories') ?? '')),
			maxPerParticipant: numberOrNull(form.get('maxPerParticipant')) ?? undefined
		});
		if (!r.ok) return fail(400, { problem: r.error, form: 'pins' });
		await published(r.live);
		return { done: 'added' };
	},
	addPoll: async (event) => {
		const { actor, session } = await requireSession(event, 'run');
		const form = await event.request.formData();
		const type = String(form.get('type') ?? '');
		const r = await addActivity(app().db, actor, session.id, 'poll', {
			type,
			question: String(form.get('question') ?? ''),
			...(type === 'openText' ? {} : { options: optionsFrom(String(form.get('options') ?? '')) })
		});
		if (!r.ok) return fail(400, { problem: r.error, form: 'poll' });
		await published(r.live);
		return { done: 'added' };
	}
};
