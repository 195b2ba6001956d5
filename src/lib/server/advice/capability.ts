// Advice requests and the participation calendar in a space: navigation, dashboard tiles and
// deadlines. Also starts the reminder runner when the app runs (not in tests).
import * as m from '$lib/paraglide/messages';
import { registerCapability, type Deadline, type TileItem } from '../capabilities/registry';
import { formatter, label } from '$lib/i18n';
import { daysText } from '$lib/advice';
import { getLocale } from '$lib/paraglide/runtime';
import { building } from '$app/environment';
import { listCalendarItems, requestsWithStatus } from './store';
import { isOpen } from './model';
import { firstMonth, lastMonth } from './calendar';
import { toAmsterdamDate } from './rules';

registerCapability({
	id: 'advice',
	nav: { label: () => m.adv_nav(), path: '/advice', order: 20 },
	deadlines: async ({ db, space, now }) => {
		const today = toAmsterdamDate(now);
		const out: Deadline[] = [];
		for (const { row: r, status: s } of await requestsWithStatus(db, space.id, today)) {
			if (!s.nextDeadline || !isOpen(s) && s.nextDeadline.kind !== 'earliestExecution') continue;
			out.push({
				label: m.adv_deadline_label({ kind: label('adv_deadline', s.nextDeadline.kind), title: r.title }),
				href: `/${space.slug}/advice/${r.id}`,
				date: s.nextDeadline.date,
				tone: s.status === 'overdue' ? 'danger' : s.daysLeft !== null && s.daysLeft <= 7 ? 'warning' : 'neutral'
			});
			if (out.length === 10) break;
		}
		return out.slice(0, 10);
	},
	tile: async ({ db, space, now }) => {
		const today = toAmsterdamDate(now);
		const items: TileItem[] = (await requestsWithStatus(db, space.id, today))
			.map(({ row: r, status: s }) => ({ r, s }))
			.filter(({ s }) => isOpen(s))
			.sort((a, b) => (a.s.nextDeadline?.date ?? '9999').localeCompare(b.s.nextDeadline?.date ?? '9999'))
			.slice(0, 6)
			.map(({ r, s }) => ({
				label: r.title,
				href: `/${space.slug}/advice/${r.id}`,
				detail: [label('adv_status', s.status), daysText(s.daysLeft, s.daysOpen)].filter(Boolean).join(' · '),
				date: s.nextDeadline?.date,
				tone: s.status === 'overdue' ? ('danger' as const) : s.daysLeft !== null && s.daysLeft <= 7 ? ('warning' as const) : ('neutral' as const)
			}));
		return { id: 'advice', title: m.adv_tile_title(), emptyText: m.adv_tile_empty(), moreHref: `/${space.slug}/advice`, items };
	}
});

registerCapability({
	id: 'participationCalendar',
	nav: { label: () => m.adv_nav_calendar(), path: '/calendar', order: 21 },
	tile: async ({ db, space, now }) => {
		const today = toAmsterdamDate(now);
		const [y, month] = today.split('-').map(Number);
		const items = (await listCalendarItems(db, space.id, y))
			.filter((i) => lastMonth(i) >= month && firstMonth(i) <= month + 3 && i.status !== 'done' && i.status !== 'dropped')
			.slice(0, 6)
			.map((i) => ({
				label: i.title,
				href: `/${space.slug}/calendar?year=${y}`,
				detail: `${i.month ? monthName(i.year, i.month) : `Q${i.quarter} ${i.year}`} · ${label('adv_say', i.say)}`
			}));
		return { id: 'participationCalendar', title: m.adv_tile_cal_title(), emptyText: m.adv_tile_cal_empty(), moreHref: `/${space.slug}/calendar`, items };
	}
});

export function monthName(year: number, month: number): string {
	const tag = getLocale() === 'en' ? 'en-GB' : 'nl-NL';
	return formatter(`monthYear:${tag}`, () => new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' })).format(new Date(Date.UTC(year, month - 1, 1)));
}

// The reminder runner: only where the app really runs, never in unit tests.
if (!building && !process.env.VITEST && process.env.ADVICE_REMINDERS !== '0') {
	import('./reminders').then((r) => r.startReminderInterval()).catch(() => {});
}
