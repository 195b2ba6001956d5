// Pure rules for the participation calendar: item input, the period an item is expected in,
// late items, approval of versions and the differences between two versions.
import { z } from 'zod';
import { says, topics } from './model';
import type { IsoDate } from './rules';

export const priorities = ['high', 'normal', 'low'] as const;
export const itemStatuses = ['planned', 'started', 'done', 'dropped'] as const;
export const raisers = ['corporation', 'tenant'] as const;

export const calendarItemSchema = z
	.object({
		pair: z.string().min(1, 'advPairRequired'),
		year: z.coerce.number().int('advYear').min(2000, 'advYear').max(2100, 'advYear'),
		topic: z.enum(topics, 'advTopicRequired'),
		title: z.string().trim().min(3, 'advTitleTooShort').max(200, 'advTitleTooLong'),
		// "2026-03" for a month or "2026-Q2" for a quarter.
		when: z.string().trim().min(1, 'advWhenRequired'),
		say: z.enum(says, 'advSayRequired'),
		raisedBy: z.enum(raisers, 'advRaisedByRequired'),
		priority: z.enum(priorities, 'advPriorityRequired').default('normal'),
		status: z.enum(itemStatuses, 'advStatusRequired').default('planned'),
		owner: z.string().trim().max(120, 'advTextTooLong').default('')
	})
	.superRefine((v, ctx) => {
		const when = parseWhen(v.when);
		if (!when) ctx.addIssue({ code: 'custom', path: ['when'], message: 'advWhenFormat' });
		else if (when.year !== v.year) ctx.addIssue({ code: 'custom', path: ['when'], message: 'advWhenOutsideYear' });
	});
export type CalendarItemInput = z.infer<typeof calendarItemSchema>;

/** "2026-03" → month 3, "2026-Q2" → quarter 2. */
export function parseWhen(value: string): { year: number; month: number | null; quarter: number | null } | null {
	const month = /^(\d{4})-(\d{2})$/.exec(value);
	if (month) {
		const m = Number(month[2]);
		return m >= 1 && m <= 12 ? { year: Number(month[1]), month: m, quarter: null } : null;
	}
	const quarter = /^(\d{4})-Q([1-4])$/i.exec(value);
	if (quarter) return { year: Number(quarter[1]), month: null, quarter: Number(quarter[2]) };
	return null;
}

export function formatWhen(item: { year: number; month: number | null; quarter: number | null }): string {
	if (item.month) return `${item.year}-${String(item.month).padStart(2, '0')}`;
	return `${item.year}-Q${item.quarter ?? 4}`;
}

export interface PlannedItem {
	id: string;
	year: number;
	month: number | null;
	quarter: number | null;
	status: string;
}

/** The last month in which the item is expected: the month itself, or the last month of its quarter. */
export function lastMonth(item: { month: number | null; quarter: number | null }): number {
	return item.month ?? (item.quarter ?? 4) * 3;
}

/** The first month shown for an item in the month view. */
export function firstMonth(item: { month: number | null; quarter: number | null }): number {
	return item.month ?? ((item.quarter ?? 4) - 1) * 3 + 1;
}

/**
 * An item is late when its month (or quarter) has passed, no request is linked to it and it
 * is neither done nor dropped.
 */
export function isLate(item: PlannedItem, hasRequest: boolean, today: IsoDate): boolean {
	if (hasRequest || item.status === 'done' || item.status === 'dropped') return false;
	const [y, m] = today.split('-').map(Number);
	const end = item.year * 12 + lastMonth(item);
	return y * 12 + m > end;
}

/** Fields that make up the agreed content of an item (not its id or timestamps). */
export interface ItemContent {
	id: string;
	topic: string;
	title: string;
	month: number | null;
	quarter: number | null;
	say: string;
	raisedBy: string;
	priority: string;
	status: string;
	owner: string;
}

export function snapshot(items: ItemContent[]): ItemContent[] {
	return items
		.map(({ id, topic, title, month, quarter, say, raisedBy, priority, status, owner }) => ({ id, topic, title, month, quarter, say, raisedBy, priority, status, owner }))
		.sort((a, b) => a.id.localeCompare(b.id));
}

export interface ItemDiff {
	added: ItemContent[];
	removed: ItemContent[];
	changed: { before: ItemContent; after: ItemContent; fields: (keyof ItemContent)[] }[];
}

const compared: (keyof ItemContent)[] = ['topic', 'title', 'month', 'quarter', 'say', 'raisedBy', 'priority', 'status', 'owner'];

/** What changed between an agreed version and the items now. */
export function diffItems(before: ItemContent[], after: ItemContent[]): ItemDiff {
	const old = new Map(before.map((i) => [i.id, i]));
	const now = new Map(after.map((i) => [i.id, i]));
	const diff: ItemDiff = { added: [], removed: [], changed: [] };
	for (const item of after) {
		const prev = old.get(item.id);
		if (!prev) diff.added.push(item);
		else {
			const fields = compared.filter((f) => (prev[f] ?? null) !== (item[f] ?? null));
			if (fields.length) diff.changed.push({ before: prev, after: item, fields });
		}
	}
	for (const item of before) if (!now.has(item.id)) diff.removed.push(item);
	return diff;
}

export function hasChanges(diff: ItemDiff): boolean {
	return diff.added.length + diff.removed.length + diff.changed.length > 0;
}

export interface VersionState {
	corporationApprovedAt: Date | null;
	tenantApprovedAt: Date | null;
	lockedAt: Date | null;
}

export type Side = 'corporation' | 'tenant';

/**
 * Approving a version: each side approves once; when both have, the version is locked as
 * the agreed calendar. A locked version cannot be approved again.
 */
export function approve(state: VersionState, side: Side, now: Date): VersionState | 'advAlreadyLocked' | 'advAlreadyApproved' {
	if (state.lockedAt) return 'advAlreadyLocked';
	if ((side === 'corporation' ? state.corporationApprovedAt : state.tenantApprovedAt) !== null) return 'advAlreadyApproved';
	const next = { ...state, [side === 'corporation' ? 'corporationApprovedAt' : 'tenantApprovedAt']: now };
	if (next.corporationApprovedAt && next.tenantApprovedAt) next.lockedAt = now;
	return next;
}

/** Items that fall in a month, for the month view (quarter items show in each month of their quarter). */
export function itemsInMonth<T extends { month: number | null; quarter: number | null }>(items: T[], month: number): T[] {
	return items.filter((i) => month >= firstMonth(i) && month <= lastMonth(i));
}
