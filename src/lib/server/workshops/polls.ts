// Live polls in a workshop: single/multiple choice, short open answers grouped into a word list,
// and ranking (e.g. ranking solutions per problem area, seed 004). Replace on resubmit.
import { z } from 'zod';
import { competitionRanks } from '../panel/results';
import { foldText } from '../panel/text';
import { latestPerParticipant, type Sequenced } from './latest';

export const pollTypes = ['singleChoice', 'multipleChoice', 'openText', 'ranking'] as const;

const option = z.object({
	code: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_]{0,23}$/, 'optionCodeFormat'),
	label: z.string().trim().min(1, 'optionLabelRequired').max(120, 'optionLabelTooLong')
});
const options = z
	.array(option)
	.min(2, 'tooFewOptions')
	.max(20, 'tooManyOptions')
	.refine((os) => new Set(os.map((o) => o.code)).size === os.length, 'duplicateOptionCode');
const base = { id: z.string().min(1, 'required'), question: z.string().trim().min(3, 'questionTextTooShort').max(300, 'questionTextTooLong') };

export const pollSchema = z.discriminatedUnion(
	'type',
	[
		z.object({ ...base, type: z.literal('singleChoice'), options }),
		z.object({ ...base, type: z.literal('multipleChoice'), options }),
		/** Short answers for a word list; default 80 characters. */
		z.object({ ...base, type: z.literal('openText'), maxLength: z.number().int().min(1).max(500).default(80) }),
		z.object({ ...base, type: z.literal('ranking'), options })
	],
	'pollTypeInvalid'
);
export type Poll = z.output<typeof pollSchema>;

export type PollErrorCode = 'answerEmpty' | 'invalidAnswer' | 'optionUnknown' | 'duplicateOption' | 'textTooLong' | 'rankingNotPermutation';
export type PollValue = string | string[];

export function validatePollAnswer(poll: Poll, raw: unknown): { ok: true; value: PollValue } | { ok: false; error: PollErrorCode } {
	if (raw === undefined || raw === null || (typeof raw === 'string' && !raw.trim()) || (Array.isArray(raw) && !raw.length)) {
		return { ok: false, error: 'answerEmpty' };
	}
	const codes = 'options' in poll ? poll.options.map((o) => o.code) : [];
	const isCodes = (v: unknown): v is string[] => Array.isArray(v) && v.every((c) => typeof c === 'string');
	switch (poll.type) {
		case 'singleChoice':
			if (typeof raw !== 'string') return { ok: false, error: 'invalidAnswer' };
			return codes.includes(raw) ? { ok: true, value: raw } : { ok: false, error: 'optionUnknown' };
		case 'multipleChoice':
			if (!isCodes(raw)) return { ok: false, error: 'invalidAnswer' };
			if (new Set(raw).size !== raw.length) return { ok: false, error: 'duplicateOption' };
			return raw.every((c) => codes.includes(c)) ? { ok: true, value: codes.filter((c) => raw.includes(c)) } : { ok: false, error: 'optionUnknown' };
		case 'openText': {
			if (typeof raw !== 'string') return { ok: false, error: 'invalidAnswer' };
			const text = raw.trim().replace(/\s+/g, ' ');
			return text.length > poll.maxLength * 2 || [...text].length > poll.maxLength ? { ok: false, error: 'textTooLong' } : { ok: true, value: text };
		}
		case 'ranking':
			if (!isCodes(raw)) return { ok: false, error: 'invalidAnswer' };
			return raw.length === codes.length && new Set(raw).size === raw.length && raw.every((c) => codes.includes(c))
				? { ok: true, value: [...raw] }
				: { ok: false, error: 'rankingNotPermutation' };
	}
}

