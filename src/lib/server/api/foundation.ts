// The foundation's part of the API document: me, organisations, spaces.
import { addApiPaths, dataResponse } from './openapi';

const organisation = {
	type: 'object',
	required: ['id', 'name', 'kind'],
	properties: {
		id: { type: 'string', format: 'uuid' },
		name: { type: 'string' },
		kind: { type: 'string', enum: ['municipality', 'corporation', 'tenantOrganisation', 'residentsCommittee', 'other'] },
		cbsCode: { type: ['string', 'null'], description: 'CBS municipality code GMxxxx' },
		homes: { type: ['integer', 'null'] }
	}
};
const space = {
	type: 'object',
	required: ['slug', 'name'],
	properties: { slug: { type: 'string' }, name: { type: 'string' }, region: { type: ['string', 'null'] } }
};

addApiPaths(
	{
		'/me': { get: { summary: 'Who am I', operationId: 'getMe', responses: dataResponse('The signed-in person and their organisations', { type: 'object' }) } },
		'/organisations': {
			get: { summary: 'My organisations (all, for platform administrators)', operationId: 'listOrganisations', responses: dataResponse('Organisations', { type: 'array', items: { $ref: '#/components/schemas/Organisation' } }) }
		},
		'/organisations/{id}': {
			get: {
				summary: 'One organisation with its members and spaces',
				operationId: 'getOrganisation',
				parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
				responses: dataResponse('The organisation', { $ref: '#/components/schemas/Organisation' })
			}
		},
		'/spaces': { get: { summary: 'The spaces (driehoeken) my organisations take part in', operationId: 'listSpaces', responses: dataResponse('Spaces', { type: 'array', items: { $ref: '#/components/schemas/Space' } }) } },
		'/spaces/{space}': {
			get: {
				summary: 'One space with its parties',
				operationId: 'getSpace',
				parameters: [{ name: 'space', in: 'path', required: true, schema: { type: 'string' } }],
				responses: dataResponse('The space', { $ref: '#/components/schemas/Space' })
			}
		}
	},
	{ Organisation: organisation, Space: space }
);
