import { json } from '@sveltejs/kit';
import '$lib/server/api/foundation';
import '$lib/server/api/agreements';
import '$lib/server/api/advice';
import '$lib/server/api/panel';
import '$lib/server/api/liveability';
import '$lib/server/api/workshops';
import { openapiDocument } from '$lib/server/api/openapi';
import { app } from '$lib/server/app';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = () => json(openapiDocument(app().config.origin));
