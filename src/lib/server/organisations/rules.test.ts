import { describe, expect, it } from 'vitest';
import { acceptInvitationSchema, invitationSchema, invitationState, normaliseCbsCode, organisationSchema } from './rules';
import { municipalities2025, municipalityName } from './municipalities';

const errorsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
	Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('organisation input', () => {
	it('accepts a municipality with a known CBS code, also written as digits only', () => {
		expect(organisationSchema.safeParse({ name: 'Gemeente Assen', kind: 'municipality', cbsCode: 'GM0106' }).success).toBe(true);
		expect(normaliseCbsCode(' gm0106 ')).toBe('GM0106');
		expect(normaliseCbsCode('106')).toBe('GM0106');
	});
	it.each([
		['', 'cbsCodeRequired'],
		['GM12', 'cbsCodeFormat'],
		['XX0106', 'cbsCodeFormat'],
		['GM9999', 'cbsCodeUnknown'],
		['GM0998', 'cbsCodeUnknown']
	])('rejects municipality code %j with %s', (cbsCode, key) => {
		expect(errorsOf(organisationSchema.safeParse({ name: 'Gemeente X', kind: 'municipality', cbsCode })).cbsCode).toBe(key);
	});
	it('refuses a CBS code on other kinds, a short name and a non-numeric number of homes', () => {
		const result = organisationSchema.safeParse({ name: 'W', kind: 'corporation', cbsCode: 'GM0106', homes: '16k' });
		expect(errorsOf(result)).toEqual({ name: 'nameTooShort', cbsCode: 'cbsCodeOnlyMunicipality', homes: 'wholeNumber' });
		expect(organisationSchema.safeParse({ name: 'Woonstichting', kind: 'corporation', homes: '16.200' }).success).toBe(true);
	});
	it('requires a kind', () => {
		expect(errorsOf(organisationSchema.safeParse({ name: 'Iets', kind: 'bank' })).kind).toBe('kindRequired');
	});
	it('knows all 342 municipalities of 2025', () => {
		expect(municipalities2025).toHaveLength(342);
		expect(municipalityName('GM0106')).toBe('Assen');
	});
});

describe('invitations', () => {
	const now = new Date('2026-11-23T12:00:00Z');
	const base = { expiresAt: new Date('2026-11-30T12:00:00Z'), acceptedAt: null, revokedAt: null };
	it('is open until it expires, is used or is withdrawn', () => {
		expect(invitationState(base, now)).toBe('open');
		expect(invitationState({ ...base, expiresAt: now }, now)).toBe('expired');
		expect(invitationState({ ...base, acceptedAt: now }, now)).toBe('used');
		expect(invitationState({ ...base, revokedAt: now }, now)).toBe('revoked');
	});
	it('checks e-mail and role, and lower-cases the address', () => {
		expect(invitationSchema.parse({ email: ' Karin@Hunzedal.example ', role: 'member' }).email).toBe('karin@hunzedal.example');
		expect(errorsOf(invitationSchema.safeParse({ email: 'karin', role: 'boss' }))).toEqual({ email: 'emailInvalid', role: 'roleRequired' });
	});
	it('asks for matching passwords of at least 10 characters', () => {
		expect(errorsOf(acceptInvitationSchema.safeParse({ name: 'Ab', password: 'kort', passwordRepeat: 'kort' })).password).toBe('passwordTooShort');
		expect(errorsOf(acceptInvitationSchema.safeParse({ name: 'Ab', password: 'lang genoeg 123', passwordRepeat: 'anders' })).passwordRepeat).toBe('passwordsDiffer');
	});
});
