import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import { app } from '$lib/server/app';
import { requireSpace } from '$lib/server/auth/guards';
import { localeKey, municipalityOf } from '$lib/server/liveability/pages';
import {
	addComment,
	addMeasure,
	areaSeries,
	childAreas,
	getArea,
	listComments,
	listComplexes,
	listMeasures,
	listPins,
	liveabilityAgreements,
	saveRanking
} from '$lib/server/liveability/store';
import { DASHBOARD_KEYS, MEASURE_TYPES, NL_CODE, indicatorInfo } from '$lib/server/liveability/catalog';
import { normalizeCode, wijkOf } from '$lib/server/liveability/codes';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

async function areaOf(event: RequestEvent | Parameters<PageServerLoad>[0], need: 'view' | 'change') {
	const guard = await requireSpace(event, need);
	const db = app().db;
	const municipality = await municipalityOf(db, guard.space);
	const area = await getArea(db, normalizeCode(event.params.code));
	if (!area || area.municipalityCode !== municipality) error(404, { message: 'Not found', code: 'lvAreaUnknown' });
	return { ...guard, db, municipality, area };
}

export const load: PageServerLoad = async (event) => {
	const { space, actor, access, db, municipality, area } = await areaOf(event, 'view');
	const l = localeKey();
	const parentCode = area.level === 'buurt' ? wijkOf(area.code) : area.level === 'wijk' ? municipality : null;
	const [series, comments, complexes, pins, measures, children, parent, agreements] = await Promise.all([
		areaSeries(db, area),
		listComments(db, space.id, area.code),
		listComplexes(db, space.id, area.code),
		listPins(db, space.id, area.code),
		listMeasures(db, space.id, actor.userId, area.code),
		childAreas(db, area),
		parentCode ? getArea(db, parentCode) : null,
		liveabilityAgreements(db, space.id)
	]);
	const order = (k: string) => {
		const i = DASHBOARD_KEYS.indexOf(k);
		return i < 0 ? 100 : i;
	};
	const figures = series.series
		.sort((a, b) => order(a.key) - order(b.key))
		.map((s) => {
			const info = indicatorInfo(s.key)!;
			return {
				key: s.key,
				label: info.label[l],
				unit: info.unit,
				decimals: info.decimals,
				sum: info.sum,
				source: info.source,
				years: s.years,
				area: s.values[area.code],
				municipality: area.code === municipality ? null : s.values[municipality],
				nl: s.values[NL_CODE]
			};
		});
	const canChange = access.role === 'admin' || access.role === 'member';
	return {
		area,
		parent,
		children,
		figures,
		comments: comments.map((c) => ({ id: c.id, indicator: c.indicator, authorName: c.authorName, organisationName: c.organisationName, body: c.body, createdAt: c.createdAt })),
		complexes,
		pins,
		measures: measures[0]?.measures ?? [],
		owners: space.participants.map((p) => ({ value: p.organisationId, label: p.name })),
		agreements: agreements.map((a) => ({ value: a.id, label: a.text.length > 90 ? `${a.text.slice(0, 88)}…` : a.text })),
		measureTypes: MEASURE_TYPES,
		canChange
	};
};

const commentSchema = z.object({
	indicator: z.string().max(40).default(''),
	body: z.string().trim().min(1, 'lvCommentRequired').max(2000, 'lvCommentTooLong')
});
const measureSchema = z.object({
	title: z.string().trim().min(1, 'lvTitleRequired').max(200, 'lvCommentTooLong'),
	type: z.enum(MEASURE_TYPES, { message: 'lvType' }),
	ownerId: z.string().min(1, 'lvOwner'),
	agreementId: z.string().default('')
});

const errorsOf = (e: z.ZodError) => Object.fromEntries(e.issues.map((i) => [String(i.path[0]), i.message]));

export const actions: Actions = {
	comment: async (event) => {
		const { actor, space, db, area } = await areaOf(event, 'change');
		const form = Object.fromEntries(await event.request.formData());
		const parsed = commentSchema.safeParse(form);
		const indicator = String(form.indicator ?? '');
		if (!parsed.success) return fail(400, { comment: { indicator, errors: errorsOf(parsed.error), body: String(form.body ?? '') } });
		if (parsed.data.indicator && !indicatorInfo(parsed.data.indicator)) return fail(400, { comment: { indicator, errors: { body: 'lvIndicator' }, body: parsed.data.body } });
		await addComment(db, actor, space, { areaCode: area.code, indicator: parsed.data.indicator, body: parsed.data.body });
		return { comment: { indicator, added: true } };
	},
	measure: async (event) => {
		const { actor, space, db, area } = await areaOf(event, 'change');
		const form = Object.fromEntries(await event.request.formData());
		const parsed = measureSchema.safeParse(form);
		const values = { title: String(form.title ?? ''), type: String(form.type ?? ''), ownerId: String(form.ownerId ?? ''), agreementId: String(form.agreementId ?? '') };
		if (!parsed.success) return fail(400, { measure: { errors: errorsOf(parsed.error), values } });
		if (!space.participants.some((p) => p.organisationId === parsed.data.ownerId)) return fail(400, { measure: { errors: { ownerId: 'lvOwner' }, values } });
		if (parsed.data.agreementId && !(await liveabilityAgreements(db, space.id)).some((a) => a.id === parsed.data.agreementId)) {
			return fail(400, { measure: { errors: { agreementId: 'lvAgreement' }, values } });
		}
		await addMeasure(db, actor, space.id, { areaCode: area.code, ...parsed.data, agreementId: parsed.data.agreementId || null });
		return { measure: { added: true } };
	},
	rank: async (event) => {
		const { actor, space, db, area } = await areaOf(event, 'change');
		const form = await event.request.formData();
		const positions: { id: string; position: number }[] = [];
		for (const [key, value] of form) {
			if (!key.startsWith('pos_')) continue;
			const n = Number(String(value).replace(',', '.'));
			if (String(value).trim() === '' || !Number.isFinite(n)) return fail(400, { rank: { error: 'lvRankingEmpty' } });
			positions.push({ id: key.slice(4), position: n });
		}
		// Up/down buttons: move one measure one place in the order shown in the form.
		const move = String(form.get('move') ?? '');
		if (move) {
			const [id, dir] = move.split(':');
			const sorted = [...positions].sort((a, b) => a.position - b.position);
			const i = sorted.findIndex((p) => p.id === id);
			const j = dir === 'up' ? i - 1 : i + 1;
			if (i >= 0 && j >= 0 && j < sorted.length) [sorted[i], sorted[j]] = [sorted[j], sorted[i]];
			positions.splice(0, positions.length, ...sorted.map((p, k) => ({ id: p.id, position: k + 1 })));
		}
		const result = await saveRanking(db, actor, space.id, area.code, positions);
		if (!result.ok) return fail(400, { rank: { error: 'lvRankingEmpty' } });
		return { rank: { saved: true } };
	}
};
