import { fail, redirect } from '@sveltejs/kit';
import { setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { app } from '$lib/server/app';
import { forbidden, notFound, requireSpace } from '$lib/server/auth/guards';
import { calendarItemSchema, formatWhen } from '$lib/server/advice/calendar';
import { getCalendarItem, pairsOf, removeCalendarItem, sideIn, updateCalendarItem } from '$lib/server/advice/store';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const adapter = zod4(calendarItemSchema);

/** Only the parties of the item's pair change it (members and admins, not viewers). */
async function guard(event: RequestEvent) {
	const { actor, space, access } = await requireSpace(event, 'change');
	const item = await getCalendarItem(app().db, space.id, event.params.item);
	if (!item) notFound('advNotFound');
	if (access.role === 'viewer' || !sideIn(actor, item)) forbidden('advNotYourPair');
	const pair = pairsOf(space).find((p) => p.corporationId === item.corporationId && p.tenantOrganisationId === item.tenantOrganisationId);
	return { actor, space, item, pair };
}

export const load: PageServerLoad = async (event) => {
	const { item, pair } = await guard(event);
	const form = await superValidate(
		{
			pair: pair?.key ?? '',
			year: item.year,
			topic: item.topic as never,
			title: item.title,
			when: formatWhen(item),
			say: item.say as never,
			raisedBy: item.raisedBy as never,
			priority: item.priority as never,
			status: item.status as never,
			owner: item.owner
		},
		adapter,
		{ errors: false }
	);
	return { item: { id: item.id, title: item.title, year: item.year }, pairLabel: pair ? `${pair.corporationName} – ${pair.tenantOrganisationName}` : '', tenantKind: pair?.tenantKind ?? 'tenantOrganisation', form };
};

export const actions: Actions = {
	save: async (event) => {
		const { actor, space, item, pair } = await guard(event);
		const data = await event.request.formData();
		// The pair and the year stay as they are: an item outside its year is refused at "when".
		data.set('pair', pair?.key ?? '');
		data.set('year', String(item.year));
		const form = await superValidate(data, adapter);
		if (!form.valid) return fail(400, { form });
		const result = await updateCalendarItem(app().db, actor, space, item.id, form.data);
		if (!result.ok) return setError(form, result.field as 'title', result.error);
		redirect(303, `/${space.slug}/calendar?year=${item.year}&updated=1`);
	},
	remove: async (event) => {
		const { actor, space, item } = await guard(event);
		const data = await event.request.formData();
		// The button sends the item's id: a bare post removes nothing.
		if (data.get('confirm') !== item.id) return fail(400, { removeError: 'advNotFound' });
		const result = await removeCalendarItem(app().db, actor, space.id, item.id);
		if (!result.ok) return fail(400, { removeError: result.error });
		redirect(303, `/${space.slug}/calendar?year=${item.year}&removed=1`);
	}
};
