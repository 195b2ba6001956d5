// Demo data for Assen: the tenant panel of Huurdersraad Hunzedal with members, population
// figures, and the yearly participation survey with 40 anonymous answers, results published.
import crypto from 'node:crypto';
import type { Db, Tx } from '../db';
import { panel, panelMember, panelPopulation, panelResponse, panelSurvey, panelSurveyVersion, panelTally } from '../db/schema';
import { surveySchema } from './survey';
import { templates } from './templates';
import { tallyKeys } from './tally';
import { ageBands } from './profile';
import type { Answers } from './answers';

export function panelDemoId(kind: string, key: string): string {
	const hex = crypto.createHash('sha256').update(`driehoek-demo:${kind}:${key}`).digest('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export const PANEL_DEMO = { panel: panelDemoId('panel', 'hunzedal'), survey: panelDemoId('panelSurvey', 'jaarpeiling2026') };

export async function seedPanelDemo(tx: Db | Tx, ids: { space: string; tenant: string }): Promise<void> {
	await tx.insert(panel).values({ id: PANEL_DEMO.panel, spaceId: ids.space, organisationId: ids.tenant, name: 'Huurderpanel Hunzedal', consentText: 'Ik doe mee aan het huurderpanel van Huurdersraad Hunzedal. Ik krijg ongeveer vier keer per jaar een korte vragenlijst. Mijn antwoorden zijn anoniem. Ik kan altijd stoppen; dan worden mijn gegevens gewist.', threshold: 5, secret: crypto.randomBytes(32).toString('base64url') });
	const names = ['Gerda Hoving', 'Jan Wolters', 'Fatma Yilmaz', 'Roel Bakker', 'Tineke Zwiers', 'Ahmed el Amrani', 'Lies Kuipers', 'Bert Lanting', 'Sandra Mulder', 'Kees Oosting', 'Ans Boer', 'Dirk Hulst'];
	await tx.insert(panelMember).values(
		names.map((name, i) => ({
			id: panelDemoId('panelMember', String(i)),
			panelId: PANEL_DEMO.panel,
			email: i === 11 ? null : `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@huurder.example`,
			name,
			address: i === 11 ? 'Kloosterstraat 12, 9401 AB Assen' : '',
			status: 'active' as const,
			legalBasis: i < 8 ? 'consent' : 'consentOnPaper',
			origin: i < 8 ? 'signup' : 'import',
			municipality: 'GM0106',
			ageBand: ageBands[Math.min(4, Math.floor(i / 2.5))],
			householdType: ['single', 'couple', 'family'][i % 3],
			tenureYears: ['0-2', '3-9', '10-19', '20+'][i % 4],
			confirmedAt: new Date('2026-02-01T10:00:00Z')
		}))
	);
	await tx.insert(panelPopulation).values(
		[
			['18-34', 2400],
			['35-49', 2100],
			['50-64', 2300],
			['65-74', 1500],
			['75+', 1200]
		].map(([g, v]) => ({ panelId: PANEL_DEMO.panel, municipality: 'GM0106', attribute: 'ageBand', groupKey: g as string, value: v as number }))
	);
	const t = templates.yearlyParticipation;
	const survey = surveySchema.parse({ id: PANEL_DEMO.survey, version: 1, title: t.title, intro: t.intro, closing: t.closing, opensAt: '2026-03-01T00:00:00+01:00', closesAt: '2026-03-29T00:00:00+01:00', questions: t.questions });
	await tx.insert(panelSurvey).values({ id: PANEL_DEMO.survey, panelId: PANEL_DEMO.panel, title: survey.title, currentVersion: 1, opensAt: survey.opensAt, closesAt: survey.closesAt, resultsPublic: true });
	await tx.insert(panelSurveyVersion).values({ surveyId: PANEL_DEMO.survey, version: 1, definition: survey });
	const remarks = ['Meer informatie over de huurverhoging graag.', 'Het onderhoud duurt te lang.', 'Goed dat jullie dit vragen!', 'Vaker in de wijk komen.', ''];
	const tallies = new Map<string, number>();
	const rows = Array.from({ length: 40 }, (_, i) => {
		const knows = i % 4 !== 3;
		const answers: Answers = { Q1: knows ? 'ja' : 'nee', Q3: ['huur', 'onderhoud', 'duurzaam', 'buurt'].filter((_, k) => (i + k) % 3 === 0) };
		if (knows) answers.Q2 = 5 + (i % 5);
		if (!(answers.Q3 as string[]).length) delete answers.Q3;
		answers.Q4 = i % 2 ? ['huur', 'onderhoud', 'duurzaam'] : ['onderhoud', 'huur', 'duurzaam'];
		answers.Q5 = [2, 4, 4, 1][i % 4];
		if (remarks[i % 5]) answers.Q6 = remarks[i % 5];
		const source = i % 8 === 7 ? 'paper' : i % 10 === 9 ? 'letter' : 'online';
		for (const [q, a] of tallyKeys(survey, answers, source)) tallies.set(`${q}\u0000${a}`, (tallies.get(`${q}\u0000${a}`) ?? 0) + 1);
		return {
			id: panelDemoId('panelResponse', String(i)),
			surveyId: PANEL_DEMO.survey,
			version: 1,
			source,
			period: `2026-W${10 + (i % 3)}`,
			answers,
			// Counted below, together with the rows.
			tallied: true,
			profile: { municipality: 'GM0106', ageBand: ageBands[i % 7 < 4 ? 3 : i % 7 === 6 ? 0 : 2], householdType: ['single', 'couple'][i % 2] }
		};
	});
	await tx.insert(panelResponse).values(rows);
	await tx.insert(panelTally).values([...tallies].map(([k, count]) => ({ surveyId: PANEL_DEMO.survey, questionKey: k.split('\u0000')[0], answerKey: k.split('\u0000')[1], shard: 0, count })));
}
