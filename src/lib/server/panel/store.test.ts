import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { getTableConfig } from 'drizzle-orm/pg-core';
import type { DbHandle } from '../db';
import { createTestDb } from '../testing/db';
import { demoIds } from '../seed/demo';
import { loadActor } from '../organisations/store';
import { getSpaceBySlug, type SpaceContext } from '../spaces/store';
import type { Actor } from '../auth/access';
import type { Mail, Mailer } from '../mail';
import { panelMember, panelParticipation, panelResponse } from '../db/schema';
import {
	confirmMember,
	createLetterInvitations,
	createPanel,
	createSurvey,
	foldTallies,
	getPanel,
	getSurvey,
	importMembers,
	inviteByEmail,
	letterRows,
	memberData,
	resolveInvitation,
	saveDefinition,
	sendReminders,
	signUp,
	submitAnswers,
	submitPaper,
	surveyBreakdown,
	surveyResults,
	withdrawMember,
	type PanelRow
} from './store';
import { aggregate } from './results';

let handle: DbHandle;
let space: SpaceContext;
let henk: Actor;
let karin: Actor;
let p: PanelRow;
const mails: Mail[] = [];
const mailer: Mailer = { send: async (m) => void mails.push(m) };
const ORIGIN = 'http://test.example';
const linkIn = (m: Mail, path: string) => m.text.match(new RegExp(`${ORIGIN}${path}[^\\s]+`))![0].slice(ORIGIN.length);
const now = () => new Date();

beforeAll(async () => {
	handle = await createTestDb();
	space = (await getSpaceBySlug(handle.db, 'assen'))!;
	henk = (await loadActor(handle.db, demoIds.user('henk.jansen@huurdersraad.example')))!;
	karin = (await loadActor(handle.db, demoIds.user('karin.bos@hunzedal.example')))!;
	const created = await createPanel(handle.db, henk, space, { organisationId: demoIds.organisation('huurdersraad'), name: 'Testpanel' });
	if (!created.ok) throw new Error(created.error);
	p = (await getPanel(handle.db, created.id))!;
});
afterAll(async () => handle?.close());

