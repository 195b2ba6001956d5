import { fail } from '@sveltejs/kit';
import { setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { app } from '$lib/server/app';
import { requireSpace } from '$lib/server/auth/guards';
import { calendarItemSchema, diffItems, hasChanges, isLate, snapshot, type ItemContent } from '$lib/server/advice/calendar';
import {
	approveCalendar,
	createCalendarItem,
	calendarOverview,
	findPair,
	pairsOf,
	renewFeed,
	setItemStatus,
	sideIn
} from '$lib/server/advice/store';
import { toAmsterdamDate } from '$lib/server/advice/rules';
import type { Actions, PageServerLoad } from './$types';

// Built once: turning the schema into an adapter is the costly part of superValidate.
const adapter = zod4(calendarItemSchema);

export const load: PageServerLoad = async (event) => {
	const { actor, space, access } = await requireSpace(event, 'view');
	const { db } = app();
	const today = toAmsterdamDate(new Date());
	const year = Number(event.url.searchParams.get('year')) || Number(today.slice(0, 4));
	const view = event.url.searchParams.get('view') === 'month' ? 'month' : 'list';
	const pairs = pairsOf(space);
	const chosen = findPair(space, event.url.searchParams.get('pair') ?? '');
	const overview = await calendarOverview(db, space, year, chosen);
	const { items, linked, requests } = overview;
	const names = new Map(space.participants.map((p) => [p.organisationId, p.name]));
	// The agreement per pair that has items or an approved version this year.
	const activePairs = pairs.filter(
		(p) => items.some((i) => i.corporationId === p.corporationId && i.tenantOrganisationId === p.tenantOrganisationId) || (overview.versions.get(p.key)?.length ?? 0) > 0
	);
	const agreements = await Promise.all(
		activePairs.map(async (p) => {
			const versions = overview.versions.get(p.key) ?? [];
			const latest = versions[0] ?? null;
			const lastLocked = versions.find((v) => v.lockedAt) ?? null;
			const current = snapshot(items.filter((i) => i.corporationId === p.corporationId && i.tenantOrganisationId === p.tenantOrganisationId) as ItemContent[]);
			const diff = lastLocked ? diffItems(lastLocked.items as ItemContent[], current) : null;
			const side = access.role === 'viewer' ? null : sideIn(actor, p);
			const sameAsLatest = !!latest && !hasChanges(diffItems(latest.items as ItemContent[], current));
			return {
				key: p.key,
				label: `${p.corporationName} – ${p.tenantOrganisationName}`,
				corporationName: p.corporationName,
				tenantName: p.tenantOrganisationName,
				latest: latest
					? {
							number: latest.number,
							lockedAt: latest.lockedAt,
							corporationApprovedBy: latest.corporationApprovedBy,
							tenantApprovedBy: latest.tenantApprovedBy,
							current: sameAsLatest
						}
					: null,
				diff,
				side,
				canApprove:
					!!side &&
					current.length > 0 && !(sameAsLatest && (latest!.lockedAt || (side === 'corporation' ? latest!.corporationApprovedAt : latest!.tenantApprovedAt)))
			};
		})
	);
	const myPairs = pairs.filter((p) => sideIn(actor, p));
	const form = await superValidate(
		{ pair: chosen?.key ?? myPairs[0]?.key ?? '', year, when: `${year}-`, raisedBy: 'corporation', priority: 'normal', status: 'planned', say: 'advice' },
		adapter,
		{ errors: false }
	);
	return {
		year,
		view,
		today,
		pairKey: chosen?.key ?? '',
		pairs: pairs.map((p) => ({ key: p.key, label: `${p.corporationName} – ${p.tenantOrganisationName}` })),
		myPairs: myPairs.map((p) => ({ key: p.key, label: `${p.corporationName} – ${p.tenantOrganisationName}` })),
		items: items.map((i) => ({
			...i,
			corporation: names.get(i.corporationId) ?? '',
			tenant: names.get(i.tenantOrganisationId) ?? '',
			late: isLate(i, linked.has(i.id), today),
			requests: requests.filter((r) => r.itemId === i.id).map((r) => ({ id: r.id, title: r.title })),
			canChange: access.role !== 'viewer' && !!sideIn(actor, i)
		})),
		agreements,
		feedExists: overview.feedExists,
		canChange: access.role !== 'viewer' && myPairs.length > 0,
		form
	};
};

export const actions: Actions = {
	add: async (event) => {
		const { actor, space } = await requireSpace(event, 'change');
		const form = await superValidate(event.request, adapter);
		if (!form.valid) return fail(400, { form });
		const result = await createCalendarItem(app().db, actor, space, form.data);
		if (!result.ok) return setError(form, result.field as 'pair', result.error);
		return { form, added: true };
	},
	status: async (event) => {
		const { actor, space } = await requireSpace(event, 'change');
		const data = await event.request.formData();
		const result = await setItemStatus(app().db, actor, space.id, String(data.get('itemId') ?? ''), String(data.get('status') ?? ''));
		if (!result.ok) return fail(400, { error: result.error });
		return { ok: 'saved' };
	},
	approve: async (event) => {
		const { actor, space } = await requireSpace(event, 'change');
		const data = await event.request.formData();
		const result = await approveCalendar(app().db, actor, space, String(data.get('pair') ?? ''), Number(data.get('year')));
		if (!result.ok) return fail(400, { error: result.error });
		return { ok: result.locked ? 'locked' : 'approved' };
	},
	renewFeed: async (event) => {
		const { actor, space } = await requireSpace(event, 'change');
		const token = await renewFeed(app().db, actor, space.id);
		return { feedUrl: `${app().config.origin}/ical/${token}` };
	}
};
