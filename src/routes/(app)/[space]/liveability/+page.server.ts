import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { app } from '$lib/server/app';
import { requireSpace } from '$lib/server/auth/guards';
import { mapView, municipalityOf } from '$lib/server/liveability/pages';
import { addPin, listPins } from '$lib/server/liveability/store';
import { PIN_CATEGORIES } from '$lib/server/liveability/catalog';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { space, access } = await requireSpace(event, 'view');
	const [view, pins] = await Promise.all([mapView(app().db, space, event.url), listPins(app().db, space.id)]);
	return {
		...view,
		pins: pins.filter((p) => p.lon !== null && p.lat !== null).map((p) => ({ lon: p.lon as number, lat: p.lat as number, category: p.category })),
		canChange: access.role === 'admin' || access.role === 'member',
		basemap: process.env.BASEMAP_URL ?? 'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png',
		categories: PIN_CATEGORIES
	};
};

const mapPinSchema = z.object({
	lon: z.coerce.number({ message: 'lvCoordinates' }).min(-180, 'lvCoordinates').max(180, 'lvCoordinates'),
	lat: z.coerce.number({ message: 'lvCoordinates' }).min(-90, 'lvCoordinates').max(90, 'lvCoordinates'),
	category: z.enum(PIN_CATEGORIES, { message: 'lvCategory' }),
	comment: z.string().trim().min(1, 'lvCommentRequired').max(2000, 'lvCommentTooLong')
});

export const actions: Actions = {
	pin: async (event) => {
		const { actor, space } = await requireSpace(event, 'change');
		const form = Object.fromEntries(await event.request.formData());
		const parsed = mapPinSchema.safeParse(form);
		const values = { lon: String(form.lon ?? ''), lat: String(form.lat ?? ''), category: String(form.category ?? ''), comment: String(form.comment ?? '') };
		if (!parsed.success) {
			const errors = Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message]));
			return fail(400, { pin: { errors, values } });
		}
		const db = app().db;
		const result = await addPin(db, actor, space, await municipalityOf(db, space), parsed.data);
		if (!result.ok) return fail(400, { pin: { errors: { lon: result.error === 'pinOutside' ? 'lvPinOutside' : 'lvAreaUnknown' }, values } });
		return { pin: { placed: result.areaCode } };
	}
};
