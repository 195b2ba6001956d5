import { describe, expect, it } from 'vitest';
import { can, canChangeRecord, canViewRecord, spaceAccess, strongest, type Actor } from './access';

const actor = (memberships: Actor['memberships'], platformAdmin = false): Actor => ({
	userId: 'u1',
	name: 'Test',
	email: 't@example.nl',
	platformAdmin,
	memberships
});
const m = (organisationId: string, role: 'admin' | 'member' | 'viewer') => ({
	organisationId,
	organisationName: organisationId,
	kind: 'corporation' as const,
	role
});

describe('space access', () => {
	it('takes the strongest role over the organisations that take part', () => {
		const a = actor([m('corp', 'viewer'), m('tenants', 'admin'), m('elsewhere', 'admin')]);
		const access = spaceAccess(a, ['corp', 'gemeente']);
		expect(access.role).toBe('viewer');
		expect(spaceAccess(a, ['corp', 'tenants']).role).toBe('admin');
	});
	it('gives no access to outsiders, anonymous visitors and platform admins without membership', () => {
		expect(can.viewSpace(spaceAccess(actor([m('x', 'admin')]), ['corp']))).toBe(false);
		expect(can.viewSpace(spaceAccess(null, ['corp']))).toBe(false);
		expect(can.viewSpace(spaceAccess(actor([], true), ['corp']))).toBe(false);
	});
	it('lets viewers look but not change, and only admins administer', () => {
		const viewer = spaceAccess(actor([m('corp', 'viewer')]), ['corp']);
		const member = spaceAccess(actor([m('corp', 'member')]), ['corp']);
		const admin = spaceAccess(actor([m('corp', 'admin')]), ['corp']);
		expect([viewer, member, admin].map(can.viewSpace)).toEqual([true, true, true]);
		expect([viewer, member, admin].map(can.changeInSpace)).toEqual([false, true, true]);
		expect([viewer, member, admin].map(can.adminSpace)).toEqual([false, false, true]);
	});
	it("caps a residents' committee admin at member inside a space", () => {
		const committee = actor([{ organisationId: 'flat', organisationName: 'Flat', kind: 'residentsCommittee', role: 'admin' }]);
		const access = spaceAccess(committee, ['flat']);
		expect(access.role).toBe('member');
		expect(can.adminSpace(access)).toBe(false);
		expect(can.changeInSpace(access)).toBe(true);
	});
	it('orders roles', () => {
		expect(strongest([])).toBeNull();
		expect(strongest(['viewer', 'member'])).toBe('member');
	});
});

describe('record visibility', () => {
	const corpMember = actor([m('corp', 'member')]);
	const tenantViewer = actor([m('tenants', 'viewer')]);
	const outsider = actor([m('elsewhere', 'admin')]);
	const participants = ['corp', 'tenants', 'gemeente'];
	const draft = { spaceId: 's', organisationId: 'corp', visibility: 'draft' as const };
	const shared = { ...draft, visibility: 'shared' as const };
	const open = { ...draft, visibility: 'public' as const };

	it('keeps drafts inside their own organisation', () => {
		expect(canViewRecord(corpMember, spaceAccess(corpMember, participants), draft)).toBe(true);
		expect(canViewRecord(tenantViewer, spaceAccess(tenantViewer, participants), draft)).toBe(false);
		expect(canViewRecord(null, spaceAccess(null, participants), draft)).toBe(false);
	});
	it('shows shared records to every party of the space, and nobody else', () => {
		expect(canViewRecord(tenantViewer, spaceAccess(tenantViewer, participants), shared)).toBe(true);
		expect(canViewRecord(outsider, spaceAccess(outsider, participants), shared)).toBe(false);
		expect(canViewRecord(null, spaceAccess(null, participants), shared)).toBe(false);
	});
	it('shows public records to anyone', () => {
		expect(canViewRecord(null, spaceAccess(null, participants), open)).toBe(true);
	});
	it('lets members change drafts of their own organisation and shared records, never viewers', () => {
		expect(canChangeRecord(corpMember, spaceAccess(corpMember, participants), draft)).toBe(true);
		expect(canChangeRecord(tenantViewer, spaceAccess(tenantViewer, participants), shared)).toBe(false);
		expect(canChangeRecord(outsider, spaceAccess(outsider, participants), shared)).toBe(false);
		expect(canChangeRecord(null, spaceAccess(null, participants), open)).toBe(false);
	});
});

describe('organisation rights', () => {
	it('lets members see and admins manage their organisation; platform admins both', () => {
		expect(can.viewOrganisation(actor([m('corp', 'viewer')]), 'corp')).toBe(true);
		expect(can.manageOrganisation(actor([m('corp', 'member')]), 'corp')).toBe(false);
		expect(can.manageOrganisation(actor([m('corp', 'admin')]), 'corp')).toBe(true);
		expect(can.manageOrganisation(actor([], true), 'corp')).toBe(true);
		expect(can.viewOrganisation(null, 'corp')).toBe(false);
	});
});
