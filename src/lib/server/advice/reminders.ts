// E-mail reminders: which are due is a pure function of (requests, people, today); the runner
// records each reminder before sending it, so a reminder goes out exactly once.
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../db';
import { adviceReminderPreference, adviceReminderSent, adviceRequest, membership, space, user } from '../db/schema';
import type { Mailer } from '../mail';
import { bilingual } from '../mail';
import { logger } from '../logger';
import { isOpen, requestStatus, type RequestDates } from './model';
import { dayOfWeek, toAmsterdamDate, type IsoDate } from './rules';

export const BEFORE_DEADLINE_DAYS = 7;

export interface Preferences {
	beforeDeadline: boolean;
	overdueAnswer: boolean;
	weeklyDigest: boolean;
}
export const defaultPreferences: Preferences = { beforeDeadline: true, overdueAnswer: true, weeklyDigest: false };

export interface ReminderRequest extends RequestDates {
	id: string;
	title: string;
	spaceSlug: string;
	corporationId: string;
	tenantOrganisationId: string;
}

export interface Person {
	userId: string;
	email: string;
	organisationIds: string[];
	preferences: Preferences;
}

export interface Reminder {
	/** Unique per reminder: the runner sends each key once. */
	key: string;
	kind: 'beforeDeadline' | 'overdueAnswer' | 'weeklyDigest';
	userId: string;
	email: string;
	requests: { id: string; title: string; spaceSlug: string; date: IsoDate | null }[];
}

/**
 * Due reminders on `today`:
 * - beforeDeadline: the tenant side, in the last week of an advice period without advice;
 * - overdueAnswer: the corporation side, when the written reasons are overdue;
 * - weeklyDigest: on Mondays, everyone who asked for it, with the open requests of their organisations.
 */
export function selectReminders(requests: ReminderRequest[], people: Person[], today: IsoDate): Reminder[] {
	const out: Reminder[] = [];
	const statuses = requests.map((r) => ({ r, s: requestStatus(r, today) }));
	for (const p of people) {
		const mine = statuses.filter(({ r }) => p.organisationIds.includes(r.corporationId) || p.organisationIds.includes(r.tenantOrganisationId));
		for (const { r, s } of mine) {
			const item = { id: r.id, title: r.title, spaceSlug: r.spaceSlug, date: s.nextDeadline?.date ?? null };
			if (
				p.preferences.beforeDeadline &&
				p.organisationIds.includes(r.tenantOrganisationId) &&
				s.nextDeadline?.kind === 'adviceDue' &&
				s.daysLeft !== null &&
				s.daysLeft >= 0 &&
				s.daysLeft <= BEFORE_DEADLINE_DAYS
			) {
				out.push({ key: `before:${r.id}:${p.userId}:${s.nextDeadline.date}`, kind: 'beforeDeadline', userId: p.userId, email: p.email, requests: [item] });
			}
			if (p.preferences.overdueAnswer && p.organisationIds.includes(r.corporationId) && s.status === 'overdue') {
				out.push({ key: `overdue:${r.id}:${p.userId}`, kind: 'overdueAnswer', userId: p.userId, email: p.email, requests: [item] });
			}
		}
		if (p.preferences.weeklyDigest && dayOfWeek(today) === 1) {
			const open = mine.filter(({ s }) => isOpen(s));
			if (open.length) {
				out.push({
					key: `digest:${p.userId}:${today}`,
					kind: 'weeklyDigest',
					userId: p.userId,
					email: p.email,
					requests: open.map(({ r, s }) => ({ id: r.id, title: r.title, spaceSlug: r.spaceSlug, date: s.nextDeadline?.date ?? null }))
				});
			}
		}
	}
	return out;
}

export function reminderMail(reminder: Reminder, origin: string) {
	const lines = reminder.requests.map((r) => `- ${r.title}${r.date ? ` (${r.date})` : ''}\n  ${origin}/${r.spaceSlug}/advice/${r.id}`).join('\n');
	const subjects = {
		beforeDeadline: ['De adviestermijn loopt bijna af', 'The advice period ends soon'],
		overdueAnswer: ['Een schriftelijk antwoord is te laat', 'A written answer is overdue'],
		weeklyDigest: ['Je overzicht van deze week', 'Your summary of this week']
	}[reminder.kind];
	const intro = {
		beforeDeadline: ['Binnen een week moet het advies er zijn:', 'The advice is due within a week:'],
		overdueAnswer: ['De redenen voor het afwijken van het advies zijn te laat:', 'The reasons for departing from the advice are overdue:'],
		weeklyDigest: ['Deze aanvragen staan open:', 'These requests are open:']
	}[reminder.kind];
	const footer = ['Wil je deze mails niet meer? Kies in Driehoek bij Adviesaanvragen › Herinneringen.', 'No longer want these e-mails? Choose in Driehoek under Advice requests › Reminders.'];
	return {
		to: reminder.email,
		subject: `${subjects[0]} / ${subjects[1]}`,
		text: bilingual(`${intro[0]}\n\n${lines}\n\n${footer[0]}`, `${intro[1]}\n\n${lines}\n\n${footer[1]}`)
	};
}

