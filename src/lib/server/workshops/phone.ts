// The participant's phone: what one person sees now, and reading their submitted form.
import type { Cookies } from '@sveltejs/kit';
import type { Db } from '../db';
import type { ChipsConfig } from './chips';
import type { EstimateQuestion } from './estimates';
import type { Poll } from './polls';
import { guessSpread } from './estimates';
import { listActivities, myAnswer, myPins, participantFor, pinAreaChoices, type ActivityRow, type MyPin, type ParticipantRow, type SessionRow } from './store';
import { groupAreaChoices, type AreaGroup, type PinsConfig } from './pins';
import { eq } from 'drizzle-orm';
import { wsAnswer } from '../db/schema';

export const cookieName = (code: string) => `ws_${code}`;

export function setParticipantCookie(cookies: Cookies, code: string, token: string, secure: boolean): void {
	// Scoped to this session's pages; a day is longer than any workshop.
	cookies.set(cookieName(code), token, { path: `/w/${code}`, httpOnly: true, sameSite: 'lax', secure, maxAge: 60 * 60 * 24 });
}

export async function phoneView(db: Db, session: SessionRow, token: string | undefined) {
	const participant = await participantFor(db, session.id, token);
	const activities = await listActivities(db, session.id);
	const current = activities.find((a) => a.id === session.currentActivityId) ?? null;
	const answer = participant && current ? await myAnswer(db, participant.id, current.id) : null;
	let reveal: { trueValue: number | null; source: string; median: number | null; guesses: number } | null = null;
	if (current?.kind === 'estimate' && current.state === 'revealed') {
		const q = current.config as EstimateQuestion;
		const rows = await db.select({ participantId: wsAnswer.participantId, sequence: wsAnswer.sequence, guess: wsAnswer.value }).from(wsAnswer).where(eq(wsAnswer.activityId, current.id));
		const spread = guessSpread(q.unit, q.trueValue, rows.map((r) => ({ ...r, guess: r.guess as number })));
		reveal = { trueValue: q.trueValue, source: q.source, median: spread.summary?.median ?? null, guesses: spread.guesses - spread.flagged };
	}
	let pins: { groups: AreaGroup[]; mine: MyPin[]; max: number; categories: Record<string, string> } | null = null;
	if (current?.kind === 'pins' && participant) {
		const config = current.config as PinsConfig;
		const [areas, mine] = await Promise.all([pinAreaChoices(db, session.spaces), myPins(db, participant.id, current.id)]);
		pins = {
			groups: groupAreaChoices(areas.choices, new Map(session.spaces.map((x) => [x.id, x.name]))),
			mine,
			max: config.maxPerParticipant,
			// Stored category (code or own label) → label, for the participant's list of pins.
			categories: Object.fromEntries(config.categories.flatMap((c) => [[c.code, c.label], [c.label, c.label]]))
		};
	}
	return { participant, current, answer, reveal, pins };
}

export type PhoneActivity = ActivityRow;
export type { ParticipantRow };

/** Reads the answer fields of the phone's form into what the rules expect. */
export function answerFromForm(activity: ActivityRow, form: FormData): unknown {
	if (activity.kind === 'chips') {
		const c = activity.config as ChipsConfig;
		return Object.fromEntries(c.themes.map((t) => [t.code, String(form.get(`chip_${t.code}`) ?? '')]));
	}
	if (activity.kind === 'estimate') return String(form.get('guess') ?? '');
	if (activity.kind === 'pins') return { areaCode: String(form.get('areaCode') ?? ''), category: String(form.get('category') ?? ''), spot: String(form.get('spot') ?? ''), comment: String(form.get('comment') ?? '') };
	const p = activity.config as Poll;
	if (p.type === 'multipleChoice') return form.getAll('answer').map(String);
	if (p.type === 'ranking') {
		const picked = p.options.map((_, i) => String(form.get(`rank_${i + 1}`) ?? '')).filter(Boolean);
		return picked.length ? picked : undefined;
	}
	return String(form.get('answer') ?? '');
}

