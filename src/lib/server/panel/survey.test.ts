import { describe, expect, it } from 'vitest';
import { isTypoFix, meaningChanged, type Question, type QuestionInput, questionSchema, surveyIsOpen, surveySchema } from './survey';
import { survey, surveyInput } from './test-fixtures';

const issues = (input: unknown) =>
	(surveySchema.safeParse(input).error?.issues ?? []).map((i) => `${i.path.join('.')}:${i.message}`);
const withQuestions = (questions: unknown[]) => ({ ...surveyInput, questions });
const q = (input: QuestionInput): Question => questionSchema.parse(input);
const choice = (id: string, codes = ['a', 'b']) => ({ id, type: 'singleChoice', text: 'Een vraag?', options: codes.map((c) => ({ code: c, label: `Optie ${c}` })) });

describe('survey definition', () => {
	it('accepts the fixture and fills defaults', () => {
		expect(survey.questions).toHaveLength(7);
		const open = survey.questions.find((x) => x.id === 'Q2');
		expect(open?.type === 'openText' && open.maxLength).toBe(2000);
		expect(survey.questions[0].revision).toBe(1);
		expect(survey.opensAt).toBeInstanceOf(Date);
	});

	it.each([
		['no questions', withQuestions([]), 'questions:noQuestions'],
		['duplicate question id', withQuestions([choice('Q1'), choice('Q1')]), 'questions.1.id:duplicateQuestionId'],
		['duplicate option code', withQuestions([choice('Q1', ['a', 'a'])]), 'questions.0.options.1.code:duplicateOptionCode'],
		['one option', withQuestions([choice('Q1', ['a'])]), 'questions.0.options:tooFewOptions'],
		['bad question id', withQuestions([choice('1 vraag')]), 'questions.0.id:questionIdFormat'],
		['bad option code', withQuestions([choice('Q1', ['a b', 'c'])]), 'questions.0.options.0.code:optionCodeFormat'],
		['unknown type', withQuestions([{ ...choice('Q1'), type: 'slider' }]), 'questions.0.type:questionTypeInvalid'],
		['7-point scale', withQuestions([{ id: 'Q1', type: 'scale', text: 'Cijfer?', scaleMax: 7, lowLabel: 'a', highLabel: 'b' }]), 'questions.0.scaleMax:scaleRangeInvalid'],
		['scale without labels', withQuestions([{ id: 'Q1', type: 'scale', text: 'Cijfer?', scaleMax: 5, lowLabel: '', highLabel: 'b' }]), 'questions.0.lowLabel:scaleLabelRequired'],
		['min above max', withQuestions([{ id: 'Q1', type: 'number', text: 'Aantal?', min: 10, max: 1 }]), 'questions.0.max:minAboveMax'],
		['open limit above ceiling', withQuestions([{ id: 'Q1', type: 'openText', text: 'Toelichting?', maxLength: 100_000 }]), 'questions.0.maxLength:maxLengthTooLarge'],
		['closes before it opens', { ...surveyInput, closesAt: '2026-10-01' }, 'closesAt:closesBeforeOpens'],
		['invalid date', { ...surveyInput, opensAt: 'morgen' }, 'opensAt:dateInvalid'],
		['empty title', { ...surveyInput, title: ' ' }, 'title:titleTooShort']
	])('refuses %s', (_name, input, expected) => {
		expect(issues(input)).toContain(expected);
	});

	it.each([
		['a later question', [{ ...choice('Q1'), showIf: [{ questionId: 'Q2', operator: 'equals', value: 'a' }] }, choice('Q2')], 'conditionNotEarlier'],
		['itself', [{ ...choice('Q1'), showIf: [{ questionId: 'Q1', operator: 'equals', value: 'a' }] }], 'conditionSelfReference'],
		['an unknown question', [choice('Q1'), { ...choice('Q2'), showIf: [{ questionId: 'Q9', operator: 'equals', value: 'a' }] }], 'conditionNotEarlier'],
		['an option not in the question', [choice('Q1'), { ...choice('Q2'), showIf: [{ questionId: 'Q1', operator: 'equals', value: 'z' }] }], 'conditionValueInvalid'],
		['gte on a choice', [choice('Q1'), { ...choice('Q2'), showIf: [{ questionId: 'Q1', operator: 'gte', value: 2 }] }], 'conditionOperatorInvalid'],
		['includes on a scale', [{ id: 'Q1', type: 'scale', text: 'Cijfer?', scaleMax: 5, lowLabel: 'a', highLabel: 'b' }, { ...choice('Q2'), showIf: [{ questionId: 'Q1', operator: 'includes', value: 'a' }] }], 'conditionOperatorInvalid'],
		['a text value on a number', [{ id: 'Q1', type: 'number', text: 'Aantal?' }, { ...choice('Q2'), showIf: [{ questionId: 'Q1', operator: 'gte', value: 'veel' }] }], 'conditionValueInvalid'],
		['an open question', [{ id: 'Q1', type: 'openText', text: 'Toelichting?' }, { ...choice('Q2'), showIf: [{ questionId: 'Q1', operator: 'equals', value: 'ja' }] }], 'conditionOperatorInvalid'],
		['an unknown operator', [choice('Q1'), { ...choice('Q2'), showIf: [{ questionId: 'Q1', operator: 'startsWith', value: 'a' }] }], 'conditionOperatorInvalid']
	])('refuses a condition on %s', (_name, questions, key) => {
		expect(issues(withQuestions(questions)).some((i) => i.endsWith(`:${key}`))).toBe(true);
	});

	it('accepts conditions on earlier questions with fitting operators', () => {
		const questions = [
			choice('Q1'),
			{ id: 'Q2', type: 'number', text: 'Aantal?' },
			{ ...choice('Q3'), showIf: [{ questionId: 'Q1', operator: 'notEquals', value: 'a' }, { questionId: 'Q2', operator: 'lte', value: 3 }] }
		];
		expect(issues(withQuestions(questions))).toEqual([]);
	});

	it('is open from opensAt until (not including) closesAt', () => {
		expect(surveyIsOpen(survey, new Date('2026-10-31T22:59:59Z'))).toBe(false);
		expect(surveyIsOpen(survey, new Date('2026-10-31T23:00:00Z'))).toBe(true);
		expect(surveyIsOpen(survey, new Date('2026-11-30T23:00:00Z'))).toBe(false);
	});
});

