import { z } from 'zod';
import { apiSpace } from '$lib/server/api/guard';
import { apiData, apiError } from '$lib/server/api/respond';
import { can } from '$lib/server/auth/access';
import { addPin, listPins, municipalityCodeOf } from '$lib/server/liveability/store';
import { PIN_CATEGORIES } from '$lib/server/liveability/catalog';
import { app } from '$lib/server/app';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const guarded = await apiSpace(event, event.params.space);
	if (!guarded.ok) return guarded.response;
	const area = event.url.searchParams.get('area') ?? undefined;
	return apiData(await listPins(app().db, guarded.value.space.id, area));
};

const pinSchema = z
	.object({
		lon: z.number().min(-180).max(180).optional(),
		lat: z.number().min(-90).max(90).optional(),
		areaCode: z.string().optional(),
		spot: z.string().max(300).optional(),
		category: z.enum(PIN_CATEGORIES),
		comment: z.string().trim().min(1).max(2000)
	})
	.refine((p) => (p.lon !== undefined && p.lat !== undefined) || !!p.areaCode);

export const POST: RequestHandler = async (event) => {
	const guarded = await apiSpace(event, event.params.space);
	if (!guarded.ok) return guarded.response;
	const { actor, space, access } = guarded.value;
	if (!can.changeInSpace(access)) return apiError(403, 'forbidden');
	const parsed = pinSchema.safeParse(await event.request.json().catch(() => null));
	if (!parsed.success) return apiError(400, 'invalidPin');
	const db = app().db;
	const municipality = await municipalityCodeOf(db, space.municipalityId);
	if (!municipality) return apiError(404, 'notFound');
	const result = await addPin(db, actor, space, municipality, parsed.data);
	if (!result.ok) return apiError(400, result.error === 'pinOutside' ? 'lvPinOutside' : 'lvAreaUnknown');
	return apiData({ id: result.id, areaCode: result.areaCode }, { status: 201 });
};
