import { describe, expect, it } from 'vitest';
import { seeded } from '../panel/test-fixtures';
import type { RandomSource } from '../panel/letterCodes';
import {
	type ActivityStatus,
	allowedActions,
	canJoin,
	canSubmit,
	generateJoinCode,
	normaliseJoinCode,
	participantSchema,
	resolveJoinCode,
	transition
} from './session';

const sequence = (values: number[]): RandomSource => {
	let i = 0;
	return () => values[i++ % values.length];
};

describe('join codes', () => {
	it('are six characters without look-alikes, the same from the same seed', () => {
		const code = generateJoinCode(seeded(5));
		expect(code).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
		expect(generateJoinCode(seeded(5))).toBe(code);
	});

	it('skip codes in use and give up when no free code is found', () => {
		const first = generateJoinCode(sequence([0, 0, 0, 0, 0, 0]));
		expect(first).toBe('222222');
		expect(generateJoinCode(sequence([0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1]), new Set([first]))).toBe('333333');
		expect(() => generateJoinCode(sequence([0]), new Set([first]))).toThrow('joinCodeSpaceExhausted');
	});

	it.each([
		['abc 23q', 'ABC23Q'],
		['ABC-23Q', 'ABC23Q'],
		[' abc23q ', 'ABC23Q']
	])('normalises %j', (typed, code) => {
		expect(normaliseJoinCode(typed)).toEqual({ ok: true, code });
	});

	it.each([
		['', 'joinCodeEmpty'],
		['ABC23', 'joinCodeLength'],
		['ABC23Q9', 'joinCodeLength'],
		['ABC#3Q', 'joinCodeCharacter']
	])('refuses %j with %s', (typed, error) => {
		expect(normaliseJoinCode(typed)).toEqual({ ok: false, error });
	});

	it('resolves typed look-alikes against the active codes', () => {
		const active = new Set(['D4KJ7X', 'Q4KT7X', 'ABCDEF']);
		expect(resolveJoinCode('abcdef', active)).toEqual({ ok: true, code: 'ABCDEF' });
		expect(resolveJoinCode('D4K17X', active)).toEqual({ ok: true, code: 'D4KJ7X' });
		expect(resolveJoinCode('O4KJ7X', active)).toEqual({ ok: true, code: 'D4KJ7X' });
		expect(resolveJoinCode('O4KI7X', active)).toEqual({ ok: false, error: 'joinCodeAmbiguous' });
		expect(resolveJoinCode('ZZZZZZ', active)).toEqual({ ok: false, error: 'joinCodeUnknown' });
	});
});

describe('participants', () => {
	const parse = (displayName: unknown) => participantSchema.safeParse({ displayName, role: 'councillor' });
	it.each([
		['  Jan   de Vries ', 'Jan de Vries'],
		['', ''],
		['   ', ''],
		['Zoë & Sjoerd', 'Zoë & Sjoerd'],
		['x'.repeat(40), 'x'.repeat(40)]
	])('accepts %j as %j', (input, name) => {
		expect(parse(input).data?.displayName).toBe(name);
	});

	it.each([
		['<b>Jan</b>', 'displayNameMarkup'],
		['<script>alert(1)</script>', 'displayNameMarkup'],
		['Jan > Piet', 'displayNameMarkup'],
		['x'.repeat(41), 'displayNameTooLong'],
		['Jan\u202Eetep', 'displayNameInvalid'],
		['Jan\u0007', 'displayNameInvalid'],
		[42, 'displayNameInvalid']
	])('refuses %j with %s', (input, key) => {
		expect(parse(input).error?.issues[0].message).toBe(key);
	});

	it('defaults to an anonymous "other" and checks the role', () => {
		expect(participantSchema.parse({})).toEqual({ displayName: '', role: 'other' });
		expect(participantSchema.safeParse({ role: 'mayor' }).error?.issues[0].message).toBe('roleRequired');
		for (const role of ['councillor', 'alderman', 'corporation', 'tenantOrganisation', 'other']) expect(participantSchema.safeParse({ role }).success).toBe(true);
	});
});

