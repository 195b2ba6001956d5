import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { app } from '$lib/server/app';
import { requireSpace } from '$lib/server/auth/guards';
import { municipalityOf } from '$lib/server/liveability/pages';
import { addPin, listAreas, listPins } from '$lib/server/liveability/store';
import { PIN_CATEGORIES } from '$lib/server/liveability/catalog';
import type { Actions, PageServerLoad } from './$types';

// Pins without a map: choose the area from a list and describe the spot.
export const load: PageServerLoad = async (event) => {
	const { space, access } = await requireSpace(event, 'view');
	const db = app().db;
	const municipality = await municipalityOf(db, space);
	const [areas, pins] = await Promise.all([listAreas(db, municipality), listPins(db, space.id)]);
	const wijken = areas.filter((a) => a.level === 'wijk');
	const buurten = areas.filter((a) => a.level === 'buurt');
	const counts = new Map<string, number>();
	for (const p of pins) counts.set(p.areaCode, (counts.get(p.areaCode) ?? 0) + 1);
	const names = new Map(areas.map((a) => [a.code, a.name ?? a.code]));
	return {
		wijken: wijken.map((w) => ({
			code: w.code,
			name: w.name ?? w.code,
			buurten: buurten.filter((b) => b.code.slice(2, 8) === w.code.slice(2)).map((b) => ({ code: b.code, name: b.name ?? b.code }))
		})),
		pins: pins.map((p) => ({ ...p, areaName: p.areaName ?? p.areaCode })),
		perArea: [...counts].map(([code, count]) => ({ code, name: names.get(code) ?? code, count })).sort((a, b) => b.count - a.count),
		categories: PIN_CATEGORIES,
		chosen: event.url.searchParams.get('area') ?? '',
		canChange: access.role === 'admin' || access.role === 'member'
	};
};

const schema = z.object({
	areaCode: z.string().min(1, 'lvAreaUnknown'),
	spot: z.string().trim().max(300, 'lvCommentTooLong').default(''),
	category: z.enum(PIN_CATEGORIES, { message: 'lvCategory' }),
	comment: z.string().trim().min(1, 'lvCommentRequired').max(2000, 'lvCommentTooLong')
});

export const actions: Actions = {
	add: async (event) => {
		const { actor, space } = await requireSpace(event, 'change');
		const form = Object.fromEntries(await event.request.formData());
		const values = { areaCode: String(form.areaCode ?? ''), spot: String(form.spot ?? ''), category: String(form.category ?? ''), comment: String(form.comment ?? '') };
		const parsed = schema.safeParse(form);
		if (!parsed.success) return fail(400, { errors: Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])), values });
		const db = app().db;
		const result = await addPin(db, actor, space, await municipalityOf(db, space), parsed.data);
		if (!result.ok) return fail(400, { errors: { areaCode: result.error === 'pinOutside' ? 'lvPinOutside' : 'lvAreaUnknown' }, values });
		return { placed: result.areaCode };
	}
};
