import { error, fail, redirect } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { app } from '$lib/server/app';
import { forbidden, requireSpace } from '$lib/server/auth/guards';
import { agreementRules } from '$lib/server/agreements/access';
import { addProgress, agreementWithProgress, deleteAgreement, getAgreement, listSets, updateAgreement } from '$lib/server/agreements/store';
import { agreementSchema, parseNumber, progressSchema, targetYears, toForm, toValues } from '$lib/server/agreements/schemas';
import { THEMES, explainTrafficLight } from '$lib/server/agreements/rules';
import { lightOf, partyNames, smartOf, valuesOf } from '$lib/server/agreements/view';
import { storage } from '$lib/server/storage';
import { getLocale } from '$lib/paraglide/runtime';
import type { SpaceContext } from '$lib/server/spaces/store';
import type { Actions, PageServerLoad } from './$types';

/** The agreement from the URL, only when it belongs to this space. */
async function loadAgreement(space: SpaceContext, id: string) {
	const { db } = app();
	const row = await getAgreement(db, id);
	if (!row) error(404, { message: 'Not found', code: 'agrNotFound' });
	const sets = await listSets(db, space.id);
	const set = sets.find((s) => s.id === row.setId);
	if (!set) error(404, { message: 'Not found', code: 'agrNotFound' });
	return { row, set, latest: sets.at(-1)!.id === set.id };
}

export const load: PageServerLoad = async (event) => {
	const { space, access } = await requireSpace(event, 'view');
	const { row, set, latest } = await loadAgreement(space, event.params.agreement);
	const withLight = await agreementWithProgress(app().db, row);
	const form = await superValidate(toForm({ ...valuesOf(row), version: row.version }, set.year), zod4(agreementSchema(set.year)), { id: 'agreement', errors: false });
	return {
		agreement: { id: row.id, text: row.text, theme: row.theme, version: row.version, updatedBy: row.updatedBy, updatedAt: row.updatedAt, unit: row.unit, parties: partyNames(row.committingParties, space) },
		set: { versionNo: set.versionNo, year: set.year, locked: !!set.lockedAt, latest },
		smart: smartOf(row, set.year, space),
		light: lightOf(withLight.light),
		progress: withLight.progress.map((p) => ({ id: p.id, period: p.period, measuredOn: p.measuredOn, value: p.value, explanation: p.explanation, authorName: p.authorName, evidenceName: p.evidenceName })),
		explain: explainTrafficLight(getLocale() === 'en' ? 'en' : 'nl'),
		canEdit: agreementRules.editAgreements(access) && latest && !set.lockedAt,
		canProgress: agreementRules.addProgress(access),
		themes: [...THEMES],
		parties: space.participants,
		years: targetYears(set.year),
		form,
		created: event.url.searchParams.has('created'),
		saved: event.url.searchParams.has('saved')
	};
};

export const actions: Actions = {
	save: async (event) => {
		const { actor, space, access } = await requireSpace(event, 'change');
		if (!agreementRules.editAgreements(access)) forbidden('viewerCannotChange');
		const { row, set } = await loadAgreement(space, event.params.agreement);
		const form = await superValidate(event.request, zod4(agreementSchema(set.year)), { id: 'agreement' });
		if (!form.valid) return fail(400, { form });
		const result = await updateAgreement(app().db, actor, row.id, form.data.version, toValues(form.data, set.year));
		if (result.ok) redirect(303, `/${space.slug}/agreements/${row.id}?saved=1`);
		if (result.error === 'conflict') {
			const current = result.current;
			const theirs = { text: current.text, version: current.version, updatedBy: current.updatedBy, updatedAt: current.updatedAt };
			// Keep what was typed, but on top of the current version: saving again is a deliberate choice.
			form.data.version = current.version;
			form.message = { type: 'error', key: 'agrConflict' };
			return fail(409, { form, conflict: theirs });
		}
		return message(form, { type: 'error', key: result.error === 'locked' ? 'agrLocked' : 'agrNotFound' }, { status: 409 });
	},
	delete: async (event) => {
		const { actor, space, access } = await requireSpace(event, 'change');
		if (!agreementRules.editAgreements(access)) forbidden('viewerCannotChange');
		const { row } = await loadAgreement(space, event.params.agreement);
		const version = Number((await event.request.formData()).get('version'));
		if (!Number.isInteger(version) || version < 1) return fail(400, { deleteError: 'agrNotFound' });
		const result = await deleteAgreement(app().db, actor, row.id, version);
		if (!result.ok) return fail(409, { deleteError: result.error === 'conflict' ? 'agrConflict' : result.error === 'locked' ? 'agrLocked' : 'agrNotFound' });
		redirect(303, `/${space.slug}/agreements/set`);
	},
	progress: async (event) => {
		const { actor, space, access } = await requireSpace(event, 'change');
		if (!agreementRules.addProgress(access)) forbidden('viewerCannotChange');
		const { row } = await loadAgreement(space, event.params.agreement);
		const data = await event.request.formData();
		const raw = { period: String(data.get('period') ?? ''), measuredOn: String(data.get('measuredOn') ?? ''), value: String(data.get('value') ?? ''), explanation: String(data.get('explanation') ?? '') };
		const parsed = progressSchema.safeParse(raw);
		const errors: Record<string, string> = {};
		if (!parsed.success) for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
		const file = data.get('evidence');
		let evidence: { name: string; bytes: Uint8Array } | null = null;
		if (file instanceof File && file.size > 0) evidence = { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
		if (Object.keys(errors).length) return fail(400, { progressErrors: errors, progressValues: raw });
		let evidenceKey: string | null = null;
		if (evidence) {
			const stored = await storage(app().config.dataDir).put(evidence.name, evidence.bytes);
			if (!stored.ok) return fail(400, { progressErrors: { evidence: `agr${stored.error[0].toUpperCase()}${stored.error.slice(1)}` }, progressValues: raw });
			evidenceKey = stored.key;
		}
		try {
			await addProgress(app().db, actor, space.id, row.lineageId, {
				period: parsed.data!.period,
				measuredOn: parsed.data!.measuredOn,
				value: parseNumber(parsed.data!.value)!,
				explanation: parsed.data!.explanation,
				evidenceName: evidence?.name ?? null,
				evidenceKey
			});
		} catch (e) {
			// No entry, so no file either: nothing half-stored.
			if (evidenceKey) await storage(app().config.dataDir).remove(evidenceKey);
			throw e;
		}
		return { progressSaved: true };
	}
};
