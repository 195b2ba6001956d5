import { fail } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { forbidden, requireSpace } from '$lib/server/auth/guards';
import { toAmsterdamDate } from '$lib/server/advice/rules';
import { currentCycleYear } from '$lib/server/agreements/cycle';
import { agreementRules } from '$lib/server/agreements/access';
import { addBidComment, getBidPart, listBids, saveBidPart, shareBid } from '$lib/server/agreements/store';
import { commentSchema, visionSchema } from '$lib/server/agreements/schemas';
import { THEMES } from '$lib/server/agreements/rules';
import { canViewRecord } from '$lib/server/auth/access';
import type { Actions, PageServerLoad } from './$types';

const year = () => currentCycleYear(toAmsterdamDate(new Date()));

export const load: PageServerLoad = async (event) => {
	const { actor, space, access } = await requireSpace(event, 'view');
	const bids = await listBids(app().db, actor, access, space.id, year());
	const corporations = space.participants.filter((p) => p.kind === 'corporation');
	return {
		year: year(),
		themes: [...THEMES],
		corporations,
		bids,
		myCorporations: agreementRules.bidOrganisations(actor, space).map((p) => p.organisationId),
		canComment: agreementRules.comment(access),
		commentAs: access.organisations.filter((o) => o.role !== 'viewer').map((o) => o.organisationId)[0] ?? null
	};
};

function mayBid(guard: Awaited<ReturnType<typeof requireSpace>>, organisationId: string) {
	if (!agreementRules.bidOrganisations(guard.actor, guard.space).some((p) => p.organisationId === organisationId)) forbidden('agrOwnBidOnly');
}

export const actions: Actions = {
	save: async (event) => {
		const guard = await requireSpace(event, 'change');
		const raw = Object.fromEntries(await event.request.formData());
		const organisationId = String(raw.organisationId ?? '');
		if (!organisationId) return fail(400, { bidKey: '', text: '', error: 'agrNotFound' });
		mayBid(guard, organisationId);
		const parsed = visionSchema.safeParse(raw);
		if (!parsed.success) {
			return fail(400, { bidKey: `${organisationId}:${raw.theme}`, text: String(raw.text ?? ''), error: parsed.error.issues[0].message });
		}
		await saveBidPart(app().db, guard.actor, guard.space.id, year(), organisationId, parsed.data);
		return { saved: true };
	},
	share: async (event) => {
		const guard = await requireSpace(event, 'change');
		const organisationId = String((await event.request.formData()).get('organisationId') ?? '');
		if (!organisationId) return fail(400, { shareError: 'agrNotFound' });
		mayBid(guard, organisationId);
		await shareBid(app().db, guard.actor, guard.space.id, year(), organisationId);
		return { shared: true };
	},
	comment: async (event) => {
		const { actor, space, access } = await requireSpace(event, 'change');
		const raw = Object.fromEntries(await event.request.formData());
		const parsed = commentSchema.safeParse(raw);
		if (!parsed.success) return fail(400, { commentFor: String(raw.bidPartId ?? ''), text: String(raw.text ?? ''), error: parsed.error.issues[0].message });
		const part = await getBidPart(app().db, parsed.data.bidPartId);
		if (!part || part.spaceId !== space.id || !canViewRecord(actor, access, { spaceId: space.id, organisationId: part.organisationId, visibility: part.visibility })) {
			return fail(404, { commentFor: parsed.data.bidPartId, text: parsed.data.text, error: 'agrNotFound' });
		}
		const as = access.organisations.find((o) => o.role !== 'viewer');
		if (!as) forbidden('viewerCannotChange');
		await addBidComment(app().db, actor, space.id, part.id, as.organisationId, parsed.data.text);
		return { commented: part.id };
	}
};
