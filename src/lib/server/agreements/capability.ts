// Performance agreements in the space navigation, and their dates and risks on the dashboard.
import * as m from '$lib/paraglide/messages';
import { registerCapability, type Deadline } from '../capabilities/registry';
import { toAmsterdamDate } from '../advice/rules';
import { cycleFor, currentCycleYear } from './cycle';
import { getCycleSettings, setOverview } from './store';
import { label } from '$lib/i18n';

registerCapability({
	id: 'agreements',
	nav: { label: () => m.agr_nav(), path: '/agreements', order: 10 },
	deadlines: async ({ db, space, now }) => {
		const today = toAmsterdamDate(now);
		const year = currentCycleYear(today);
		const [settings, { set }] = await Promise.all([getCycleSettings(db, space.id, year), setOverview(db, space.id)]);
		const signed = !!set?.lockedAt && set.year === year;
		const cycle = cycleFor({ year, signDeadline: settings.signDeadline, talksStartedOn: settings.talksStartedOn, signed }, today);
		const href = `/${space.slug}/agreements`;
		const items: Deadline[] = [];
		if (cycle.next) {
			items.push({
				label: label('agr_phase_due', cycle.next.phase),
				date: cycle.next.date,
				href,
				detail: m.agr_days_left({ count: cycle.next.daysLeft }),
				tone: cycle.next.daysLeft <= 30 ? 'warning' : 'neutral'
			});
		}
		if (cycle.dispute.state === 'notYet' || cycle.dispute.state === 'open') {
			items.push({
				label: m.agr_dispute_deadline(),
				date: cycle.dispute.state === 'open' ? cycle.dispute.closesOn : cycle.dispute.opensOn,
				href,
				tone: cycle.dispute.state === 'open' ? 'danger' : 'neutral'
			});
		}
		return items;
	},
	tile: async ({ db, space }) => {
		const { rows } = await setOverview(db, space.id);
		const risky = rows.filter((r) => r.light.color === 'orange' || r.light.color === 'red');
		return {
			id: 'agreements-risk',
			title: m.agr_tile_risk(),
			emptyText: m.agr_tile_risk_none(),
			moreHref: `/${space.slug}/agreements/set`,
			items: risky.slice(0, 6).map((r) => ({
				label: r.text.length > 90 ? `${r.text.slice(0, 88)}…` : r.text,
				href: `/${space.slug}/agreements/${r.id}`,
				detail: label('agr_light', r.light.color),
				tone: r.light.color === 'red' ? 'danger' : 'warning'
			}))
		};
	}
});
