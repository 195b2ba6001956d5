// Test fixtures (not used by app code): a small panel survey and a seeded random source.
import type { RandomSource } from './letterCodes';
import { type SurveyInput, surveySchema } from './survey';

export const surveyInput: SurveyInput = {
	id: 'srv-2026-4',
	version: 1,
	title: 'Wonen in uw buurt',
	intro: 'Fijn dat u meedoet.',
	closing: 'Dank u wel!',
	opensAt: '2026-11-01T00:00:00+01:00',
	closesAt: '2026-12-01T00:00:00+01:00',
	questions: [
		{
			id: 'Q1',
			type: 'singleChoice',
			text: 'Hoe tevreden bent u met uw woning?',
			required: true,
			options: [
				{ code: 'a', label: 'Tevreden' },
				{ code: 'b', label: 'Neutraal' },
				{ code: 'c', label: 'Ontevreden' }
			]
		},
		{ id: 'Q2', type: 'openText', text: 'Waarom bent u ontevreden?', required: true, showIf: [{ questionId: 'Q1', operator: 'equals', value: 'c' }] },
		{
			id: 'Q3',
			type: 'multipleChoice',
			text: 'Welke onderwerpen vindt u belangrijk?',
			options: [
				{ code: 'a', label: 'Huurprijs' },
				{ code: 'b', label: 'Onderhoud' },
				{ code: 'c', label: 'Veiligheid' }
			]
		},
		{ id: 'Q4', type: 'scale', text: 'Cijfer voor uw buurt', scaleMax: 10, lowLabel: 'Slecht', highLabel: 'Uitstekend' },
		{ id: 'Q5', type: 'number', text: 'Hoeveel jaar woont u hier?', min: 0, max: 80, integer: true },
		{
			id: 'Q6',
			type: 'ranking',
			text: 'Zet in volgorde van belang',
			options: [
				{ code: 'x', label: 'Groen' },
				{ code: 'y', label: 'Parkeren' },
				{ code: 'z', label: 'Speelplek' }
			]
		},
		{ id: 'Q7', type: 'openText', text: 'Wat wilt u nog kwijt over de buurt?', showIf: [{ questionId: 'Q3', operator: 'includes', value: 'c' }] }
	]
};

export const survey = surveySchema.parse(surveyInput);
export const during = new Date('2026-11-15T10:00:00Z');

/** Deterministic random source (mulberry32) for tests. */
export function seeded(seed: number): RandomSource {
	let a = seed >>> 0;
	return (max) => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * max);
	};
}
