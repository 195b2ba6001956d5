// Who may see or change what: the one module that decides. Pure functions of plain data;
// the guards in guards.ts load the data and call these.
export type Role = 'admin' | 'member' | 'viewer';
export type OrganisationKind = 'municipality' | 'corporation' | 'tenantOrganisation' | 'residentsCommittee' | 'other';
export type Visibility = 'draft' | 'shared' | 'public';

export interface Membership {
	organisationId: string;
	organisationName: string;
	kind: OrganisationKind;
	role: Role;
}

export interface Actor {
	userId: string;
	name: string;
	email: string;
	platformAdmin: boolean;
	memberships: Membership[];
}

export interface SpaceAccess {
	/** The actor's strongest role through the organisations that take part in the space. */
	role: Role | null;
	/** The actor's organisations that take part in the space. */
	organisations: Membership[];
}

const rank: Record<Role, number> = { viewer: 1, member: 2, admin: 3 };

export function strongest(roles: Role[]): Role | null {
	return roles.reduce<Role | null>((best, r) => (best === null || rank[r] > rank[best] ? r : best), null);
}

export function spaceAccess(actor: Actor | null, participantIds: readonly string[]): SpaceAccess {
	if (!actor) return { role: null, organisations: [] };
	const inside = actor.memberships.filter((m) => participantIds.includes(m.organisationId));
	// A residents' committee takes part with fewer rights: it never administers the space.
	const roles = inside.map((m) => (m.kind === 'residentsCommittee' && m.role === 'admin' ? 'member' : m.role));
	return { role: strongest(roles), organisations: inside };
}

export const can = {
	viewSpace: (a: SpaceAccess) => a.role !== null,
	/** Add or edit shared work in the space: admins and members, never viewers. */
	changeInSpace: (a: SpaceAccess) => a.role === 'admin' || a.role === 'member',
	/** Space settings and the audit log: admins of a taking-part organisation. */
	adminSpace: (a: SpaceAccess) => a.role === 'admin',
	viewOrganisation: (actor: Actor | null, organisationId: string) =>
		!!actor && (actor.platformAdmin || actor.memberships.some((m) => m.organisationId === organisationId)),
	manageOrganisation: (actor: Actor | null, organisationId: string) =>
		!!actor &&
		(actor.platformAdmin || actor.memberships.some((m) => m.organisationId === organisationId && m.role === 'admin')),
	/** Creating organisations and spaces, reading the mail outbox. */
	administerPlatform: (actor: Actor | null) => !!actor?.platformAdmin,
	/** Workshops: a programme belongs to one organisation; everyone in it reads the programme. */
	viewProgramme: (actor: Actor | null, organisationId: string) => can.viewOrganisation(actor, organisationId),
	/** Running a programme's sessions (facilitator console, projector): its admins and members. */
	runProgramme: (actor: Actor | null, organisationId: string) =>
		!!actor && (actor.platformAdmin || actor.memberships.some((m) => m.organisationId === organisationId && m.role !== 'viewer')),
	/** A session's results: the programme's organisation, and everyone in a space the session was for. */
	viewSessionResults: (actor: Actor | null, organisationId: string, sessionSpaces: readonly SpaceAccess[]) =>
		can.viewProgramme(actor, organisationId) || sessionSpaces.some((a) => a.role !== null)
};

export interface RecordScope {
	spaceId: string | null;
	organisationId: string;
	visibility: Visibility;
}

/** Draft: own organisation only. Shared: every party of the space. Public: anyone. */
export function canViewRecord(actor: Actor | null, access: SpaceAccess, record: RecordScope): boolean {
	if (record.visibility === 'public') return true;
	if (!actor) return false;
	if (record.visibility === 'draft') return actor.memberships.some((m) => m.organisationId === record.organisationId);
	return access.role !== null;
}

/** Drafts are changed by their own organisation's admins and members; shared records by any party's. */
export function canChangeRecord(actor: Actor | null, access: SpaceAccess, record: RecordScope): boolean {
	if (!actor) return false;
	if (record.visibility === 'draft') {
		return actor.memberships.some(
			(m) => m.organisationId === record.organisationId && (m.role === 'admin' || m.role === 'member')
		);
	}
	return can.changeInSpace(access);
}
