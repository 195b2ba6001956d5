import { describe, expect, it } from 'vitest';
import { approve, calendarItemSchema, diffItems, hasChanges, isLate, itemsInMonth, parseWhen, snapshot, type ItemContent } from './calendar';

const item = (over: Partial<ItemContent> = {}): ItemContent => ({
	id: 'a',
	topic: 'rentPolicy',
	title: 'Huurverhoging',
	month: 4,
	quarter: null,
	say: 'advice',
	raisedBy: 'corporation',
	priority: 'normal',
	status: 'planned',
	owner: '',
	...over
});

describe('month or quarter', () => {
	it('reads a month or a quarter, nothing else', () => {
		expect(parseWhen('2026-03')).toEqual({ year: 2026, month: 3, quarter: null });
		expect(parseWhen('2026-Q2')).toEqual({ year: 2026, month: null, quarter: 2 });
		expect(parseWhen('2026-13')).toBeNull();
		expect(parseWhen('2026-Q5')).toBeNull();
		expect(parseWhen('maart')).toBeNull();
	});
	it('refuses an item outside its calendar year, with a message key at the field', () => {
		const result = calendarItemSchema.safeParse({ pair: 'x|y', year: 2026, topic: 'rentPolicy', title: 'Huur', when: '2027-01', say: 'advice', raisedBy: 'tenant' });
		expect(result.success).toBe(false);
		expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['when', 'advWhenOutsideYear']]);
		expect(calendarItemSchema.safeParse({ pair: 'x|y', year: 2026, topic: 'rentPolicy', title: 'Huur', when: '2026-Q4', say: 'advice', raisedBy: 'tenant' }).success).toBe(true);
	});
	it('shows a quarter item in each of its three months', () => {
		const items = [{ month: null, quarter: 2 }, { month: 5, quarter: null }];
		expect(itemsInMonth(items, 3)).toHaveLength(0);
		expect(itemsInMonth(items, 4)).toHaveLength(1);
		expect(itemsInMonth(items, 5)).toHaveLength(2);
		expect(itemsInMonth(items, 6)).toHaveLength(1);
	});
});

describe('late items', () => {
	const planned = { id: 'a', year: 2026, month: 4, quarter: null, status: 'planned' };
	it('is late after its month without a request', () => {
		expect(isLate(planned, false, '2026-04-30')).toBe(false);
		expect(isLate(planned, false, '2026-05-01')).toBe(true);
		expect(isLate(planned, true, '2026-05-01')).toBe(false);
	});
	it('is late only after the last month of its quarter', () => {
		const q = { ...planned, month: null, quarter: 2 };
		expect(isLate(q, false, '2026-06-30')).toBe(false);
		expect(isLate(q, false, '2026-07-01')).toBe(true);
	});
	it('is never late when done or dropped, and counts across years', () => {
		expect(isLate({ ...planned, status: 'done' }, false, '2027-01-01')).toBe(false);
		expect(isLate({ ...planned, status: 'dropped' }, false, '2027-01-01')).toBe(false);
		expect(isLate({ ...planned, month: 12 }, false, '2027-01-02')).toBe(true);
	});
});

describe('versions', () => {
	const open = { corporationApprovedAt: null, tenantApprovedAt: null, lockedAt: null };
	const t1 = new Date('2026-01-10T10:00:00Z');
	const t2 = new Date('2026-01-12T10:00:00Z');
	it('locks only when both sides approved', () => {
		const first = approve(open, 'corporation', t1);
		expect(first).toMatchObject({ corporationApprovedAt: t1, lockedAt: null });
		const both = approve(first as typeof open, 'tenant', t2);
		expect(both).toMatchObject({ tenantApprovedAt: t2, lockedAt: t2 });
	});
	it('refuses a second approval by the same side and any approval of a locked version', () => {
		const first = approve(open, 'tenant', t1) as typeof open;
		expect(approve(first, 'tenant', t2)).toBe('advAlreadyApproved');
		expect(approve({ ...first, lockedAt: t1 } as never, 'corporation', t2)).toBe('advAlreadyLocked');
	});
});

describe('differences between versions', () => {
	it('finds added, removed and changed items with the changed fields', () => {
		const before = [item({ id: 'a' }), item({ id: 'b', title: 'Onderhoud' })];
		const after = [item({ id: 'a', month: 6, status: 'started' }), item({ id: 'c', title: 'Fusie' })];
		const diff = diffItems(before, after);
		expect(diff.added.map((i) => i.id)).toEqual(['c']);
		expect(diff.removed.map((i) => i.id)).toEqual(['b']);
		expect(diff.changed).toHaveLength(1);
		expect(diff.changed[0].fields).toEqual(['month', 'status']);
		expect(hasChanges(diff)).toBe(true);
	});
	it('sees no change in the same items in another order, or in extra columns', () => {
		const a = [item({ id: 'a' }), item({ id: 'b' })];
		const b = snapshot([{ ...item({ id: 'b' }), createdAt: new Date() } as ItemContent, item({ id: 'a' })]);
		expect(hasChanges(diffItems(a, b))).toBe(false);
		expect(Object.keys(b[0])).not.toContain('createdAt');
	});
});
