// The one place where capabilities (agreements, advice, panel, ...) hang their entry in a
// space's navigation and their tile on the space dashboard. Each capability calls
// registerCapability() from its own capability.ts; capabilities/index.ts imports them all.
import type { Db } from '../db';
import type { Actor, Role, SpaceAccess } from '../auth/access';
import type { SpaceContext } from '../spaces/store';

export interface TileContext {
	db: Db;
	actor: Actor;
	space: SpaceContext;
	access: SpaceAccess;
	now: Date;
}

export interface TileItem {
	label: string;
	href?: string;
	detail?: string;
	/** ISO date or date-time; shown and used for sorting deadlines. */
	date?: string;
	tone?: 'neutral' | 'ok' | 'warning' | 'danger';
}

export interface DashboardTile {
	id: string;
	title: string;
	items: TileItem[];
	emptyText: string;
	moreHref?: string;
}

export interface Deadline extends TileItem {
	date: string;
}

export interface Capability {
	id: string;
	/** Entry in the space navigation; `label` runs per request, in the request's language. */
	nav?: { label: () => string; path: string; order: number; minRole?: Role };
	/** Dated items merged into the dashboard's "upcoming deadlines" list. */
	deadlines?: (ctx: TileContext) => Promise<Deadline[]>;
	tile?: (ctx: TileContext) => Promise<DashboardTile | null>;
}

const capabilities = new Map<string, Capability>();
const rank: Record<Role, number> = { viewer: 1, member: 2, admin: 3 };

export function registerCapability(capability: Capability): void {
	capabilities.set(capability.id, capability);
}

export function spaceNavigation(access: SpaceAccess): { id: string; label: string; path: string }[] {
	return [...capabilities.values()]
		.filter((c) => c.nav && (!c.nav.minRole || (access.role && rank[access.role] >= rank[c.nav.minRole])))
		.sort((a, b) => a.nav!.order - b.nav!.order)
		.map((c) => ({ id: c.id, label: c.nav!.label(), path: c.nav!.path }));
}

export async function dashboard(ctx: TileContext): Promise<{ deadlines: Deadline[]; tiles: DashboardTile[] }> {
	const all = [...capabilities.values()];
	const [deadlineLists, tiles] = await Promise.all([
		Promise.all(all.map((c) => (c.deadlines ? c.deadlines(ctx) : Promise.resolve([])))),
		Promise.all(all.map((c) => (c.tile ? c.tile(ctx) : Promise.resolve(null))))
	]);
	const deadlines = deadlineLists.flat().sort((a, b) => a.date.localeCompare(b.date));
	return { deadlines, tiles: tiles.filter((t): t is DashboardTile => t !== null) };
}
