// Liveability in a space: navigation and a dashboard tile with the top measure per area.
import * as m from '$lib/paraglide/messages';
import { registerCapability } from '../capabilities/registry';
import { listMeasures } from './store';

registerCapability({
	id: 'liveability',
	nav: { label: () => m.lv_nav(), path: '/liveability', order: 30 },
	tile: async ({ db, space }) => {
		const areas = await listMeasures(db, space.id, null);
		const items = areas.slice(0, 6).map((a) => ({
			label: a.measures[0].title,
			href: `/${space.slug}/liveability/area/${a.areaCode}#measures`,
			detail: m.lv_tile_rank({ rank: 1, area: a.areaName ?? a.areaCode })
		}));
		return { id: 'liveability', title: m.lv_tile_title(), emptyText: m.lv_tile_empty(), moreHref: `/${space.slug}/liveability`, items };
	}
});
