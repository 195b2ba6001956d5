// Workshop sessions: join codes, participants and the life cycle of an activity.
import { z } from 'zod';
import { CODE_ALPHABET, codeCandidates, normaliseCodeInput, randomChars, type RandomSource } from '../panel/letterCodes';

// --- Join codes --------------------------------------------------------------------------------
// Six characters from the letter-code alphabet (no 0/O, 1/I/L): read aloud or from a projector.
// No check character: a wrong code simply matches no open session. 31^6 ≈ 887 million codes.

export const JOIN_CODE_LENGTH = 6;

/** A join code not in `inUse` (codes of sessions that are open or were used recently). */
export function generateJoinCode(random: RandomSource, inUse: ReadonlySet<string> = new Set()): string {
	for (let attempt = 0; attempt < 100; attempt++) {
		const code = randomChars(JOIN_CODE_LENGTH, random);
		if (!inUse.has(code)) return code;
	}
	throw new Error('joinCodeSpaceExhausted');
}

export type JoinCodeError = 'joinCodeEmpty' | 'joinCodeLength' | 'joinCodeCharacter' | 'joinCodeUnknown' | 'joinCodeAmbiguous';

/** Canonical form of a typed code ("abc 23q" → "ABC23Q"), or an error before any lookup. */
export function normaliseJoinCode(input: string): { ok: true; code: string } | { ok: false; error: JoinCodeError } {
	const s = normaliseCodeInput(input);
	if (!s) return { ok: false, error: 'joinCodeEmpty' };
	if ([...s].length !== JOIN_CODE_LENGTH) return { ok: false, error: 'joinCodeLength' };
	if (![...s].every((c) => CODE_ALPHABET.includes(c) || 'OI1L0'.includes(c))) return { ok: false, error: 'joinCodeCharacter' };
	return { ok: true, code: s };
}

/**
 * Finds the session code meant by what was typed. Look-alikes outside the alphabet (O, 0, I, L, 1)
 * are tried as each character they resemble; accepted when exactly one reading is an active code.
 */
export function resolveJoinCode(input: string, activeCodes: ReadonlySet<string>): { ok: true; code: string } | { ok: false; error: JoinCodeError } {
	const n = normaliseJoinCode(input);
	if (!n.ok) return n;
	const matches = (codeCandidates(n.code) ?? []).filter((c) => activeCodes.has(c));
	if (matches.length === 0) return { ok: false, error: 'joinCodeUnknown' };
	if (matches.length > 1) return { ok: false, error: 'joinCodeAmbiguous' };
	return { ok: true, code: matches[0] };
}

// --- Participants ------------------------------------------------------------------------------

export const participantRoles = ['councillor', 'alderman', 'corporation', 'tenantOrganisation', 'other'] as const;
export type ParticipantRole = (typeof participantRoles)[number];
export const DISPLAY_NAME_MAX = 40;

/**
 * Display name: trimmed, inner whitespace collapsed, NFC; empty = anonymous. Markup is REFUSED
 * ('displayNameMarkup'), not stripped: stripping silently changes what a person typed and can
 * leave fragments ("<b>Jan" → ?), while a refusal tells them what to fix. Any "<" or ">" counts
 * as markup. Output is still escaped by the UI (Svelte does this by default); this rule keeps
 * the projected participant list clean. Control and bidi-override characters are refused too,
 * since they can reorder text on the big screen.
 */
export const displayNameSchema = z
	.string('displayNameInvalid')
	.transform((s) => s.normalize('NFC').replace(/\s+/g, ' ').trim())
	.refine((s) => !/[<>]/.test(s), 'displayNameMarkup')
	.refine((s) => !/[\p{Cc}\p{Cf}]/u.test(s), 'displayNameInvalid')
	.refine((s) => [...s].length <= DISPLAY_NAME_MAX, 'displayNameTooLong');

export const participantSchema = z.object({
	displayName: displayNameSchema.default(''),
	role: z.enum(participantRoles, 'roleRequired').default('other')
});
export type Participant = z.output<typeof participantSchema>;

// --- Session and activity state ----------------------------------------------------------------

