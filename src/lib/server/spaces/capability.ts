// The foundation's own entries: the dashboard, the parties of the space, recent activity,
// the settings and the audit log.
import * as m from '$lib/paraglide/messages';
import { registerCapability } from '../capabilities/registry';
import { listAudit } from '../audit';
import { formatDate, label } from '$lib/i18n';

registerCapability({
	id: 'dashboard',
	nav: { label: () => m.nav_dashboard(), path: '', order: 0 }
});

registerCapability({
	id: 'participants',
	nav: { label: () => m.nav_settings(), path: '/settings', order: 90, minRole: 'admin' },
	tile: async ({ space }) => ({
		id: 'participants',
		title: m.tile_participants(),
		emptyText: '',
		items: space.participants.map((p) => ({ label: p.name, detail: label('kind', p.kind) }))
	})
});

registerCapability({
	id: 'activity',
	nav: { label: () => m.nav_audit(), path: '/audit', order: 95, minRole: 'admin' },
	tile: async ({ db, space, access }) => {
		const entries = await listAudit(db, { spaceId: space.id }, { limit: 6 });
		return {
			id: 'activity',
			title: m.tile_activity(),
			emptyText: m.tile_activity_none(),
			moreHref: access.role === 'admin' ? `/${space.slug}/audit` : undefined,
			items: entries.map((e) => ({
				label: `${e.actorName ?? m.audit_system()}: ${label('action', e.action).toLowerCase()} ${label('entity', e.entity).toLowerCase()}`,
				detail: formatDate(e.at, true),
				date: e.at.toISOString()
			}))
		};
	}
});
