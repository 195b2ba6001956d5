import { describe, expect, it } from 'vitest';
import { aggregatePoll, groupingKey, pollSchema, type PollSubmission, validatePollAnswer } from './polls';

const options = [
	{ code: 'a', label: 'Meer groen' },
	{ code: 'b', label: 'Betere verlichting' },
	{ code: 'c', label: 'Buurtconciërge' }
];
const single = pollSchema.parse({ id: 'p1', type: 'singleChoice', question: 'Wat eerst?', options });
const multiple = pollSchema.parse({ id: 'p2', type: 'multipleChoice', question: 'Wat ook?', options });
const open = pollSchema.parse({ id: 'p3', type: 'openText', question: 'Eén woord voor uw buurt?' });
const ranking = pollSchema.parse({ id: 'p4', type: 'ranking', question: 'Zet in volgorde', options });
const sub = (participantId: string, value: unknown, sequence = 1): PollSubmission => ({ participantId, value, sequence });

describe('poll definitions', () => {
	it.each([
		[{ id: 'x', type: 'singleChoice', question: 'Wat?', options: [options[0]] }, 'tooFewOptions'],
		[{ id: 'x', type: 'singleChoice', question: 'Wat?', options: [options[0], options[0]] }, 'duplicateOptionCode'],
		[{ id: 'x', type: 'wordcloud', question: 'Wat?' }, 'pollTypeInvalid']
	])('refuses %j with %s', (input, key) => {
		expect(pollSchema.safeParse(input).error?.issues.map((i) => i.message)).toContain(key);
	});
});

describe('poll answers', () => {
	it.each([
		[single, 'z', 'optionUnknown'],
		[single, ['a'], 'invalidAnswer'],
		[single, '', 'answerEmpty'],
		[multiple, ['a', 'a'], 'duplicateOption'],
		[multiple, ['a', 'q'], 'optionUnknown'],
		[open, 'x'.repeat(81), 'textTooLong'],
		[open, 'x'.repeat(100_000), 'textTooLong'],
		[open, 42, 'invalidAnswer'],
		[ranking, ['a', 'b'], 'rankingNotPermutation'],
		[ranking, ['a', 'a', 'b'], 'rankingNotPermutation'],
		[ranking, null, 'answerEmpty']
	])('%#: refuses %j', (poll, value, error) => {
		expect(validatePollAnswer(poll, value)).toEqual({ ok: false, error });
	});

	it('cleans valid answers', () => {
		expect(validatePollAnswer(multiple, ['c', 'a'])).toEqual({ ok: true, value: ['a', 'c'] });
		expect(validatePollAnswer(open, '  veel   groen ')).toEqual({ ok: true, value: 'veel groen' });
	});
});

describe('grouping open answers', () => {
	it.each([
		['Woningen', 'woning'],
		['huurders', 'huurder'],
		['Keukens', 'keuken'],
		['huizen', 'huis'],
		['bussen', 'bus'],
		["auto's", 'auto'],
		['Café!', 'cafe'],
		['  Veel   GROEN ', 'veel groen'],
		['brieven', 'brief'],
		['Speeltuinen', 'speeltuin'],
		['tafels', 'tafel']
	])('%j groups with %j', (a, b) => {
		expect(groupingKey(a)).toBe(groupingKey(b));
	});

	it('keeps different words apart', () => {
		expect(groupingKey('groen')).not.toBe(groupingKey('grond'));
		expect(groupingKey('bus')).not.toBe(groupingKey('huis'));
	});
});

describe('poll results', () => {
	it('counts choices with replace-on-resubmit', () => {
		const r = aggregatePoll(single, [sub('p1', 'a', 1), sub('p2', 'b'), sub('p1', 'c', 2), sub('p3', 'zz')]);
		expect(r.type === 'singleChoice' && r.participants).toBe(2);
		expect(r.type === 'singleChoice' && r.options.map((o) => [o.code, o.count, o.percent])).toEqual([
			['a', 0, 0],
			['b', 1, 50],
			['c', 1, 50]
		]);
	});

	it('counts multiple choice as a share of participants', () => {
		const r = aggregatePoll(multiple, [sub('p1', ['a', 'b']), sub('p2', ['a'])]);
		expect(r.type === 'multipleChoice' && r.options.map((o) => o.percent)).toEqual([100, 50, 0]);
	});

	it('groups open answers and shows the most common spelling', () => {
		const r = aggregatePoll(open, [sub('p1', 'Woningen'), sub('p2', 'woning'), sub('p3', 'woningen'), sub('p4', 'Woningen'), sub('p5', 'Groen'), sub('p6', 'groen ')]);
		if (r.type !== 'openText') throw new Error('open expected');
		expect(r.groups.map((g) => [g.display, g.count])).toEqual([
			['Woningen', 4],
			['Groen', 2]
		]);
		expect(r.groups[0].variants).toEqual(['Woningen', 'woning', 'woningen']);
	});

	it('ranks by Borda count with average positions, last answer per participant', () => {
		const r = aggregatePoll(ranking, [sub('p1', ['a', 'b', 'c'], 1), sub('p1', ['c', 'a', 'b'], 2), sub('p2', ['a', 'c', 'b']), sub('p3', ['b', 'a', 'c'])]);
		if (r.type !== 'ranking') throw new Error('ranking expected');
		// a: 2+1+2... positions 2,1,2 → borda (3-2)+(3-1)+(3-2)=4; c: 1,2,3 → 2+1+0=3; b: 3,3,1 → 0+0+2=2
		expect(r.options.map((o) => [o.code, o.borda, o.rank])).toEqual([
			['a', 4, 1],
			['c', 3, 2],
			['b', 2, 3]
		]);
		expect(r.options[0].averagePosition).toBeCloseTo(5 / 3);
		expect(r.participants).toBe(3);
	});
});
