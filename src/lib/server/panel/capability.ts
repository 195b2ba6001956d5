// The tenant panel in a space: navigation entry and a dashboard tile with open surveys.
import * as m from '$lib/paraglide/messages';
import { registerCapability } from '../capabilities/registry';
import { listSpaceSurveys } from './store';

registerCapability({
	id: 'panel',
	nav: { label: () => m.pnl_nav(), path: '/panel', order: 30 },
	tile: async ({ db, space, now }) => {
		const rows = await listSpaceSurveys(db, space.id);
		const items = rows
			.filter((s) => s.closesAt > now || s.resultsPublic)
			.slice(0, 5)
			.map((s) => ({
				label: s.title,
				href: `/${space.slug}/panel/survey/${s.id}/results`,
				detail: s.panelName,
				date: s.closesAt.toISOString(),
				tone: s.closesAt > now ? ('ok' as const) : ('neutral' as const)
			}));
		return { id: 'panel', title: m.pnl_tile_title(), emptyText: m.pnl_tile_empty(), moreHref: `/${space.slug}/panel`, items };
	}
});
