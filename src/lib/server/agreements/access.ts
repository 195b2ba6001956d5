// Who may do what with performance agreements. Pure functions on the rules of auth/access.ts,
// kept beside the capability so the shared access module stays small.
import { can, type Actor, type SpaceAccess } from '../auth/access';
import type { SpaceContext } from '../spaces/store';

const editsFor = (actor: Actor | null, organisationId: string) =>
	!!actor?.memberships.some((m) => m.organisationId === organisationId && (m.role === 'admin' || m.role === 'member'));

export const agreementRules = {
	/** Only the municipality's admins and members write the housing vision. */
	editVision: (actor: Actor | null, space: SpaceContext) => editsFor(actor, space.municipalityId),
	/** The corporations of the space for which the actor may write a bid. */
	bidOrganisations: (actor: Actor | null, space: SpaceContext) =>
		space.participants.filter((p) => p.kind === 'corporation' && editsFor(actor, p.organisationId)),
	/** Any party's admins and members comment; viewers read. */
	comment: (access: SpaceAccess) => can.changeInSpace(access),
	editAgreements: (access: SpaceAccess) => can.changeInSpace(access),
	addProgress: (access: SpaceAccess) => can.changeInSpace(access),
	/** The signing parties the actor may sign for: as admin of that organisation. */
	signFor: (actor: Actor | null, parties: { organisationId: string }[]) =>
		parties.filter((p) => actor?.memberships.some((m) => m.organisationId === p.organisationId && m.role === 'admin'))
};
