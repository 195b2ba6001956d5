// Route guards for the panel pages: the space guard first, then the panel's own rule
// (managesPanel: admins and members of the organisation that runs the panel).
import type { RequestEvent } from '@sveltejs/kit';
import { app } from '../app';
import { forbidden, notFound, requireSpace } from '../auth/guards';
import { getPanel, getSurvey, managesPanel } from './store';

type Event = Pick<RequestEvent, 'locals' | 'url' | 'params'>;

export async function requirePanel(event: Event) {
	const guard = await requireSpace(event, 'view');
	const p = await getPanel(app().db, event.params.panel ?? '');
	if (!p || p.spaceId !== guard.space.id) notFound('panelNotFound');
	if (!managesPanel(guard.actor, p)) forbidden('panelManageOnly');
	return { ...guard, panel: p };
}

/** need 'view': any party of the space (aggregated results); 'manage': the panel's own people. */
export async function requireSurvey(event: Event, need: 'view' | 'manage') {
	const guard = await requireSpace(event, 'view');
	const loaded = await getSurvey(app().db, event.params.survey ?? '');
	if (!loaded || loaded.panel.spaceId !== guard.space.id) notFound('surveyNotFound');
	const manages = managesPanel(guard.actor, loaded.panel);
	if (need === 'manage' && !manages) forbidden('panelManageOnly');
	return { ...guard, loaded, manages };
}
