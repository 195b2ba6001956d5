import { fail, redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { panelKey } from '$lib/server/panel/form';
import { requirePanel } from '$lib/server/panel/guards';
import { createSurvey, importMembers, legalBases, listMembers, listPopulation, listSurveys, panelMembersForComposition, savePopulation, setThreshold } from '$lib/server/panel/store';
import { compositionPerMunicipality } from '$lib/server/panel/representativeness';
import { ageBands } from '$lib/server/panel/profile';
import { templateIds } from '$lib/server/panel/templates';
import { inArray } from 'drizzle-orm';
import { organisation } from '$lib/server/db/schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { panel, space } = await requirePanel(event);
	const { db, config } = app();
	const [members, surveys, population, forComposition] = await Promise.all([listMembers(db, panel.id), listSurveys(db, panel.id), listPopulation(db, panel.id), panelMembersForComposition(db, panel.id)]);
	const ids = space.participants.filter((p) => p.kind === 'municipality').map((p) => p.organisationId);
	const municipalities = (await db.select({ id: organisation.cbsCode, name: organisation.name }).from(organisation).where(inArray(organisation.id, ids))).filter((x): x is { id: string; name: string } => !!x.id);
	const composition = compositionPerMunicipality(forComposition.map((m) => ({ municipality: m.municipality ?? 'unknown', ageBand: m.ageBand })), 'ageBand', population);
	return {
		panel: { id: panel.id, name: panel.name, threshold: panel.threshold, consentText: panel.consentText },
		joinUrl: `${config.origin}/panel/join/${panel.id}`,
		members: members.map((m) => ({ id: m.id, email: m.email, name: m.name, status: m.status, legalBasis: m.legalBasis, origin: m.origin, municipality: m.municipality, ageBand: m.ageBand })),
		surveys: surveys.map((s) => ({ id: s.id, title: s.title, opensAt: s.opensAt, closesAt: s.closesAt, version: s.currentVersion })),
		composition,
		population,
		ageBands: [...ageBands],
		legalBases: [...legalBases],
		templates: [...templateIds],
		municipalities
	};
};

const dateInput = (v: FormDataEntryValue | null) => new Date(`${String(v ?? '')}T00:00:00`);

export const actions: Actions = {
	import: async (event) => {
		const { actor, panel } = await requirePanel(event);
		const f = await event.request.formData();
		const file = f.get('file');
		const text = file instanceof File && file.size ? await file.text() : String(f.get('csv') ?? '');
		if (!text.trim()) return fail(400, { importErrors: [{ row: 0, error: panelKey('csvEmpty') }] });
		const result = await importMembers(app().db, actor, panel, text, String(f.get('legalBasis') ?? ''));
		if (!result.ok) return fail(400, { importErrors: result.errors });
		return { imported: result.imported };
	},
	threshold: async (event) => {
		const { actor, panel } = await requirePanel(event);
		const f = await event.request.formData();
		const result = await setThreshold(app().db, actor, panel, Number(f.get('threshold') || NaN));
		if (!result.ok) return fail(400, { thresholdError: result.error });
		return { saved: true };
	},
	population: async (event) => {
		const { actor, panel } = await requirePanel(event);
		const f = await event.request.formData();
		const municipality = String(f.get('municipality') ?? '');
		if (!municipality) return fail(400, { populationError: 'municipalityRequired' });
		const values = Object.fromEntries(ageBands.map((b) => [b, f.get(`pop-${b}`) ? Number(f.get(`pop-${b}`)) : null]));
		const result = await savePopulation(app().db, actor, panel, municipality, values);
		if (!result.ok) return fail(400, { populationError: result.error });
		return { saved: true };
	},
	survey: async (event) => {
		const { actor, panel, space } = await requirePanel(event);
		const f = await event.request.formData();
		const opensAt = dateInput(f.get('opensAt'));
		const closesAt = dateInput(f.get('closesAt'));
		if (Number.isNaN(opensAt.getTime()) || Number.isNaN(closesAt.getTime())) return fail(400, { surveyError: 'dateInvalid' });
		const result = await createSurvey(app().db, actor, panel, { template: String(f.get('template') ?? 'blank'), opensAt, closesAt });
		if (!result.ok) return fail(400, { surveyError: result.error });
		redirect(303, `/${space.slug}/panel/survey/${result.id}`);
	}
};