describe('panel store', () => {
	it('only lets an organisation start a panel for itself', async () => {
		const r = await createPanel(handle.db, karin, space, { organisationId: demoIds.organisation('huurdersraad'), name: 'Niet van mij' });
		expect(r).toMatchObject({ ok: false, error: 'notYourOrganisation' });
	});

	it('signs up with double opt-in', async () => {
		expect(await signUp(handle.db, mailer, ORIGIN, p, { email: 'x', consent: true })).toMatchObject({ ok: false, error: 'emailInvalid' });
		expect(await signUp(handle.db, mailer, ORIGIN, p, { email: 'a@test.example', consent: false })).toMatchObject({ ok: false, error: 'consentRequired' });
		expect(await signUp(handle.db, mailer, ORIGIN, p, { email: 'A@test.example ', consent: true, ageBand: '65-74', municipality: 'GM0106' })).toEqual({ ok: true });
		const [m] = await handle.db.select().from(panelMember).where(eq(panelMember.email, 'a@test.example'));
		expect(m.status).toBe('pending');
		const link = linkIn(mails.at(-1)!, '/panel/confirm/');
		expect(mails.at(-1)!.text).toContain('/panel/me/');
		expect(await confirmMember(handle.db, link.split('/').pop()! + 'x')).toMatchObject({ ok: false });
		expect(await confirmMember(handle.db, link.split('/').pop()!)).toMatchObject({ ok: true });
		const [after] = await handle.db.select().from(panelMember).where(eq(panelMember.email, 'a@test.example'));
		expect(after.status).toBe('active');
	});

	it('imports a CSV all or nothing, with the legal basis', async () => {
		const bad = await importMembers(handle.db, henk, p, 'email;naam;adres\nb@test.example;B;\nb@test.example;B2;\nnot-an-email;C;', 'legitimateInterest');
		expect(bad.ok).toBe(false);
		expect(bad.errors).toEqual([
			{ row: 3, error: 'duplicateEmail' },
			{ row: 4, error: 'emailInvalid' }
		]);
		expect(await importMembers(handle.db, henk, p, 'email\nc@test.example', 'nothing')).toMatchObject({ ok: false });
		const csv = ['email;naam;adres;gemeente;leeftijd', ...Array.from({ length: 6 }, (_, i) => `m${i}@test.example;Lid ${i};;GM0106;${i < 5 ? '65-74' : '18-34'}`), ';Brief Lid;Kloosterstraat 1, Assen;GM0106;35-49'].join('\n');
		const ok = await importMembers(handle.db, henk, p, csv, 'legitimateInterest');
		expect(ok).toEqual({ ok: true, imported: 7, errors: [] });
	});

	it('invites, answers once, keeps who and what apart, reminds only the silent', async () => {
		const created = await createSurvey(handle.db, henk, p, { template: 'yearlyParticipation', opensAt: new Date(Date.now() - 3600_000), closesAt: new Date(Date.now() + 7 * 86400_000) });
		if (!created.ok) throw new Error(created.error);
		const loaded = (await getSurvey(handle.db, created.id))!;
		mails.length = 0;
		const { sent } = await inviteByEmail(handle.db, mailer, ORIGIN, henk, loaded);
		expect(sent).toBe(7); // a@ plus m0..m5
		expect((await inviteByEmail(handle.db, mailer, ORIGIN, henk, loaded)).sent).toBe(0);
		expect(await createLetterInvitations(handle.db, henk, loaded)).toEqual({ created: 1 });
		const [letter] = await letterRows(handle.db, created.id);
		expect(letter.display).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);

		const tokens = mails.map((m) => linkIn(m, '/s/').slice(3));
		const answer = { Q1: 'ja', Q2: '8', Q3: ['huur'], Q5: '4', Q6: 'Meer info' };
		for (const t of tokens.slice(0, 6)) {
			const st = await resolveInvitation(handle.db, t);
			expect(st.kind).toBe('open');
			if (st.kind === 'invalid') throw new Error();
			expect(await submitAnswers(handle.db, st, answer, null)).toEqual({ ok: true });
		}
		const again = await resolveInvitation(handle.db, tokens[0]);
		expect(again.kind).toBe('answered');
		if (again.kind === 'invalid') throw new Error();
		expect(await submitAnswers(handle.db, again, answer, null)).toEqual({ ok: false, already: true });
		expect((await resolveInvitation(handle.db, tokens[0].slice(0, -2) + 'xx')).kind).toBe('invalid');

		// Letter code, typed loosely.
		const byLetter = await resolveInvitation(handle.db, letter.display.toLowerCase());
		expect(byLetter.kind).toBe('open');
		if (byLetter.kind === 'invalid') throw new Error();
		expect(await submitAnswers(handle.db, byLetter, { Q1: 'nee', Q2: '3' }, null)).toEqual({ ok: true });
		// A bad answer stores nothing.
		const st = await resolveInvitation(handle.db, tokens[6]);
		if (st.kind === 'invalid') throw new Error();
		expect(await submitAnswers(handle.db, st, { Q1: 'misschien' }, null)).toMatchObject({ ok: false, errors: [{ questionId: 'Q1', code: 'optionUnknown' }] });
		expect(await submitAnswers(handle.db, st, { Q1: 'ja', Q6: 'x'.repeat(100_000) }, null)).toMatchObject({ ok: false, errors: [{ questionId: 'Q6', code: 'textTooLong' }] });

		const responses = await handle.db.select().from(panelResponse).where(eq(panelResponse.surveyId, created.id));
		expect(responses).toHaveLength(7);
		// Q2 was hidden for the letter answer (Q1 = nee): its answer was dropped.
		expect(responses.find((r) => r.source === 'letter')!.answers).toEqual({ Q1: 'nee' });
		const memberIds = (await handle.db.select({ id: panelMember.id }).from(panelMember)).map((r) => r.id);
		for (const r of responses) for (const id of memberIds) expect(JSON.stringify(r)).not.toContain(id);

		mails.length = 0;
		expect(await sendReminders(handle.db, mailer, ORIGIN, henk, loaded)).toEqual({ reminded: 1 });
		expect(mails[0].subject).toMatch(/^Herinnering/);

		// Paper form: counted, marked as paper.
		expect(await submitPaper(handle.db, henk, loaded, { Q1: 'ja', Q2: '6' }, { ageBand: '75+' })).toEqual({ ok: true });

		// Results from the running counts equal results over all stored answers.
		const fresh = (await getSurvey(handle.db, created.id))!;
		const all = await handle.db.select().from(panelResponse).where(eq(panelResponse.surveyId, created.id));
		const { bySource, ...fromTallies } = await surveyResults(handle.db, fresh);
		expect(fromTallies).toEqual(aggregate(fresh.survey, all.map((r) => ({ answers: r.answers as Record<string, string> }))));
		expect(fromTallies.responses).toBe(8);
		expect(bySource).toEqual({ online: 6, letter: 1, paper: 1 });
		// Reading results counted every stored response exactly once.
		expect(await handle.db.select().from(panelResponse).where(sql`${panelResponse.surveyId} = ${created.id} and not ${panelResponse.tallied}`)).toHaveLength(0);
		expect(await foldTallies(handle.db, created.id)).toBe(0);
		expect((await surveyResults(handle.db, fresh)).responses).toBe(8);

		// By age band: 65-74 has 6 answers, the others fewer: suppressed.
		const b = (await surveyBreakdown(handle.db, fresh, 'Q1', 'ageBand'))!;
		expect(b.groups.find((g) => g.group === '65-74')).toMatchObject({ n: 6, suppressed: null });
		for (const g of b.groups.filter((g) => g.group !== '65-74')) expect(g.suppressed).not.toBeNull();
	});

	it('starts a new version with a new revision when a question changes meaning after answers', async () => {
		const created = await createSurvey(handle.db, henk, p, { template: 'neighbourhood', opensAt: new Date(Date.now() - 3600_000), closesAt: new Date(Date.now() + 86400_000) });
		if (!created.ok) throw new Error();
		let loaded = (await getSurvey(handle.db, created.id))!;
		const edit = (text: string) => ({ ...loaded.survey, questions: loaded.survey.questions.map((q) => (q.id === 'Q1' ? { ...q, text } : q)) });
		expect(await saveDefinition(handle.db, henk, loaded, edit('Welk cijfer geeft u uw wijk?'))).toMatchObject({ ok: true, version: 1, newVersion: false });
		loaded = (await getSurvey(handle.db, created.id))!;
		await submitPaper(handle.db, henk, loaded, { Q1: '7' }, {});
		expect(await saveDefinition(handle.db, henk, loaded, edit('Welk cijfer geeft u uw straat?'))).toMatchObject({ ok: true, version: 2, newVersion: true });
		loaded = (await getSurvey(handle.db, created.id))!;
		expect(loaded.survey.questions[0].revision).toBe(2);
		expect(await saveDefinition(handle.db, henk, loaded, { ...loaded.survey, questions: [] })).toMatchObject({ ok: false, error: 'noQuestions' });
	});

	it('stores one answer when the same invitation is sent twice at the same moment', async () => {
		const created = await createSurvey(handle.db, henk, p, { template: 'blank', opensAt: new Date(Date.now() - 3600_000), closesAt: new Date(Date.now() + 86400_000) });
		if (!created.ok) throw new Error();
		const loaded = (await getSurvey(handle.db, created.id))!;
		mails.length = 0;
		await inviteByEmail(handle.db, mailer, ORIGIN, henk, loaded);
		const st = await resolveInvitation(handle.db, linkIn(mails[0], '/s/').slice(3));
		if (st.kind === 'invalid') throw new Error();
		const both = await Promise.all([submitAnswers(handle.db, st, { Q1: '3' }, null), submitAnswers(handle.db, st, { Q1: '4' }, null)]);
		expect(both.filter((r) => r.ok)).toHaveLength(1);
		expect(both.filter((r) => !r.ok && 'already' in r)).toHaveLength(1);
		expect(await handle.db.select().from(panelResponse).where(eq(panelResponse.surveyId, created.id))).toHaveLength(1);
	});

	it('lets a member download their data and withdraw; answers stay, anonymous', async () => {
		const [m] = await handle.db.select().from(panelMember).where(eq(panelMember.email, 'm0@test.example'));
		const data = await memberData(handle.db, m.id);
		expect(data!.member.email).toBe('m0@test.example');
		expect(data!.answered.length).toBe(1);
		const before = await handle.db.select({ n: sql<number>`count(*)::int` }).from(panelResponse);
		const { signToken } = await import('./store');
		expect(await withdrawMember(handle.db, signToken(p.secret, 'member', m.id))).toEqual({ ok: true });
		expect(await handle.db.select().from(panelMember).where(eq(panelMember.id, m.id))).toHaveLength(0);
		expect(await handle.db.select().from(panelParticipation).where(eq(panelParticipation.memberId, m.id))).toHaveLength(0);
		const after = await handle.db.select({ n: sql<number>`count(*)::int` }).from(panelResponse);
		expect(after[0].n).toBe(before[0].n);
		expect(await withdrawMember(handle.db, signToken(p.secret, 'member', m.id))).toMatchObject({ ok: false });
	});
});

