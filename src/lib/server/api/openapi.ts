// The OpenAPI 3.1 document of /api/v1. Capabilities add their paths with addApiPaths().
type PathItem = Record<string, unknown>;

const paths: Record<string, PathItem> = {};
const schemas: Record<string, unknown> = {
	Error: {
		type: 'object',
		required: ['error'],
		properties: {
			error: {
				type: 'object',
				required: ['code', 'message', 'messageEn'],
				properties: { code: { type: 'string' }, message: { type: 'string', description: 'Dutch' }, messageEn: { type: 'string' } }
			}
		}
	}
};

export function addApiPaths(more: Record<string, PathItem>, moreSchemas: Record<string, unknown> = {}): void {
	Object.assign(paths, more);
	Object.assign(schemas, moreSchemas);
}

export const errorResponses = {
	'401': { description: 'Not signed in, or an invalid or revoked token', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
	'403': { description: 'No access', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
	'404': { description: 'Not found', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } }
};

export function dataResponse(description: string, schema: unknown) {
	return {
		'200': { description, content: { 'application/json': { schema: { type: 'object', required: ['data'], properties: { data: schema } } } } },
		...errorResponses
	};
}

export function openapiDocument(serverUrl: string) {
	return {
		openapi: '3.1.0',
		info: {
			title: 'Driehoek API',
			version: '1.0.0',
			description:
				'Open data and integrations of Driehoek, the shared workplace of the local housing triangle. ' +
				'Sign in with a personal API token (profile page) as `Authorization: Bearer dh_…`, or with a session cookie. ' +
				'The same access rules apply as on the pages. Errors carry a stable code and a message in Dutch and English.'
		},
		servers: [{ url: `${serverUrl}/api/v1` }],
		security: [{ bearer: [] }, { session: [] }],
		components: {
			securitySchemes: {
				bearer: { type: 'http', scheme: 'bearer', description: 'A personal API token, starting with dh_' },
				session: { type: 'apiKey', in: 'cookie', name: 'better-auth.session_token' }
			},
			schemas
		},
		paths
	};
}
