// The workshops capability's part of the API document: programmes, sessions and their
// aggregated results (never single answers or who gave them).
import type { RequestEvent } from '@sveltejs/kit';
import { app } from '../app';
import { can, spaceAccess, type Actor } from '../auth/access';
import { getSpaceBySlug } from '../spaces/store';
import { getProgramme, getSession, type ProgrammeRow, type SessionRow } from '../workshops/store';
import { apiActor, type Guarded } from './guard';
import { apiError } from './respond';
import { addApiPaths, dataResponse } from './openapi';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export async function apiProgramme(event: Pick<RequestEvent, 'locals'>, id: string): Promise<Guarded<{ actor: Actor; programme: ProgrammeRow }>> {
	const actor = apiActor(event);
	if (!actor.ok) return actor;
	const programme = uuid.test(id) ? await getProgramme(app().db, id) : null;
	if (!programme) return { ok: false, response: apiError(404, 'notFound') };
	if (!can.viewProgramme(actor.value, programme.organisationId)) return { ok: false, response: apiError(403, 'forbidden') };
	return { ok: true, value: { actor: actor.value, programme } };
}

/** A session's results: the programme's organisation or anyone in one of the session's spaces. */
export async function apiSession(event: Pick<RequestEvent, 'locals'>, programmeId: string, sessionId: string): Promise<Guarded<{ session: SessionRow }>> {
	const actor = apiActor(event);
	if (!actor.ok) return actor;
	const { db } = app();
	const [programme, session] = uuid.test(programmeId) && uuid.test(sessionId) ? await Promise.all([getProgramme(db, programmeId), getSession(db, sessionId)]) : [null, null];
	if (!programme || !session || session.programmeId !== programme.id) return { ok: false, response: apiError(404, 'notFound') };
	const spaces = await Promise.all(session.spaces.map((s) => getSpaceBySlug(db, s.slug)));
	const accesses = spaces.filter((s) => !!s).map((s) => spaceAccess(actor.value, s.participants.map((p) => p.organisationId)));
	if (!can.viewSessionResults(actor.value, programme.organisationId, accesses)) return { ok: false, response: apiError(403, 'forbidden') };
	return { ok: true, value: { session } };
}

/** What the API shows of a session: never the join code (it is the key to the room). */
export function publicSession(s: SessionRow) {
	return { id: s.id, title: s.title, date: s.date, place: s.place, state: s.state, participants: s.participants, spaces: s.spaces };
}

const programme = {
	type: 'object',
	required: ['id', 'organisationId', 'title'],
	properties: {
		id: { type: 'string', format: 'uuid' },
		organisationId: { type: 'string' },
		organisationName: { type: 'string' },
		title: { type: 'string' },
		description: { type: 'string' },
		sessions: { type: 'integer' }
	}
};
const session = {
	type: 'object',
	required: ['id', 'title', 'date', 'state'],
	properties: {
		id: { type: 'string', format: 'uuid' },
		title: { type: 'string' },
		date: { type: 'string', format: 'date' },
		place: { type: 'string' },
		state: { type: 'string', enum: ['planned', 'open', 'closed'] },
		participants: { type: 'integer' },
		spaces: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, slug: { type: 'string' }, name: { type: 'string' } } } }
	}
};
const activityResult = {
	type: 'object',
	description:
		'One activity with its aggregated result: chips (overall and per table), estimate (spread, once revealed or the session closed), poll, or pins (counts per category and per area × category; the pins themselves are liveability pins of the area\'s space).',
	properties: {
		id: { type: 'string', format: 'uuid' },
		position: { type: 'integer' },
		kind: { type: 'string', enum: ['chips', 'estimate', 'poll', 'pins'] },
		state: { type: 'string', enum: ['draft', 'open', 'closed', 'revealed'] },
		config: { type: 'object' },
		answers: { type: 'integer' },
		chips: { type: 'object' },
		estimate: { type: 'object' },
		poll: { type: 'object' },
		pins: {
			type: 'object',
			properties: {
				pins: { type: 'integer' },
				participants: { type: 'integer' },
				categories: { type: 'array', items: { type: 'object', properties: { code: { type: 'string' }, label: { type: 'string' }, count: { type: 'integer' }, share: { type: 'number' } } } },
				areas: { type: 'array', items: { type: 'object', properties: { code: { type: 'string' }, name: { type: 'string' }, total: { type: 'integer' }, counts: { type: 'object', additionalProperties: { type: 'integer' } } } } }
			}
		}
	}
};
const params = {
	programme: { name: 'programme', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } },
	session: { name: 'session', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }
};

addApiPaths(
	{
		'/programmes': {
			get: {
				summary: 'Workshop programmes of your organisations',
				operationId: 'listProgrammes',
				responses: dataResponse('Programmes', { type: 'array', items: { $ref: '#/components/schemas/WorkshopProgramme' } })
			}
		},
		'/programmes/{programme}': {
			get: {
				summary: 'A programme with its sessions and the comparison of sessions side by side (theme shares, guesses against the true value)',
				operationId: 'getProgramme',
				parameters: [params.programme],
				responses: dataResponse('Programme', {
					type: 'object',
					properties: {
						programme: { $ref: '#/components/schemas/WorkshopProgramme' },
						sessions: { type: 'array', items: { $ref: '#/components/schemas/WorkshopSession' } },
						comparison: { type: 'object' }
					}
				})
			}
		},
		'/programmes/{programme}/sessions/{session}': {
			get: {
				summary: 'Aggregated results of one session',
				operationId: 'getWorkshopSessionResults',
				parameters: [params.programme, params.session],
				responses: dataResponse('Session results', {
					type: 'object',
					properties: {
						session: { $ref: '#/components/schemas/WorkshopSession' },
						activities: { type: 'array', items: { $ref: '#/components/schemas/WorkshopActivityResult' } },
						tables: { type: 'array', items: { type: 'object', properties: { tableId: { type: 'string' }, participants: { type: 'integer' } } } }
					}
				})
			}
		}
	},
	{ WorkshopProgramme: programme, WorkshopSession: session, WorkshopActivityResult: activityResult }
);
