import { fail, redirect } from '@sveltejs/kit';
import { setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { app } from '$lib/server/app';
import { requireSpace } from '$lib/server/auth/guards';
import { newRequestSchema, requestKinds, requestStatus, startedBy } from '$lib/server/advice/model';
import { createRequest, pairsOf, requestPage, sideIn } from '$lib/server/advice/store';
import { toAmsterdamDate } from '$lib/server/advice/rules';
import { checkFiles, withStoredFiles } from '$lib/server/advice/documents';
import { filesOf } from '$lib/server/advice/upload';
import { storage } from '$lib/server/storage';
import type { Actions, PageServerLoad } from './$types';

// Built once: turning the schema into an adapter is the costly part of superValidate.
const adapter = zod4(newRequestSchema);

const PAGE_SIZE = 50;

export const load: PageServerLoad = async (event) => {
	const { actor, space } = await requireSpace(event, 'view');
	const { db } = app();
	const today = toAmsterdamDate(new Date());
	const asked = Number(event.url.searchParams.get('page')) || 1;
	const page = Math.max(1, asked);
	const pairs = pairsOf(space);
	const names = new Map(space.participants.map((p) => [p.organisationId, p.name]));
	const year = Number(today.slice(0, 4));
	// Items of this year and next year can be linked to a new request.
	const { rows, total, items } = await requestPage(db, space.id, page, PAGE_SIZE, year);
	const myPairs = pairs.filter((p) => sideIn(actor, p));
	const sides = new Set(myPairs.map((p) => sideIn(actor, p)));
	const kinds = requestKinds.filter((k) => sides.has(startedBy(k)));
	const form = await superValidate(
		{ kind: kinds[0], pair: myPairs[0]?.key ?? '', receivedOn: today, periodDays: '42', topic: undefined, title: '' },
		adapter,
		{ errors: false }
	);
	return {
		requests: rows.map((r) => ({
			id: r.id,
			kind: r.kind,
			title: r.title,
			topic: r.topic,
			corporation: names.get(r.corporationId) ?? '',
			tenant: names.get(r.tenantOrganisationId) ?? '',
			receivedOn: r.receivedOn,
			...requestStatus(r, today)
		})),
		total,
		page,
		pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
		kinds,
		pairs: myPairs.map((p) => ({ key: p.key, label: `${p.corporationName} – ${p.tenantOrganisationName}` })),
		items: items.filter((i) => myPairs.some((p) => p.corporationId === i.corporationId && p.tenantOrganisationId === i.tenantOrganisationId)).map((i) => ({ id: i.id, title: `${i.title} (${i.year})` })),
		form
	};
};

export const actions: Actions = {
	create: async (event) => {
		const { actor, space } = await requireSpace(event, 'change');
		const data = await event.request.formData();
		const files = await filesOf(data, 'documents');
		const form = await superValidate(data, adapter);
		// Files are checked before anything is stored; the form keeps its values.
		const documentsError = checkFiles(files);
		if (!form.valid || documentsError) return fail(400, { form, documentsError });
		const result = await withStoredFiles(storage(app().config.dataDir), files, (stored) => createRequest(app().db, actor, space, form.data, stored));
		if (!result.ok) {
			if (result.field === 'documents') return fail(400, { form, documentsError: result.error });
			return setError(form, result.field as 'pair', result.error);
		}
		redirect(303, `/${space.slug}/advice/${result.id}?created=1`);
	}
};
