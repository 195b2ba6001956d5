// Survey templates to start from. Question texts are Dutch (the panel's language, B1).
import type { QuestionInput } from './survey';

export const templateIds = ['blank', 'yearlyParticipation', 'neighbourhood'] as const;
export type TemplateId = (typeof templateIds)[number];

const yes = [
	{ code: 'ja', label: 'Ja' },
	{ code: 'nee', label: 'Nee' }
];

export const templates: Record<TemplateId, { title: string; intro: string; closing: string; questions: QuestionInput[] }> = {
	blank: {
		title: 'Nieuwe peiling',
		intro: '',
		closing: 'Dank u wel voor uw antwoorden.',
		questions: [{ id: 'Q1', type: 'scale', text: 'Hoe tevreden bent u over uw woning?', scaleMax: 5, lowLabel: 'Heel ontevreden', highLabel: 'Heel tevreden', required: true }]
	},
	// The yearly participation survey (jaarlijkse participatiepeiling) of a tenant organisation.
	yearlyParticipation: {
		title: 'Jaarlijkse participatiepeiling',
		intro: 'Wij willen weten hoe u vindt dat wij uw belangen behartigen. Het invullen duurt ongeveer 5 minuten. Uw antwoorden zijn anoniem.',
		closing: 'Dank u wel! De uitkomsten delen wij binnen twee maanden met alle panelleden.',
		questions: [
			{ id: 'Q1', type: 'singleChoice', text: 'Kent u de huurdersorganisatie?', required: true, options: yes },
			{ id: 'Q2', type: 'scale', text: 'Welk cijfer geeft u de huurdersorganisatie?', scaleMax: 10, lowLabel: 'Heel slecht', highLabel: 'Uitstekend', showIf: [{ questionId: 'Q1', operator: 'equals', value: 'ja' }] },
			{
				id: 'Q3',
				type: 'multipleChoice',
				text: 'Over welke onderwerpen wilt u meepraten?',
				options: [
					{ code: 'huur', label: 'Huurprijs' },
					{ code: 'onderhoud', label: 'Onderhoud' },
					{ code: 'duurzaam', label: 'Verduurzaming' },
					{ code: 'buurt', label: 'Leefbaarheid in de buurt' }
				]
			},
			{
				id: 'Q4',
				type: 'ranking',
				text: 'Zet deze onderwerpen in volgorde van belang voor u',
				options: [
					{ code: 'huur', label: 'Huurprijs' },
					{ code: 'onderhoud', label: 'Onderhoud' },
					{ code: 'duurzaam', label: 'Verduurzaming' }
				]
			},
			{ id: 'Q5', type: 'number', text: 'Hoeveel keer per jaar wilt u een peiling krijgen?', min: 0, max: 12, integer: true },
			{ id: 'Q6', type: 'openText', text: 'Wat kunnen wij beter doen?' }
		]
	},
	neighbourhood: {
		title: 'Wonen in uw buurt',
		intro: 'Hoe is het wonen in uw buurt? Uw antwoorden zijn anoniem.',
		closing: 'Dank u wel voor uw antwoorden.',
		questions: [
			{ id: 'Q1', type: 'scale', text: 'Welk cijfer geeft u uw buurt?', scaleMax: 10, lowLabel: 'Heel slecht', highLabel: 'Uitstekend', required: true },
			{ id: 'Q2', type: 'singleChoice', text: 'Voelt u zich veilig in uw buurt?', options: yes },
			{ id: 'Q3', type: 'openText', text: 'Wat maakt u onveilig?', showIf: [{ questionId: 'Q2', operator: 'equals', value: 'nee' }] }
		]
	}
};
