import { fail, redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { notFound, requireSpace } from '$lib/server/auth/guards';
import { answerSchema, adviceTextSchema, requestStatus, timelineOf } from '$lib/server/advice/model';
import { addComment, answerRequest, closeRequest, getRequest, saveDraft, sendAdvice, sideIn } from '$lib/server/advice/store';
import { explainDeadlineRule, parseIsoDate, toAmsterdamDate } from '$lib/server/advice/rules';
import { calendarItem } from '$lib/server/db/schema';
import { eq } from 'drizzle-orm';
import { getLocale } from '$lib/paraglide/runtime';
import { addDocuments, listDocuments, uploadPart } from '$lib/server/advice/documents';
import { filesOf } from '$lib/server/advice/upload';
import { storage } from '$lib/server/storage';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
	const { actor, space, access } = await requireSpace(event, 'view');
	const { db } = app();
	const request = await getRequest(db, actor, space.id, event.params.id);
	if (!request) notFound('requestNotFound');
	const today = toAmsterdamDate(new Date());
	const names = new Map(space.participants.map((p) => [p.organisationId, { name: p.name, kind: p.kind }]));
	const [item] = request.calendarItemId
		? await db.select({ id: calendarItem.id, title: calendarItem.title, year: calendarItem.year }).from(calendarItem).where(eq(calendarItem.id, request.calendarItemId))
		: [];
	const side = access.role === 'viewer' ? null : sideIn(actor, request);
	const documents = await listDocuments(db, actor, request);
	return {
		request: {
			...request,
			corporation: names.get(request.corporationId)?.name ?? '',
			tenant: names.get(request.tenantOrganisationId)?.name ?? '',
			tenantKind: names.get(request.tenantOrganisationId)?.kind ?? 'tenantOrganisation'
		},
		status: requestStatus(request, today),
		timeline: timelineOf(request, today),
		item: item ?? null,
		side,
		documents: documents.map((d) => ({ ...d, organisation: names.get(d.organisationId)?.name ?? '' })),
		uploadPart: uploadPart(request.kind, side, request),
		today,
		rule: explainDeadlineRule(getLocale() === 'en' ? 'en' : 'nl'),
		created: event.url.searchParams.has('created')
	};
};

async function guarded(event: RequestEvent) {
	const { actor, space } = await requireSpace(event, 'change');
	const values = Object.fromEntries(await event.request.formData()) as Record<string, string>;
	return { actor, space, values, db: app().db, id: event.params.id };
}

const failed = (action: string, field: string, error: string, values: Record<string, string>) => fail(400, { action, field, error, values });

export const actions: Actions = {
	upload: async (event) => {
		const { actor, space } = await requireSpace(event, 'change');
		const files = await filesOf(await event.request.formData(), 'documents');
		const result = await addDocuments(app().db, storage(app().config.dataDir), actor, space.id, event.params.id, files);
		if (!result.ok) return failed('upload', 'documents', result.error, {});
		return { action: 'upload', ok: 'uploaded' };
	},
	saveDraft: async (event) => {
		const { actor, space, values, db, id } = await guarded(event);
		const result = await saveDraft(db, actor, space.id, id, String(values.draft ?? '').slice(0, 20_000));
		if (!result.ok) return failed('saveDraft', 'draft', result.error, values);
		return { action: 'saveDraft', ok: 'saved' };
	},
	comment: async (event) => {
		const { actor, space, values, db, id } = await guarded(event);
		const result = await addComment(db, actor, space.id, id, String(values.comment ?? ''));
		if (!result.ok) return failed('comment', 'comment', result.error, values);
		return { action: 'comment', ok: 'comment' };
	},
	send: async (event) => {
		const { actor, space, values, db, id } = await guarded(event);
		const parsed = adviceTextSchema.safeParse(values);
		if (!parsed.success) {
			const issue = parsed.error.issues[0];
			return failed('send', String(issue.path[0] === 'on' ? 'on' : 'text'), issue.message, values);
		}
		const result = await sendAdvice(db, actor, space.id, id, parsed.data);
		if (!result.ok) return failed('send', result.field, result.error, values);
		redirect(303, `/${space.slug}/advice/${id}?sent=1`);
	},
	answer: async (event) => {
		const { actor, space, values, db, id } = await guarded(event);
		const parsed = answerSchema.safeParse(values);
		if (!parsed.success) {
			const issue = parsed.error.issues[0];
			return failed('answer', String(issue.path[0] ?? 'answerKind'), issue.message, values);
		}
		const result = await answerRequest(db, actor, space.id, id, parsed.data);
		if (!result.ok) return failed('answer', result.field, result.error, values);
		redirect(303, `/${space.slug}/advice/${id}?answered=1`);
	},
	close: async (event) => {
		const { actor, space, values, db, id } = await guarded(event);
		const on = String(values.on ?? '').trim();
		if (!parseIsoDate(on).ok) return failed('close', 'on', 'advInvalidDate', values);
		const result = await closeRequest(db, actor, space.id, id, on);
		if (!result.ok) return failed('close', result.field, result.error, values);
		return { action: 'close', ok: 'closed' };
	}
};
