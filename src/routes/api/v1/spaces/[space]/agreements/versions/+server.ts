import { app } from '$lib/server/app';
import { agreementScope } from '$lib/server/api/agreements';
import { apiData } from '$lib/server/api/respond';
import { listSignatures } from '$lib/server/agreements/store';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const scope = await agreementScope(event, event.params.space);
	if (!scope.ok) return scope.response;
	const signatures = await Promise.all(scope.sets.map((s) => listSignatures(app().db, s.id)));
	const name = (id: string) => scope.space.participants.find((p) => p.organisationId === id)?.name ?? null;
	return apiData(
		scope.sets.map((s, i) => ({
			version: s.versionNo,
			year: s.year,
			signed: !!s.lockedAt,
			signedAt: s.lockedAt,
			signatures: signatures[i].map((x) => ({ organisation: name(x.organisationId), signer: x.signerName, signedAt: x.signedAt }))
		}))
	);
};
