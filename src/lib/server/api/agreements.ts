// The agreements part of /api/v1: agreements, versions and progress of a space. Parties of the
// space read everything; anyone (without a token) reads the published, signed version.
import type { RequestEvent } from '@sveltejs/kit';
import { app } from '../app';
import { can, spaceAccess } from '../auth/access';
import { getSpaceBySlug, type SpaceContext } from '../spaces/store';
import { getSet, listSets, publishedSet, type SetRow } from '../agreements/store';
import { apiError } from './respond';
import { addApiPaths, dataResponse } from './openapi';

export type AgreementScope = { ok: true; space: SpaceContext; party: boolean; sets: SetRow[] } | { ok: false; response: Response };

/** The versions the caller may read: all for a party, only the published one for others. */
export async function agreementScope(event: Pick<RequestEvent, 'locals'>, slug: string): Promise<AgreementScope> {
	const { db } = app();
	const space = await getSpaceBySlug(db, slug);
	if (!space) return { ok: false, response: apiError(404, 'notFound') };
	const actor = event.locals.actor;
	const party = can.viewSpace(spaceAccess(actor, space.participants.map((p) => p.organisationId)));
	if (party) return { ok: true, space, party, sets: await listSets(db, space.id) };
	const published = await publishedSet(db, space.id);
	if (published) return { ok: true, space, party, sets: [published] };
	return { ok: false, response: actor ? apiError(403, 'forbidden') : apiError(401, 'signInRequired') };
}

/** The version asked for (?version=n), else the newest readable one. */
export async function chosenSet(scope: Extract<AgreementScope, { ok: true }>, url: URL) {
	const requested = Number(url.searchParams.get('version')) || undefined;
	if (requested === undefined) return scope.party ? await getSet(app().db, scope.space.id) : scope.sets.at(-1) ?? null;
	return scope.sets.find((s) => s.versionNo === requested) ?? null;
}

const params = [
	{ name: 'space', in: 'path', required: true, schema: { type: 'string' }, description: 'Slug of the space, e.g. assen' },
	{ name: 'version', in: 'query', required: false, schema: { type: 'integer' }, description: 'Version number; default the newest readable one' }
];
const version = {
	type: 'object',
	required: ['version', 'year', 'signed'],
	properties: { version: { type: 'integer' }, year: { type: 'integer' }, signed: { type: 'boolean' }, signedAt: { type: ['string', 'null'], format: 'date-time' } }
};

addApiPaths(
	{
		'/spaces/{space}/agreements': {
			get: {
				summary: 'Performance agreements (prestatieafspraken) of one version, with their traffic light',
				description: 'Parties of the space read every version. Without a token, the published signed version is returned when the space publishes it.',
				operationId: 'listAgreements',
				security: [{}, { bearer: [] }, { session: [] }],
				parameters: params,
				responses: dataResponse('The version and its agreements', {
					type: 'object',
					properties: { version: { $ref: '#/components/schemas/AgreementVersion' }, agreements: { type: 'array', items: { $ref: '#/components/schemas/Agreement' } } }
				})
			}
		},
		'/spaces/{space}/agreements/versions': {
			get: {
				summary: 'Versions of the agreements (yearly updates), with their signatures',
				operationId: 'listAgreementVersions',
				security: [{}, { bearer: [] }, { session: [] }],
				parameters: [params[0]],
				responses: dataResponse('Versions, oldest first', { type: 'array', items: { $ref: '#/components/schemas/AgreementVersion' } })
			}
		},
		'/spaces/{space}/agreements/progress': {
			get: {
				summary: 'Progress entries of the agreements of one version',
				operationId: 'listAgreementProgress',
				security: [{}, { bearer: [] }, { session: [] }],
				parameters: params,
				responses: dataResponse('Progress entries, oldest first', { type: 'array', items: { $ref: '#/components/schemas/AgreementProgress' } })
			}
		}
	},
	{
		AgreementVersion: version,
		Agreement: {
			type: 'object',
			required: ['id', 'lineageId', 'theme', 'text'],
			properties: {
				id: { type: 'string' },
				lineageId: { type: 'string', description: 'Stays the same across versions' },
				theme: { type: 'string' },
				text: { type: 'string' },
				committingParties: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' }, kind: { type: 'string' } } } },
				owner: { type: ['string', 'null'] },
				indicator: { type: ['string', 'null'] },
				unit: { type: ['string', 'null'] },
				baseline: { type: ['number', 'null'] },
				baselineYear: { type: ['integer', 'null'] },
				targets: { type: 'array', items: { type: 'object', properties: { year: { type: 'integer' }, value: { type: 'number' } } } },
				deadline: { type: ['string', 'null'], format: 'date' },
				trafficLight: { type: 'string', enum: ['green', 'orange', 'red', 'grey'] }
			}
		},
		AgreementProgress: {
			type: 'object',
			properties: {
				id: { type: 'string' },
				lineageId: { type: 'string' },
				period: { type: 'string', description: 'YYYY, YYYY-Q1..Q4 or YYYY-H1/H2' },
				measuredOn: { type: 'string', format: 'date' },
				value: { type: 'number' },
				explanation: { type: 'string' }
			}
		}
	}
);
