import { describe, expect, it } from 'vitest';
import { spaceAccess, type Actor } from '../auth/access';
import type { SpaceContext } from '../spaces/store';
import { agreementRules } from './access';

const space: SpaceContext = {
	id: 's', slug: 'assen', name: 'Assen', municipalityId: 'gem', regionId: null, regionName: null,
	participants: [
		{ organisationId: 'gem', name: 'Gemeente', kind: 'municipality' },
		{ organisationId: 'corp', name: 'Corporatie', kind: 'corporation' },
		{ organisationId: 'hr', name: 'Huurdersraad', kind: 'tenantOrganisation' }
	]
};
const actor = (organisationId: string, role: 'admin' | 'member' | 'viewer', kind: 'municipality' | 'corporation' | 'tenantOrganisation'): Actor => ({
	userId: 'u', name: 'U', email: 'u@x', platformAdmin: false, memberships: [{ organisationId, organisationName: organisationId, kind, role }]
});

describe('agreement access rules', () => {
	it('lets only the municipality edit the vision and only a corporation its own bid', () => {
		expect(agreementRules.editVision(actor('gem', 'member', 'municipality'), space)).toBe(true);
		expect(agreementRules.editVision(actor('gem', 'viewer', 'municipality'), space)).toBe(false);
		expect(agreementRules.editVision(actor('corp', 'admin', 'corporation'), space)).toBe(false);
		expect(agreementRules.bidOrganisations(actor('corp', 'member', 'corporation'), space).map((p) => p.organisationId)).toEqual(['corp']);
		expect(agreementRules.bidOrganisations(actor('gem', 'admin', 'municipality'), space)).toEqual([]);
	});
	it('lets parties comment but not viewers, and only admins sign', () => {
		const ids = space.participants.map((p) => p.organisationId);
		expect(agreementRules.comment(spaceAccess(actor('hr', 'member', 'tenantOrganisation'), ids))).toBe(true);
		expect(agreementRules.comment(spaceAccess(actor('hr', 'viewer', 'tenantOrganisation'), ids))).toBe(false);
		expect(agreementRules.signFor(actor('hr', 'member', 'tenantOrganisation'), space.participants)).toEqual([]);
		expect(agreementRules.signFor(actor('hr', 'admin', 'tenantOrganisation'), space.participants).length).toBe(1);
	});
});