describe('anonymity by design', () => {
	it('the response table has no member, invitation or time column, and no foreign key to them', () => {
		const cfg = getTableConfig(panelResponse);
		const names = cfg.columns.map((c) => c.name);
		expect(names.sort()).toEqual(['answers', 'id', 'optional_name', 'period', 'profile', 'source', 'survey_id', 'tallied', 'version']);
		for (const c of cfg.columns) expect(['timestamp', 'date']).not.toContain(c.getSQLType().split(' ')[0]);
		expect(cfg.foreignKeys.map((f) => getTableConfig(f.reference().foreignTable).name)).toEqual(['panel_survey']);
		const participation = getTableConfig(panelParticipation).columns.map((c) => c.name);
		expect(participation).not.toContain('answers');
	});

	it('the database itself has no such column (migrations match the schema)', async () => {
		const result: unknown = await handle.db.execute(sql`select column_name, data_type, column_default from information_schema.columns where table_name = 'panel_response'`);
		const rows = (result && typeof result === "object" && "rows" in result ? result.rows : result) as { column_name: string; data_type: string; column_default: string | null }[];
		expect(rows.map((r) => r.column_name).sort()).toEqual(['answers', 'id', 'optional_name', 'period', 'profile', 'source', 'survey_id', 'tallied', 'version']);
		// No time anywhere, and no default except the counting flag (a default now() would be a join key).
		expect(rows.some((r) => /time|date/.test(r.data_type))).toBe(false);
		expect(rows.filter((r) => r.column_default).map((r) => [r.column_name, r.column_default])).toEqual([['tallied', 'false']]);
	});

	it('no query in the panel code joins responses to members, invitations or participation', () => {
		const files = ['store.ts', 'seed.ts'].map((f) => fs.readFileSync(new URL(f, import.meta.url), 'utf8'));
		const routes = fs.readdirSync('src/routes', { recursive: true, encoding: 'utf8' }).filter((f) => /panel|\/s\/|\(public\)\/c/.test(f) && /\.ts$/.test(f));
		for (const text of [...files, ...routes.map((f) => fs.readFileSync(`src/routes/${f}`, 'utf8'))]) {
			// Every statement that reads from panel_response: no join, no member/invitation/participation table.
			for (const m of text.matchAll(/\.from\(panelResponse\)[^;]*;/g)) {
				expect(m[0]).not.toMatch(/Join\(|panelMember|panelInvitation|panelParticipation/);
			}
			expect(text).not.toMatch(/Join\(panelResponse/);
			expect(text).not.toMatch(/from\s+panel_response[^;]*join/i);
		}
	});
});
