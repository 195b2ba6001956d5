// Guards for workshop routes: load the programme (and session), ask access.ts, stop with 404/403.
import type { RequestEvent } from '@sveltejs/kit';
import { app } from '../app';
import { can, spaceAccess, type Actor } from '../auth/access';
import { forbidden, notFound, requireActor } from '../auth/guards';
import { getSpaceBySlug } from '../spaces/store';
import { getProgramme, getSession, type ProgrammeRow, type SessionRow } from './store';

type Event = Pick<RequestEvent, 'locals' | 'url' | 'params'>;

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export async function requireProgramme(event: Event, need: 'view' | 'run'): Promise<{ actor: Actor; programme: ProgrammeRow; mayRun: boolean }> {
	const actor = requireActor(event);
	const id = event.params.programme ?? '';
	const programme = uuid.test(id) ? await getProgramme(app().db, id) : null;
	if (!programme) notFound();
	const mayRun = can.runProgramme(actor, programme.organisationId);
	if (need === 'run' && !mayRun) forbidden();
	if (need === 'view' && !can.viewProgramme(actor, programme.organisationId)) forbidden();
	return { actor, programme, mayRun };
}

/** A session of the programme in the URL; 'results' also lets in people of the session's spaces. */
export async function requireSession(
	event: Event,
	need: 'results' | 'run'
): Promise<{ actor: Actor; programme: ProgrammeRow; session: SessionRow; mayRun: boolean }> {
	const actor = requireActor(event);
	const id = event.params.programme ?? '';
	const sid = event.params.session ?? '';
	const { db } = app();
	const [programme, session] = uuid.test(id) && uuid.test(sid) ? await Promise.all([getProgramme(db, id), getSession(db, sid)]) : [null, null];
	if (!programme || !session || session.programmeId !== programme.id) notFound();
	const mayRun = can.runProgramme(actor, programme.organisationId);
	if (need === 'run' && !mayRun) forbidden();
	if (need === 'results' && !mayRun) {
		const spaces = await Promise.all(session.spaces.map((s) => getSpaceBySlug(db, s.slug)));
		const accesses = spaces.filter((s) => !!s).map((s) => spaceAccess(actor, s.participants.map((p) => p.organisationId)));
		if (!can.viewSessionResults(actor, programme.organisationId, accesses)) forbidden();
	}
	return { actor, programme, session, mayRun };
}