/**
 * Grouping key for short open answers: case, diacritics, punctuation and whitespace folded, and a
 * simple Dutch plural merge per word so "Woningen" and "woning", "huurders" and "huurder",
 * "keukens" and "keuken" land together:
 *   1. strip "'s" (auto's) or a final -s after -el/-em/-en/-er/-je (kamers, jongens, huisjes);
 *   2. then strip a final -en from words of 5+ letters, undouble a final consonant
 *      (bussen → bus) and turn a final z/v back into s/f (huizen → huis, brieven → brief).
 * Deliberately simple: vowel changes (straten / straat) are not merged, and some singular words
 * ending in -en (wonen, keuken) lose it; the key is only for grouping, never shown.
 */
export function groupingKey(text: string): string {
	return foldText(text)
		.replace(/[^\p{L}\p{N}' ]+/gu, ' ')
		.split(' ')
		.filter(Boolean)
		.map(stemWord)
		.join(' ');
}

function stemWord(word: string): string {
	let w = word.replace(/'s$/, '').replace(/'/g, '');
	if (/(el|em|en|er|je)s$/.test(w)) w = w.slice(0, -1);
	if (w.length >= 5 && w.endsWith('en')) {
		w = w.slice(0, -2);
		if (/([bcdfgklmnprst])\1$/.test(w)) w = w.slice(0, -1);
		w = w.replace(/z$/, 's').replace(/v$/, 'f');
	}
	return w;
}

export interface PollSubmission extends Sequenced {
	value: unknown;
}

export type PollResult =
	| { type: 'singleChoice' | 'multipleChoice'; participants: number; options: { code: string; label: string; count: number; percent: number }[] }
	| { type: 'openText'; participants: number; groups: { key: string; display: string; count: number; variants: string[] }[] }
	| { type: 'ranking'; participants: number; options: { code: string; label: string; borda: number; averagePosition: number | null; rank: number }[] };

/** Result of one poll: invalid submissions are ignored, then each participant's last answer counts. */
export function aggregatePoll(poll: Poll, submissions: readonly PollSubmission[]): PollResult {
	const valid = submissions.flatMap((s) => {
		const v = validatePollAnswer(poll, s.value);
		return v.ok ? [{ ...s, value: v.value }] : [];
	});
	const answers = latestPerParticipant(valid).map((s) => s.value);
	const participants = answers.length;
	switch (poll.type) {
		case 'singleChoice':
		case 'multipleChoice':
			return {
				type: poll.type,
				participants,
				options: poll.options.map((o) => {
					const count = answers.filter((a) => (Array.isArray(a) ? a.includes(o.code) : a === o.code)).length;
					return { code: o.code, label: o.label, count, percent: participants ? (count / participants) * 100 : 0 };
				})
			};
		case 'openText': {
			const groups = new Map<string, string[]>();
			for (const a of answers as string[]) {
				const key = groupingKey(a);
				groups.set(key, [...(groups.get(key) ?? []), a]);
			}
			return {
				type: 'openText',
				participants,
				groups: [...groups]
					.map(([key, texts]) => ({ key, display: mostFrequent(texts), count: texts.length, variants: [...new Set(texts)] }))
					.sort((a, b) => b.count - a.count || a.display.localeCompare(b.display, 'nl'))
			};
		}
		case 'ranking': {
			const k = poll.options.length;
			const positionSums = poll.options.map((o) => (answers as string[][]).reduce((t, a) => t + a.indexOf(o.code) + 1, 0));
			const borda = positionSums.map((p) => participants * k - p);
			const ranks = competitionRanks(borda);
			return {
				type: 'ranking',
				participants,
				options: poll.options
					.map((o, i) => ({ code: o.code, label: o.label, borda: borda[i], averagePosition: participants ? positionSums[i] / participants : null, rank: ranks[i] }))
					.sort((a, b) => a.rank - b.rank)
			};
		}
	}
}

/** The most common spelling shown for a group; ties: the first one given. */
function mostFrequent(texts: string[]): string {
	const counts = new Map<string, number>();
	for (const t of texts) counts.set(t, (counts.get(t) ?? 0) + 1);
	let best = texts[0];
	for (const [t, n] of counts) if (n > counts.get(best)!) best = t;
	return best;
}
