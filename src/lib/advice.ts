// Client-safe helpers for the advice pages.
import * as m from '$lib/paraglide/messages';
import { formatter } from '$lib/i18n';

export function daysText(daysLeft: number | null, daysOpen: number | null): string {
	if (daysLeft !== null) {
		if (daysLeft === 1) return m.adv_days_left_one();
		if (daysLeft > 0) return m.adv_days_left({ count: daysLeft });
		if (daysLeft === 0) return m.adv_days_today();
		return daysLeft === -1 ? m.adv_days_late_one() : m.adv_days_late({ count: -daysLeft });
	}
	if (daysOpen === 0) return m.adv_days_open_today();
	if (daysOpen === 1) return m.adv_days_open_one();
	if (daysOpen !== null) return m.adv_days_open({ count: daysOpen });
	return '';
}

export const topicKeys = [
	'maintenance', 'demolitionRenovationSale', 'allocation', 'rentalTerms', 'rentPolicy', 'serviceCosts', 'mergers', 'liveability', 'careHousing', 'performanceAgreements'
] as const;

export function monthLabel(year: number, month: number, locale: string): string {
	const tag = locale === 'en' ? 'en-GB' : 'nl-NL';
	return formatter(`month:${tag}`, () => new Intl.DateTimeFormat(tag, { month: 'long', timeZone: 'UTC' })).format(new Date(Date.UTC(year, month - 1, 1)));
}