export async function getPreferences(db: Db, userId: string): Promise<Preferences> {
	const [row] = await db.select().from(adviceReminderPreference).where(eq(adviceReminderPreference.userId, userId));
	return row ? { beforeDeadline: row.beforeDeadline, overdueAnswer: row.overdueAnswer, weeklyDigest: row.weeklyDigest } : defaultPreferences;
}

export async function savePreferences(db: Db, userId: string, prefs: Preferences) {
	await db
		.insert(adviceReminderPreference)
		.values({ userId, ...prefs })
		.onConflictDoUpdate({ target: adviceReminderPreference.userId, set: prefs });
}

/** Sends every due reminder that was not sent before. Returns how many went out. */
export async function runReminders(db: Db, mailer: Mailer, origin: string, now = new Date()): Promise<number> {
	const today = toAmsterdamDate(now);
	const rows = await db
		.select({
			id: adviceRequest.id,
			title: adviceRequest.title,
			spaceSlug: space.slug,
			kind: adviceRequest.kind,
			corporationId: adviceRequest.corporationId,
			tenantOrganisationId: adviceRequest.tenantOrganisationId,
			receivedOn: adviceRequest.receivedOn,
			periodDays: adviceRequest.periodDays,
			adviceGivenOn: adviceRequest.adviceGivenOn,
			answerKind: adviceRequest.answerKind,
			answeredOn: adviceRequest.answeredOn,
			closedOn: adviceRequest.closedOn
		})
		.from(adviceRequest)
		.innerJoin(space, eq(space.id, adviceRequest.spaceId))
		.where(and(isNull(adviceRequest.closedOn), isNull(adviceRequest.answeredOn)));
	const requests = rows.map((r) => ({ ...r, kind: r.kind as ReminderRequest['kind'] }));
	if (requests.length === 0) return 0;
	const orgIds = [...new Set(requests.flatMap((r) => [r.corporationId, r.tenantOrganisationId]))];
	const members = await db
		.select({
			userId: user.id,
			email: user.email,
			organisationId: membership.organisationId,
			role: membership.role,
			beforeDeadline: adviceReminderPreference.beforeDeadline,
			overdueAnswer: adviceReminderPreference.overdueAnswer,
			weeklyDigest: adviceReminderPreference.weeklyDigest
		})
		.from(membership)
		.innerJoin(user, eq(user.id, membership.userId))
		.leftJoin(adviceReminderPreference, eq(adviceReminderPreference.userId, user.id))
		.where(inArray(membership.organisationId, orgIds));
	const people = new Map<string, Person>();
	for (const mrow of members) {
		// Viewers read along; reminders go to those who act.
		if (mrow.role === 'viewer') continue;
		const person = people.get(mrow.userId) ?? {
			userId: mrow.userId,
			email: mrow.email,
			organisationIds: [],
			preferences:
				mrow.beforeDeadline === null
					? defaultPreferences
					: { beforeDeadline: mrow.beforeDeadline, overdueAnswer: mrow.overdueAnswer!, weeklyDigest: mrow.weeklyDigest! }
		};
		person.organisationIds.push(mrow.organisationId);
		people.set(mrow.userId, person);
	}
	let sent = 0;
	for (const reminder of selectReminders(requests, [...people.values()], today)) {
		const claimed = await db
			.insert(adviceReminderSent)
			.values({ key: reminder.key, userId: reminder.userId })
			.onConflictDoNothing()
			.returning({ key: adviceReminderSent.key });
		if (claimed.length === 0) continue;
		try {
			await mailer.send(reminderMail(reminder, origin));
			sent++;
		} catch (err) {
			// Not sent: release the claim so the next run tries again.
			await db.delete(adviceReminderSent).where(eq(adviceReminderSent.key, reminder.key));
			logger.warn({ err, key: reminder.key }, 'reminder not sent');
		}
	}
	return sent;
}

let timer: NodeJS.Timeout | null = null;

/** Runs the reminders every hour while the app runs. */
export function startReminderInterval(intervalMs = 3_600_000): void {
	if (timer) return;
	const tick = async () => {
		try {
			const { app } = await import('../app');
			const state = app();
			await runReminders(state.db, state.mailer, state.config.origin);
		} catch (err) {
			logger.debug({ err }, 'reminder run skipped');
		}
	};
	// The first run waits a whole interval, so a fresh start (or a test run) sends nothing at once.
	timer = setInterval(tick, intervalMs);
	timer.unref();
}