describe('joining and answering', () => {
	it.each([
		[{ state: 'open', locked: false }, null],
		[{ state: 'open', locked: true }, 'sessionLocked'],
		[{ state: 'closed', locked: false }, 'sessionClosed'],
		[{ state: 'planned', locked: false }, 'sessionNotOpen']
	] as const)('join %j → %s', (session, error) => {
		expect(canJoin(session)).toEqual(error ? { ok: false, error } : { ok: true });
	});

	const activity = (state: ActivityStatus['state'], locked = false): ActivityStatus => ({ kind: 'chips', state, locked });
	it.each([
		[{ state: 'open', locked: true }, activity('open'), null],
		[{ state: 'closed', locked: false }, activity('open'), 'sessionClosed'],
		[{ state: 'open', locked: false }, activity('draft'), 'activityNotOpen'],
		[{ state: 'open', locked: false }, activity('closed'), 'activityNotOpen'],
		[{ state: 'open', locked: false }, activity('open', true), 'activityLocked']
	] as const)('submit in session %j to %j → %s', (session, act, error) => {
		expect(canSubmit(session, act)).toEqual(error ? { ok: false, error } : { ok: true });
	});
});

describe('activity state machine', () => {
	const estimate = (state: ActivityStatus['state'], extra: Partial<ActivityStatus> = {}): ActivityStatus => ({ kind: 'estimate', state, locked: false, hasTrueValue: true, ...extra });
	it.each([
		['draft', 'open', 'open'],
		['open', 'close', 'closed'],
		['closed', 'open', 'open'],
		['closed', 'reveal', 'revealed'],
		['open', 'reset', 'draft'],
		['revealed', 'reset', 'draft']
	] as const)('%s --%s--> %s', (from, action, to) => {
		const r = transition(estimate(from), action);
		expect(r.ok && r.next.state).toBe(to);
		expect(r.ok && r.clearsAnswers).toBe(action === 'reset');
	});

	it.each([
		[estimate('draft'), 'close', 'transitionNotAllowed'],
		[estimate('draft'), 'reveal', 'transitionNotAllowed'],
		[estimate('open'), 'reveal', 'transitionNotAllowed'],
		[estimate('revealed'), 'open', 'transitionNotAllowed'],
		[estimate('draft'), 'reset', 'transitionNotAllowed'],
		[estimate('closed', { hasTrueValue: false }), 'reveal', 'trueValueMissing'],
		[{ kind: 'chips', state: 'closed', locked: false } as ActivityStatus, 'reveal', 'revealOnlyForEstimates'],
		[estimate('open', { locked: true }), 'close', 'activityLocked'],
		[estimate('closed', { locked: true }), 'reset', 'activityLocked'],
		[estimate('open'), 'unlock', 'transitionNotAllowed']
	] as const)('%j cannot %s (%s)', (activity, action, error) => {
		expect(transition(activity, action)).toEqual({ ok: false, error });
	});

	it('locks and unlocks without changing the state', () => {
		const locked = transition(estimate('closed'), 'lock');
		expect(locked.ok && locked.next).toMatchObject({ state: 'closed', locked: true });
		if (!locked.ok) throw new Error('lock failed');
		expect(allowedActions(locked.next)).toEqual(['unlock']);
		const unlocked = transition(locked.next, 'unlock');
		expect(unlocked.ok && unlocked.next.locked).toBe(false);
	});

	it('lists the allowed actions', () => {
		expect(allowedActions(estimate('draft'))).toEqual(['open', 'lock']);
		expect(allowedActions(estimate('closed'))).toEqual(['open', 'reveal', 'reset', 'lock']);
		expect(allowedActions({ kind: 'poll', state: 'closed', locked: false })).toEqual(['open', 'reset', 'lock']);
	});
});
