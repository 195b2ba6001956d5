// Caches what a page computed from the database under the data stamp of its space and area
// (see db/schema/stamps.ts). Triggers bump the stamp on every write, so an entry is only
// reused while nothing in that area changed, in this process or another.
import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../db';
import { dataStamp } from '../db/schema';

export type StampArea = 'agreements' | 'advice' | 'tenancy' | 'liveability' | 'liveability-boundaries';

export async function readStamp(db: Db | Tx, spaceId: string, area: StampArea): Promise<number> {
	const [row] = await db
		.select({ stamp: dataStamp.stamp })
		.from(dataStamp)
		.where(and(eq(dataStamp.spaceId, spaceId), eq(dataStamp.area, area)));
	return row?.stamp ?? 0;
}

export class StampedCache<V> {
	private entries = new Map<string, { stamp: number; value: Promise<V> }>();

	constructor(private readonly maxEntries = 200) {}

	/**
	 * The value cached under `key` at `stamp`, or `compute()` stored under it. Read the stamp
	 * before computing: a write in between then only causes one extra recomputation later.
	 */
	async through(key: string, stamp: number, compute: () => Promise<V>): Promise<V> {
		const hit = this.entries.get(key);
		if (hit && hit.stamp === stamp) return hit.value;
		// Concurrent requests for the same key share one computation; a failure is not kept.
		const value = compute();
		this.entries.delete(key);
		if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
		this.entries.set(key, { stamp, value });
		value.catch(() => {
			if (this.entries.get(key)?.value === value) this.entries.delete(key);
		});
		return value;
	}

	clear(): void {
		this.entries.clear();
	}
}

// Values derived from a cached object (for example a summary of cached rows), kept as long as
// that object lives: a new stamp brings new rows and so a new computation.
const derived = new WeakMap<object, Map<string, unknown>>();

export function derivedFrom<T>(source: object, key: string, compute: () => T): T {
	let values = derived.get(source);
	if (!values) derived.set(source, (values = new Map()));
	if (!values.has(key)) values.set(key, compute());
	return values.get(key) as T;
}