describe('meaning changes', () => {
	const base = q({ id: 'Q1', type: 'singleChoice', text: 'Hoe tevreden bent u over uw woning?', options: [{ code: 'a', label: 'Tevreden' }, { code: 'b', label: 'Ontevreden' }] });
	const edit = (patch: Partial<QuestionInput>) => q({ ...base, ...patch } as QuestionInput);

	it.each([
		['a typo fix in the text', edit({ text: 'Hoe tevreden bent u over uw wonnig?' }), []],
		['case and spacing only', edit({ text: 'hoe  tevreden bent u over uw woning?' }), []],
		['a typo in an option label', edit({ options: [{ code: 'a', label: 'Tevreeden' }, { code: 'b', label: 'Ontevreden' }] }), []],
		['options reordered', edit({ options: [{ code: 'b', label: 'Ontevreden' }, { code: 'a', label: 'Tevreden' }] }), []],
		['required and help changed', edit({ required: true, help: 'Kies er één' }), []],
		['a rewritten text', edit({ text: 'Hoe vindt u het onderhoud van uw woning?' }), ['textChanged']],
		['a negation added', edit({ text: 'Hoe tevreden bent u niet over uw woning?' }), ['textChanged']],
		['an option added', edit({ options: [{ code: 'a', label: 'Tevreden' }, { code: 'b', label: 'Ontevreden' }, { code: 'c', label: 'Weet niet' }] }), ['optionsChanged']],
		['an option code replaced', edit({ options: [{ code: 'a', label: 'Tevreden' }, { code: 'x', label: 'Ontevreden' }] }), ['optionsChanged']],
		['an option label with another meaning', edit({ options: [{ code: 'a', label: 'Zeer tevreden' }, { code: 'b', label: 'Ontevreden' }] }), ['optionLabelChanged']],
		['a condition added', edit({ showIf: [{ questionId: 'Q0', operator: 'equals', value: 'a' }] }), ['conditionsChanged']]
	])('%s', (_name, next, reasons) => {
		expect(meaningChanged(base, next).reasons).toEqual(reasons);
		expect(meaningChanged(base, next).changed).toBe(reasons.length > 0);
	});

	it('flags type, scale range and number range changes', () => {
		const scale5 = q({ id: 'Q1', type: 'scale', text: 'Cijfer voor de buurt', scaleMax: 5, lowLabel: 'Slecht', highLabel: 'Goed' });
		const scale10 = q({ ...scale5, scaleMax: 10 } as QuestionInput);
		expect(meaningChanged(scale5, scale10).reasons).toEqual(['scaleChanged']);
		expect(meaningChanged(base, scale5).reasons).toContain('typeChanged');
		const n1 = q({ id: 'Q1', type: 'number', text: 'Hoeveel jaar?', min: 0, max: 50 });
		expect(meaningChanged(n1, q({ ...n1, max: 80 } as QuestionInput)).reasons).toEqual(['rangeChanged']);
		expect(meaningChanged(n1, q({ ...n1, id: 'Q9' } as QuestionInput)).reasons).toEqual(['differentQuestion']);
	});

	it.each([
		['Woont u hier langer dan 5 jaar?', 'Woont u hier langer dan 10 jaar?', false],
		['Heeft u een auto?', 'Heeft u geen auto?', false],
		['Bent u tevreden over de schoonmaak van het trappenhuis?', 'Bent u tevreden over de schoonmaak van het trapenhuis?', true],
		['Wat vindt u van de buurt?', 'Wat vindt u van de búúrt?', true]
	])('isTypoFix(%j, %j) = %s', (a, b, expected) => {
		expect(isTypoFix(a, b)).toBe(expected);
	});
});
