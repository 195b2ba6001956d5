import { error } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { getSpaceBySlug } from '$lib/server/spaces/store';
import { publishedOverview, signingParties } from '$lib/server/agreements/store';
import { lightOf, partyNames } from '$lib/server/agreements/view';
import { explainTrafficLight } from '$lib/server/agreements/rules';
import { getLocale } from '$lib/paraglide/runtime';
import type { PageServerLoad } from './$types';

/** Published, signed agreements of a municipality with their progress: open to everyone. */
export const load: PageServerLoad = async ({ params, setHeaders }) => {
	const { db } = app();
	const space = await getSpaceBySlug(db, params.municipality);
	if (!space) error(404, { message: 'Not found', code: 'agrNotPublished' });
	const published = await publishedOverview(db, space.id);
	if (!published?.set) error(404, { message: 'Not found', code: 'agrNotPublished' });
	const { set, rows, signatures } = published;
	const parties = signingParties(space, published.cycle?.parties);
	setHeaders({ 'cache-control': 'public, max-age=60' });
	return {
		space: { name: space.name, slug: space.slug },
		set: { year: set.year, versionNo: set.versionNo, lockedAt: set.lockedAt },
		parties: parties.map((p) => ({ name: p.name, signedAt: signatures.find((s) => s.organisationId === p.organisationId)?.signedAt ?? null })),
		explain: explainTrafficLight(getLocale() === 'en' ? 'en' : 'nl'),
		agreements: rows.map((r) => ({
			id: r.id,
			theme: r.theme,
			text: r.text,
			parties: partyNames(r.committingParties, space),
			unit: r.unit,
			targets: r.targets,
			light: lightOf(r.light).color,
			latest: r.latest && { value: r.latest.value, measuredOn: r.latest.measuredOn, explanation: r.latest.explanation }
		}))
	};
};