export type SessionState = 'planned' | 'open' | 'closed';
export interface SessionStatus {
	state: SessionState;
	/** Locked by the host: nobody new may join (e.g. after the break). */
	locked: boolean;
}

export type JoinError = 'sessionNotOpen' | 'sessionClosed' | 'sessionLocked';

export function canJoin(session: SessionStatus): { ok: true } | { ok: false; error: JoinError } {
	if (session.state === 'closed') return { ok: false, error: 'sessionClosed' };
	if (session.state === 'planned') return { ok: false, error: 'sessionNotOpen' };
	if (session.locked) return { ok: false, error: 'sessionLocked' };
	return { ok: true };
}

export const activityKinds = ['chips', 'estimate', 'poll', 'pins'] as const;
export type ActivityKind = (typeof activityKinds)[number];
export type ActivityState = 'draft' | 'open' | 'closed' | 'revealed';
export type ActivityAction = 'open' | 'close' | 'reveal' | 'reset' | 'lock' | 'unlock';

export interface ActivityStatus {
	kind: ActivityKind;
	state: ActivityState;
	/** Locked: results frozen; no state change except unlock (so nobody resets by accident). */
	locked: boolean;
	/** Estimates only: a reveal needs the true value. */
	hasTrueValue?: boolean;
}

export type TransitionError = 'activityLocked' | 'transitionNotAllowed' | 'revealOnlyForEstimates' | 'trueValueMissing';

/**
 * Allowed transitions:
 *   draft → open; open → closed; closed → open (reopen for latecomers);
 *   closed → revealed (estimates only, needs a true value);
 *   reset: open | closed | revealed → draft, and the caller deletes the answers (clearsAnswers);
 *   lock / unlock in any state; while locked only unlock is allowed.
 */
export function transition(
	activity: ActivityStatus,
	action: ActivityAction
): { ok: true; next: ActivityStatus; clearsAnswers: boolean } | { ok: false; error: TransitionError } {
	const to = (state: ActivityState, clearsAnswers = false) => ({ ok: true as const, next: { ...activity, state }, clearsAnswers });
	if (action === 'unlock') return activity.locked ? { ok: true, next: { ...activity, locked: false }, clearsAnswers: false } : { ok: false, error: 'transitionNotAllowed' };
	if (activity.locked) return { ok: false, error: 'activityLocked' };
	const s = activity.state;
	switch (action) {
		case 'lock':
			return { ok: true, next: { ...activity, locked: true }, clearsAnswers: false };
		case 'open':
			return s === 'draft' || s === 'closed' ? to('open') : { ok: false, error: 'transitionNotAllowed' };
		case 'close':
			return s === 'open' ? to('closed') : { ok: false, error: 'transitionNotAllowed' };
		case 'reveal':
			if (activity.kind !== 'estimate') return { ok: false, error: 'revealOnlyForEstimates' };
			if (s !== 'closed') return { ok: false, error: 'transitionNotAllowed' };
			return activity.hasTrueValue ? to('revealed') : { ok: false, error: 'trueValueMissing' };
		case 'reset':
			return s === 'draft' ? { ok: false, error: 'transitionNotAllowed' } : to('draft', true);
	}
}

/** Actions the host's screen can offer now. */
export function allowedActions(activity: ActivityStatus): ActivityAction[] {
	return (['open', 'close', 'reveal', 'reset', 'lock', 'unlock'] as const).filter((a) => transition(activity, a).ok);
}

export type SubmitError = JoinError | 'activityNotOpen' | 'activityLocked';

/** Whether a participant may answer now: session joinable state aside, the activity must be open. */
export function canSubmit(session: SessionStatus, activity: ActivityStatus): { ok: true } | { ok: false; error: SubmitError } {
	// Joined participants may keep answering in a locked session: the lock only stops new joins.
	if (session.state !== 'open') return { ok: false, error: session.state === 'closed' ? 'sessionClosed' : 'sessionNotOpen' };
	if (activity.locked) return { ok: false, error: 'activityLocked' };
	if (activity.state !== 'open') return { ok: false, error: 'activityNotOpen' };
	return { ok: true };
}
