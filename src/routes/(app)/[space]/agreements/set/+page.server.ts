import { fail, redirect } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { app } from '$lib/server/app';
import { forbidden, requireSpace } from '$lib/server/auth/guards';
import { toAmsterdamDate } from '$lib/server/advice/rules';
import { currentCycleYear } from '$lib/server/agreements/cycle';
import { agreementRules } from '$lib/server/agreements/access';
import {
	createAgreement,
	ensureSet,
	getSet,
	setOverview,
	signSet,
	signingParties,
	startYearlyUpdate
} from '$lib/server/agreements/store';
import { agreementSchema, targetYears, toValues } from '$lib/server/agreements/schemas';
import { diffVersions } from '$lib/server/agreements/versions';
import { kindsOf, lightOf, partyNames, setSummary, smartOf } from '$lib/server/agreements/view';
import { derivedFrom } from '$lib/server/cache/stamped';
import { getLocale } from '$lib/paraglide/runtime';
import { THEMES } from '$lib/server/agreements/rules';
import { importAgreements } from '$lib/server/agreements/import';
import type { Actions, PageServerLoad } from './$types';

const PAGE_SIZE = 50;

export const load: PageServerLoad = async (event) => {
	const { actor, space, access } = await requireSpace(event, 'view');
	const { db } = app();
	const requested = Number(event.url.searchParams.get('version')) || undefined;
	const overview = await setOverview(db, space.id, requested);
	const { set, sets, rows, signatures } = overview;
	const year = set?.year ?? currentCycleYear(toAmsterdamDate(new Date()));
	const diff = set?.previousSetId ? derivedFrom(rows, 'diff', () => diffVersions(overview.previousRows, rows)) : [];
	const parties = set ? signingParties(space, overview.cycle?.parties) : [];
	const latest = sets.at(-1);
	// Long lists are paged: 200 agreements on one page is slow to send and hard to read.
	const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
	const page = Math.min(pages, Math.max(1, Math.floor(Number(event.url.searchParams.get('page')) || 1)));
	const shown = rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
	return {
		year,
		set: set && { id: set.id, versionNo: set.versionNo, year: set.year, locked: !!set.lockedAt, lockedAt: set.lockedAt, latest: !latest || latest.id === set.id },
		versions: sets.map((s) => ({ versionNo: s.versionNo, year: s.year, locked: !!s.lockedAt })),
		pagination: { page, pages, total: rows.length, from: (page - 1) * PAGE_SIZE + 1, to: (page - 1) * PAGE_SIZE + shown.length },
		agreements: shown.map((r) => {
			const smart = smartOf(r, year, space);
			return {
			id: r.id,
			theme: r.theme,
			text: r.text,
			parties: partyNames(r.committingParties, space),
			unit: r.unit,
			targets: r.targets,
			latest: r.latest && { value: r.latest.value, measuredOn: r.latest.measuredOn },
			light: lightOf(r.light),
			smart: { score: smart.score, findings: smart.findings.length }
			};
		}),
		summary: derivedFrom(rows, `summary:${year}:${getLocale()}:${[...kindsOf(space)].join()}`, () => setSummary(rows, year, space)),
		diff: diff.map((d) => ({ change: d.change, fields: d.fields, text: (d.after ?? d.before)!.text, beforeText: d.before?.text })),
		signatures: parties.map((p) => ({ ...p, signature: signatures.find((s) => s.organisationId === p.organisationId) ?? null })),
		signFor: agreementRules.signFor(actor, parties).map((p) => p.organisationId),
		canEdit: agreementRules.editAgreements(access),
		themes: [...THEMES],
		parties: space.participants,
		years: targetYears(year),
		form: await superValidate(zod4(agreementSchema(year)), { id: 'new-agreement' }),
		imported: event.url.searchParams.get('imported')
	};
};

export const actions: Actions = {
	create: async (event) => {
		const { actor, space } = await requireSpace(event, 'change');
		const { db } = app();
		const current = await getSet(db, space.id);
		const year = current?.year ?? currentCycleYear(toAmsterdamDate(new Date()));
		const form = await superValidate(event.request, zod4(agreementSchema(year)), { id: 'new-agreement' });
		if (!form.valid) return fail(400, { form });
		const set = current ?? (await ensureSet(db, actor, space.id, year));
		const result = await createAgreement(db, actor, set, toValues(form.data, year));
		if (!result.ok) return message(form, { type: 'error', key: result.error === 'locked' ? 'agrLocked' : 'agrNotFound' }, { status: 409 });
		redirect(303, `/${space.slug}/agreements/${result.agreement.id}?created=1`);
	},
	sign: async (event) => {
		const { actor, space } = await requireSpace(event, 'admin');
		const data = await event.request.formData();
		const organisationId = String(data.get('organisationId') ?? '');
		const setId = String(data.get('setId') ?? '');
		if (!organisationId || !setId) return fail(400, { signError: 'agrNotFound' });
		if (!agreementRules.signFor(actor, space.participants).some((p) => p.organisationId === organisationId)) forbidden('agrSignOwnOnly');
		const result = await signSet(app().db, actor, space, setId, organisationId);
		if (!result.ok) return fail(400, { signError: result.error === 'locked' ? 'agrLocked' : result.error === 'notFound' ? 'agrNotFound' : result.error });
		return { signed: true, locked: result.locked };
	},
	yearlyUpdate: async (event) => {
		const { actor, space } = await requireSpace(event, 'change');
		// The form names the signed version it starts from, so a double submit makes one update.
		const from = Number((await event.request.formData()).get('fromVersion'));
		const latest = await getSet(app().db, space.id);
		if (!from || !latest || latest.versionNo !== from) return fail(400, { updateError: 'agrNotSigned' });
		const result = await startYearlyUpdate(app().db, actor, space.id);
		if (!result.ok) return fail(400, { updateError: result.error });
		redirect(303, `/${space.slug}/agreements/set?version=${result.set.versionNo}`);
	},
	import: async (event) => {
		const { actor, space } = await requireSpace(event, 'change');
		const data = await event.request.formData();
		const file = data.get('file');
		if (!(file instanceof File) || file.size === 0) return fail(400, { importErrors: [{ row: 0, message: 'agrImportNoFile' }] });
		const result = await importAgreements(app().db, actor, space, file);
		if (!result.ok) return fail(400, { importErrors: result.errors });
		redirect(303, `/${space.slug}/agreements/set?imported=${result.count}`);
	}
};
