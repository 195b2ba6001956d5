// Workshops in a space: a navigation entry listing the sessions held for this municipality and
// a dashboard tile with the latest ones.
import * as m from '$lib/paraglide/messages';
import { registerCapability } from '../capabilities/registry';
import { label } from '$lib/i18n';
import { listSessionsForSpace } from './store';

registerCapability({
	id: 'workshops',
	nav: { label: () => m.ws_nav(), path: '/workshops', order: 40 },
	tile: async ({ db, space }) => {
		const rows = (await listSessionsForSpace(db, space.id)).slice(0, 5);
		return {
			id: 'workshops',
			title: m.ws_tile_title(),
			emptyText: m.ws_tile_empty(),
			moreHref: `/${space.slug}/workshops`,
			items: rows.map((r) => ({
				label: `${r.programmeTitle}: ${r.title}`,
				href: `/workshops/${r.programmeId}/${r.id}/results`,
				detail: label('ws_state', r.state),
				date: r.date
			}))
		};
	}
});
