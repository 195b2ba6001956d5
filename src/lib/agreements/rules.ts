/**
 * Quality rules for performance agreements (prestatieafspraken) in Driehoek.
 *
 * Pure functions only: no I/O and no clock. The cycle year and all dates are
 * parameters.
 *
 * What is here:
 * - `checkSmart`: a SMART check of one agreement (Specific, Measurable, Assigned,
 *   Time-bound). It reads the Dutch text with simple word rules, not with a
 *   language model, so it gives hints, not verdicts. The score counts the letters
 *   without an error; warnings do not cost a point.
 * - `reciprocity`: does one kind of party carry (almost) all commitments?
 * - `scoreByTheme`: the average SMART score per theme.
 * - `trafficLight`: monitoring colour from a measured value against the straight
 *   line from baseline to target.
 *
 * Finding codes are stable message keys; the UI shows `findingMessages` (or
 * `formatFinding`). Messages may contain the placeholders {match}, {percentage}
 * and {kind}.
 */

// ---------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------

export type PartyKind = 'municipality' | 'corporation' | 'tenantOrganisation' | 'residentsCommittee';

export const PARTY_KINDS: readonly PartyKind[] = [
	'municipality',
	'corporation',
	'tenantOrganisation',
	'residentsCommittee'
];

/** The usual themes, in the order the UI shows them. Other themes are allowed. */
export const THEMES = [
	'betaalbaarheid',
	'beschikbaarheid',
	'doelgroepen',
	'wonenZorg',
	'duurzaamheid',
	'leefbaarheid',
	'huurdersparticipatie'
] as const;

export interface AgreementInput {
	theme: string;
	text: string;
	committingParties: { orgId: string; kind: PartyKind }[];
	ownerName?: string | null;
	indicator?: string | null;
	unit?: string | null;
	baseline?: number | null;
	baselineYear?: number | null;
	targets: { year: number; value: number }[];
	/** ISO date, 'YYYY-MM-DD' (a time part is ignored). */
	deadline?: string | null;
	/** The year the agreements are made for. */
	cycleYear: number;
}

export const SMART_CRITERIA = ['specific', 'measurable', 'assigned', 'timeBound'] as const;
export type Criterion = (typeof SMART_CRITERIA)[number];
export type Severity = 'error' | 'warning';

export type FindingCode =
	// Specific
	| 'textEmpty'
	| 'textTooShort'
	| 'vagueCommitment'
	| 'vagueAction'
	| 'researchWithoutResult'
	// Measurable
	| 'notMeasurable'
	| 'targetWithoutUnit'
	| 'targetInvalid'
	| 'targetWithoutIndicator'
	| 'indicatorWithoutTarget'
	| 'indicatorWithoutBaseline'
	| 'baselineWithoutYear'
	// Assigned
	| 'noCommittingParty'
	| 'noOwner'
	// Time-bound
	| 'notTimeBound'
	| 'timeImplicit'
	| 'deadlineInvalid'
	| 'deadlineBeforeCycleYear'
	| 'baselineInFuture'
	| 'targetBeforeCycleYear';

export type SetFindingCode = 'reciprocityLow' | 'municipalityCommitsNothing' | 'tenantsCommitNothing';

export interface Finding {
	criterion: Criterion;
	severity: Severity;
	code: FindingCode;
	/** The words in the text (or the value) the finding is about. */
	match?: string;
}

export interface SmartResult {
	findings: Finding[];
	/** 0..4: one point per SMART letter without an error. */
	score: number;
	passed: Record<Criterion, boolean>;
}

// ---------------------------------------------------------------------------
// Text helpers
// ---------------------------------------------------------------------------

/**
 * Wraps a pattern so it only matches whole words. JavaScript's \b is ASCII-only,
 * so it would split "vóór" or "tweeëntwintig"; Unicode lookarounds do not.
 * A hyphen before the match also blocks it, so "WoON-onderzoek" is not "onderzoek".
 */
function wordRegex(source: string): RegExp {
	return new RegExp(String.raw`(?<![\p{L}\p{N}-])(?:${source})(?![\p{L}\p{N}])`, 'giu');
}

function normalise(text: string): string {
	// NFC so "é" typed as e + accent matches; odd spaces (as in "€ 1,5" or "90 %") become plain.
	return text.normalize('NFC').replace(/[\u00a0\u2007\u2009\u202f]/g, ' ');
}

function isBlank(value: string | null | undefined): boolean {
	return value == null || value.trim() === '';
}

const YEAR = String.raw`(?:19|20)\d{2}`;
const MONTH_FULL = String.raw`(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)`;
const MONTH = String.raw`(?:${MONTH_FULL}|jan|feb|mrt|apr|jun|jul|aug|sept?|okt|nov|dec)\.?`;
const ORDINAL_QUARTER = String.raw`(?:eerste|tweede|derde|vierde)\s+kwartaal`;

/** Date-like phrases; their digits are not quantities. */
const DATE_PATTERNS: { regex: RegExp; dayPrecise: boolean }[] = [
	{ regex: wordRegex(String.raw`\d{1,2}\s+${MONTH}(?:\s+${YEAR})?`), dayPrecise: true },
	{ regex: wordRegex(String.raw`${YEAR}-\d{1,2}-\d{1,2}`), dayPrecise: true },
	{ regex: wordRegex(String.raw`\d{1,2}[-/.]\d{1,2}[-/.](?:${YEAR}|\d{2})`), dayPrecise: true },
	{ regex: wordRegex(String.raw`${MONTH_FULL}\s+${YEAR}`), dayPrecise: false },
	{ regex: wordRegex(String.raw`[Qq][1-4](?:\s+${YEAR})?`), dayPrecise: false },
	{ regex: wordRegex(String.raw`${ORDINAL_QUARTER}(?:\s+(?:van\s+)?${YEAR})?`), dayPrecise: false }
];

/** Digits that name a thing rather than an amount: CO2, 65-plussers, 18-jarigen, fase 2, m2, 3e. */
const NON_QUANTITY_DIGITS = wordRegex(
	String.raw`co2|co₂|k?m[23]|\d+\s*-?\s*plussers?|\d+\+|\d+-?jarigen?|\d+(?:e|ste|de)|(?:fase|artikel|lid|stap|bijlage|hoofdstuk|paragraaf|nummer|nr\.?)\s+\d+`
);

// A year-like number is an amount only when a counted noun follows ("2000 woningen").
const COUNT_NOUN =
	/(?:woningen|huizen|eenheden|huishoudens|huurders|bewoners|personen|mensen|plaatsen|kamers|appartementen|panelen|labels|euro|studenten|ouderen|jongeren|senioren|statushouders|woningzoekenden|woningzoekers|adressen|gezinnen|locaties|kavels|units|deelnemers|aanvragen|gesprekken|keer|maal|procent)$/iu;

// Dutch cardinal number words up to the millions, written as one word as Dutch does
// ("vijfentwintig", "tweehonderdvijftig"). "een" alone is the article, so it is left out.
const U = '(?:een|één|eén|twee|drie|vier|vijf|zes|zeven|acht|negen)';
const T = '(?:tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien)';
const D = '(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)';
const B100 = `(?:${U}(?:en|ën)${D}|${D}|${T}|${U})`;
const B1000 = `(?:(?:${U}|${T})?honderd(?:(?:en)?${B100})?|${B100})`;
const B1E6 = `(?:(?:${B1000})?duizend(?:(?:en)?${B1000})?|${B1000})`;
const NUMBER_WORD = new RegExp(`^(?:nul|${B1E6}|miljoen|miljard)$`, 'u');
const FRACTION_WORD = /^(?:helft|kwart|verdubbel(?:en|t|d)?|halveren|halveert|halveer|gehalveerd)$/u;
const ZERO_PHRASE = wordRegex(String.raw`geen\s+enkele?`);

/** True for one Dutch word that is a number: "twee", "honderd", "vijfentwintig". Not "een", not "alle". */
export function isDutchNumberWord(word: string): boolean {
	const w = word.normalize('NFC').toLowerCase();
	if (w === 'een') return false;
	return NUMBER_WORD.test(w) || FRACTION_WORD.test(w);
}

const IMPLICIT_TIME = wordRegex(
	String.raw`${MONTH_FULL}|jaarlijkse?|(?:elk|ieder|dit|komend|volgend|per|elke|iedere)\s+(?:jaar|kwartaal|maand|half\s?jaar)|maandelijkse?|[Qq][1-4]|${ORDINAL_QUARTER}`
);

// "vóór 1 juli 2027", "uiterlijk eind 2026": a moment by which something is done.
const DEADLINE_PHRASE = wordRegex(
	String.raw`(?:vóór|voor|uiterlijk(?:\s+op)?|eind|einde|medio|per|begin)\s+(?:(?:eind|begin)\s+)?(?:\d{1,2}\s+)?(?:${MONTH_FULL}\s+)?${YEAR}`
);

// A decision, report or other deliverable that makes research or "in overleg" concrete.
const RESULT_CLAUSE = wordRegex(
	[
		String.raw`besluit(?:en|vorming)?|beslist|beslissen|bepaalt|bepalen`,
		String.raw`rapporteert|rapporteren|rapportage|rapport|adviseert|advies|voorstel|plan\s+van\s+aanpak|uitkomsten?`,
		String.raw`presenteert|presenteren`,
		String.raw`leg(?:t|gen)\s+(?:[\p{L}\p{N}-]+\s+){0,8}?voor`,
		String.raw`stel(?:t|len)\s+(?:[\p{L}\p{N}-]+\s+){0,8}?vast`,
		String.raw`lever(?:t|en)\s+(?:[\p{L}\p{N}-]+\s+){0,8}?op`
	].join('|')
);

export type VagueGroup = 'vagueCommitment' | 'vagueAction' | 'researchWithoutResult';

/**
 * Vague phrases, by how they hurt:
 * - vagueCommitment: makes the promise conditional or an effort only. Even in an
 *   otherwise concrete sentence it stays a warning.
 * - vagueAction: an activity without a result. Fine when the sentence also says
 *   what comes out of it, and when.
 * - researchWithoutResult: study only. Fine when a decision, report or deadline follows.
 */
const VAGUE_PATTERNS: { group: VagueGroup; regex: RegExp }[] = [
	// streven naar, streeft ernaar, het streven
	{ group: 'vagueCommitment', regex: wordRegex(String.raw`(?:stre(?:ven|eft|ef|efde|efden)|gestreefd)(?:\s+(?:er)?naar)?`) },
	// zet zich (actief) in voor, zetten zich in
	{ group: 'vagueCommitment', regex: wordRegex(String.raw`zet(?:ten|te)?\s+zich(?:\s+[\p{L}-]+){0,4}?\s+in(?:\s+(?:voor|op))?`) },
	// zet (stevig) in op
	{ group: 'vagueCommitment', regex: wordRegex(String.raw`zet(?:ten|te)?(?:\s+[\p{L}-]+){0,2}?\s+in\s+op`) },
	{ group: 'vagueCommitment', regex: wordRegex(String.raw`(?:zich\s+)?inzetten(?:\s+(?:voor|op))?|ingezet\s+(?:voor|op)`) },
	{ group: 'vagueCommitment', regex: wordRegex(String.raw`(?:waar|indien|zo|voor\s+zover)\s+(?:dat\s+)?(?:mogelijk|nodig)`) },
	{ group: 'vagueCommitment', regex: wordRegex(String.raw`zo\s*(?:veel|min|snel|spoedig|goed)\s+mogelijk`) },
	{ group: 'vagueCommitment', regex: wordRegex(String.raw`proberen|probeert|probeer|probeerde|probeerden|geprobeerd|pogen|poogt`) },
	{ group: 'vagueAction', regex: wordRegex(String.raw`bevorderen|bevordert|bevorderd|bevordering`) },
	{ group: 'vagueAction', regex: wordRegex(String.raw`stimuleren|stimuleert|stimuleerde|stimuleerden|gestimuleerd|stimulering`) },
	{ group: 'vagueAction', regex: wordRegex(String.raw`faciliteren|faciliteert|gefaciliteerd`) },
	{ group: 'vagueAction', regex: wordRegex(String.raw`aandacht\s+(?:(?:hebben|houden|besteden|geven|schenken)\s+)?(?:voor|aan)`) },
	{
		group: 'vagueAction',
		regex: wordRegex(String.raw`(?:heeft|hebben|houdt|houden|besteedt|besteden|geeft|geven|schenkt|schenken)\s+(?:[\p{L}-]+\s+){0,2}?aandacht(?:\s+(?:voor|aan))?`)
	},
	{ group: 'vagueAction', regex: wordRegex(String.raw`in\s+(?:overleg|samenspraak)`) },
	{ group: 'researchWithoutResult', regex: wordRegex(String.raw`(?:de\s+)?mogelijkhe(?:id|den)\s+(?:te\s+)?verkennen|verken(?:t|nen)\s+(?:de\s+)?mogelijkhe(?:id|den)`) },
	{ group: 'researchWithoutResult', regex: wordRegex(String.raw`onderzoek(?:en|t)?(?:\s+naar)?|onderzocht`) },
	{ group: 'researchWithoutResult', regex: wordRegex(String.raw`verkennen|verkent|verkend|verkenning`) },
	{ group: 'researchWithoutResult', regex: wordRegex(String.raw`bekijken|bekijkt|bekeken`) },
	{ group: 'researchWithoutResult', regex: wordRegex(String.raw`nagaan|nagegaan|(?:gaat|gaan)\s+na\s+(?:of|welke|hoe|wat|waar)`) },
	{ group: 'researchWithoutResult', regex: wordRegex(String.raw`kijk(?:t|en)\s+(?:of|naar\s+de\s+mogelijkhe(?:id|den))`) }
];

export interface VagueMatch {
	group: VagueGroup;
	/** The words as written in the text. */
	match: string;
	index: number;
}

/** All vague phrases in a text, longest first where they overlap, in text order. */
export function detectVaguePhrases(text: string): VagueMatch[] {
	const s = normalise(text);
	const all: VagueMatch[] = [];
	for (const { group, regex } of VAGUE_PATTERNS) {
		for (const m of s.matchAll(regex)) all.push({ group, match: m[0], index: m.index });
	}
	// Keep the longest of overlapping matches ("verkent de mogelijkheden" over "verkent").
	all.sort((a, b) => b.match.length - a.match.length || a.index - b.index);
	const kept: VagueMatch[] = [];
	for (const m of all) {
		const end = m.index + m.match.length;
		if (!kept.some((k) => m.index < k.index + k.match.length && k.index < end)) kept.push(m);
	}
	return kept.sort((a, b) => a.index - b.index);
}

interface TextFacts {
	wordCount: number;
	quantities: string[];
	years: number[];
	/** A date with a day in it ("1 juli 2027", "2027-07-01"). */
	hasDayDate: boolean;
	/** Time words without a year: "jaarlijks", "in juni", "Q3", "1 juli". */
	implicitTime: boolean;
	deadlinePhrase: boolean;
	resultClause: boolean;
}

function analyseText(text: string): TextFacts {
	const original = normalise(text);
	let s = original;
	const years: number[] = [];
	let hasDayDate = false;
	let implicitTime = IMPLICIT_TIME.test(s);
	IMPLICIT_TIME.lastIndex = 0;

	for (const { regex, dayPrecise } of DATE_PATTERNS) {
		s = s.replace(regex, (m) => {
			const found = m.match(new RegExp(YEAR, 'g'));
			if (found) years.push(...found.map(Number));
			else implicitTime = true;
			if (dayPrecise) hasDayDate = true;
			return ' ';
		});
	}

	const quantities: string[] = [];
	s = s.replace(ZERO_PHRASE, (m) => {
		quantities.push(m);
		return ' ';
	});
	s = s.replace(NON_QUANTITY_DIGITS, ' ');

	const tokens = [...s.matchAll(/\p{N}+(?:[.,]\p{N}+)*|\p{L}+(?:['’]\p{L}+)*/gu)].map((m) => m[0]);
	const isWord = (t: string | undefined) => t !== undefined && /^\p{L}/u.test(t);
	tokens.forEach((token, i) => {
		if (/^\p{N}/u.test(token)) {
			if (new RegExp(`^${YEAR}$`).test(token)) {
				const next = tokens[i + 1];
				const afterNext = tokens[i + 2];
				// "in 2026 vier keer": a number word after the year is the amount, not an adjective.
				const counted =
					isWord(next) &&
					!isDutchNumberWord(next!) &&
					(COUNT_NOUN.test(next!) || (isWord(afterNext) && COUNT_NOUN.test(afterNext!)));
				if (!counted) {
					years.push(Number(token));
					return;
				}
			}
			quantities.push(token);
		} else if (isDutchNumberWord(token)) {
			quantities.push(token);
		}
	});

	const test = (regex: RegExp) => {
		regex.lastIndex = 0;
		const result = regex.test(original);
		regex.lastIndex = 0;
		return result;
	};

	return {
		wordCount: original.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length,
		quantities,
		years,
		hasDayDate,
		implicitTime,
		deadlinePhrase: test(DEADLINE_PHRASE),
		resultClause: test(RESULT_CLAUSE)
	};
}

/** The amounts in a Dutch text: digits ("150", "30", "1,5") and number words ("honderd"). Years and dates are left out. */
export function detectQuantities(text: string): string[] {
	return analyseText(text).quantities;
}

/** Year of an ISO date ('YYYY-MM-DD', optionally with a time part), or null when it is no real date. */
function isoDateYear(value: string): number | null {
	const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(value.trim());
	if (!m) return null;
	const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
	return year;
}

// ---------------------------------------------------------------------------
// SMART check
// ---------------------------------------------------------------------------

/** Below this many words a sentence rarely says who does what, how much and when. */
export const MIN_WORDS = 6;

export function checkSmart(agreement: AgreementInput): SmartResult {
	const findings: Finding[] = [];
	const add = (criterion: Criterion, severity: Severity, code: FindingCode, match?: string) =>
		findings.push(match === undefined ? { criterion, severity, code } : { criterion, severity, code, match });

	const text = agreement.text ?? '';
	const facts = analyseText(text);
	const { cycleYear } = agreement;
	const targets = agreement.targets ?? [];
	const validTargets = targets.filter((t) => Number.isFinite(t.value) && Number.isInteger(t.year));
	const hasIndicator = !isBlank(agreement.indicator);
	const hasIndicatorTarget = hasIndicator && validTargets.length > 0;
	const deadlineYear = isBlank(agreement.deadline) ? null : isoDateYear(agreement.deadline!);

	// Years before the cycle year describe the past ("net als in 2024"), not a due date.
	const explicitTime =
		facts.years.some((y) => y >= cycleYear) || deadlineYear !== null || validTargets.length > 0;
	const anyTime = explicitTime || facts.implicitTime;
	const concrete = (facts.quantities.length > 0 || hasIndicatorTarget || facts.resultClause) && anyTime;

	// Specific
	if (text.trim() === '') {
		add('specific', 'error', 'textEmpty');
	} else {
		if (facts.wordCount < MIN_WORDS) add('specific', 'warning', 'textTooShort');
		const seen = new Set<string>();
		for (const v of detectVaguePhrases(text)) {
			const key = `${v.group}:${v.match.toLowerCase()}`;
			if (seen.has(key)) continue;
			seen.add(key);
			if (v.group === 'vagueCommitment') {
				add('specific', concrete ? 'warning' : 'error', v.group, v.match);
			} else if (v.group === 'vagueAction') {
				if (!concrete) add('specific', 'error', v.group, v.match);
			} else if (!(facts.resultClause || facts.deadlinePhrase || facts.hasDayDate)) {
				add('specific', 'error', v.group, v.match);
			}
		}
	}

	// Measurable
	if (facts.quantities.length === 0 && !hasIndicatorTarget) add('measurable', 'error', 'notMeasurable');
	if (targets.length > 0 && isBlank(agreement.unit)) add('measurable', 'error', 'targetWithoutUnit');
	if (validTargets.length < targets.length) add('measurable', 'error', 'targetInvalid');
	if (targets.length > 0 && !hasIndicator) add('measurable', 'warning', 'targetWithoutIndicator');
	if (hasIndicator && targets.length === 0) add('measurable', 'warning', 'indicatorWithoutTarget');
	if (hasIndicator && agreement.baseline == null) add('measurable', 'warning', 'indicatorWithoutBaseline');
	if (agreement.baseline != null && agreement.baselineYear == null) add('measurable', 'warning', 'baselineWithoutYear');

	// Assigned
	if ((agreement.committingParties ?? []).length === 0) add('assigned', 'error', 'noCommittingParty');
	if (isBlank(agreement.ownerName)) add('assigned', 'warning', 'noOwner');

	// Time-bound
	if (!explicitTime) {
		if (facts.implicitTime) add('timeBound', 'warning', 'timeImplicit');
		else add('timeBound', 'error', 'notTimeBound');
	}
	if (!isBlank(agreement.deadline) && deadlineYear === null) add('timeBound', 'error', 'deadlineInvalid', agreement.deadline!);
	if (deadlineYear !== null && deadlineYear < cycleYear) add('timeBound', 'error', 'deadlineBeforeCycleYear', agreement.deadline!);
	if (agreement.baselineYear != null && agreement.baselineYear > cycleYear)
		add('timeBound', 'error', 'baselineInFuture', String(agreement.baselineYear));
	for (const t of validTargets) {
		if (t.year < cycleYear) add('timeBound', 'error', 'targetBeforeCycleYear', String(t.year));
	}

	const order = (c: Criterion) => SMART_CRITERIA.indexOf(c);
	findings.sort((a, b) => order(a.criterion) - order(b.criterion));
	const passed = Object.fromEntries(
		SMART_CRITERIA.map((c) => [c, !findings.some((f) => f.criterion === c && f.severity === 'error')])
	) as Record<Criterion, boolean>;
	return { findings, score: SMART_CRITERIA.filter((c) => passed[c]).length, passed };
}

// ---------------------------------------------------------------------------
// Reciprocity (wederkerigheid) of a set of agreements
// ---------------------------------------------------------------------------

export interface SetFinding {
	code: SetFindingCode;
	severity: Severity;
	kind?: PartyKind;
	/** 0..100, rounded. */
	percentage?: number;
}

export interface ReciprocityResult {
	/** Agreements each kind commits to; a kind counts once per agreement. */
	counts: Record<PartyKind, number>;
	total: number;
	/** Agreements without any committing party (not in `total`). */
	unassigned: number;
	dominantKind: PartyKind | null;
	/** 0..1 */
	dominantShare: number;
	/** 0..100, rounded. */
	percentage: number;
	findings: SetFinding[];
}

export const DEFAULT_RECIPROCITY_THRESHOLD = 0.8;

/**
 * How commitments spread over the kinds of party. Three corporations signing one
 * agreement count as one corporation commitment: we weigh who carries the load,
 * not how many organisations sign.
 */
export function reciprocity(
	agreements: Pick<AgreementInput, 'committingParties'>[],
	options: { threshold?: number } = {}
): ReciprocityResult {
	const threshold = options.threshold ?? DEFAULT_RECIPROCITY_THRESHOLD;
	const counts = Object.fromEntries(PARTY_KINDS.map((k) => [k, 0])) as Record<PartyKind, number>;
	let unassigned = 0;
	for (const a of agreements) {
		const kinds = new Set((a.committingParties ?? []).map((p) => p.kind).filter((k) => k in counts));
		if (kinds.size === 0) unassigned++;
		for (const k of kinds) counts[k]++;
	}
	const total = PARTY_KINDS.reduce((sum, k) => sum + counts[k], 0);

	let dominantKind: PartyKind | null = null;
	for (const k of PARTY_KINDS) {
		if (counts[k] > 0 && (dominantKind === null || counts[k] > counts[dominantKind])) dominantKind = k;
	}
	const dominantShare = dominantKind === null ? 0 : counts[dominantKind] / total;
	const percentage = Math.round(dominantShare * 100);

	const findings: SetFinding[] = [];
	if (total > 0) {
		// Small epsilon: 8 of 10 must count as 80 %, whatever the float rounding.
		if (dominantKind !== null && dominantShare >= threshold - 1e-9) {
			findings.push({ code: 'reciprocityLow', severity: 'warning', kind: dominantKind, percentage });
		}
		if (counts.municipality === 0) findings.push({ code: 'municipalityCommitsNothing', severity: 'warning' });
		// A residents' committee is on the tenants' side too.
		if (counts.tenantOrganisation + counts.residentsCommittee === 0) {
			findings.push({ code: 'tenantsCommitNothing', severity: 'warning' });
		}
	}
	return { counts, total, unassigned, dominantKind, dominantShare, percentage, findings };
}

// ---------------------------------------------------------------------------
// Score per theme
// ---------------------------------------------------------------------------

export interface ThemeScore {
	theme: string;
	count: number;
	/** Average SMART score, 0..4 (not rounded). */
	averageScore: number;
}

/** Average SMART score per theme: the known themes in `THEMES` order first, then others alphabetically. */
export function scoreByTheme(agreements: AgreementInput[]): ThemeScore[] {
	const sums = new Map<string, { total: number; count: number }>();
	for (const a of agreements) {
		const theme = (a.theme ?? '').trim();
		const entry = sums.get(theme) ?? { total: 0, count: 0 };
		entry.total += checkSmart(a).score;
		entry.count++;
		sums.set(theme, entry);
	}
	const rank = (t: string) => {
		const i = (THEMES as readonly string[]).indexOf(t);
		return i === -1 ? THEMES.length : i;
	};
	return [...sums.entries()]
		.map(([theme, { total, count }]) => ({ theme, count, averageScore: total / count }))
		.sort((a, b) => rank(a.theme) - rank(b.theme) || a.theme.localeCompare(b.theme, 'nl'));
}

// ---------------------------------------------------------------------------
// Traffic light for monitoring
// ---------------------------------------------------------------------------

export type TrafficLightColor = 'green' | 'orange' | 'red' | 'grey';
export type Direction = 'up' | 'down';
export type GreyReason = 'missingData' | 'invalidDates' | 'inconsistentDirection';

export interface TrafficLightInput {
	baseline?: number | null;
	/** ISO date ('YYYY-MM-DD' or a full ISO timestamp) or a Date. */
	baselineDate?: string | Date | null;
	target?: number | null;
	targetDate?: string | Date | null;
	value?: number | null;
	valueDate?: string | Date | null;
	/** Default: from baseline to target; 'up' when they are equal. */
	direction?: Direction;
	/** Absolute margin, in the indicator's unit: a shortfall this small still counts as on track. */
	tolerance?: number;
	thresholds?: { green?: number; orange?: number };
}

export interface TrafficLightResult {
	color: TrafficLightColor;
	/** The value on the straight line from baseline to target at valueDate. */
	expected: number | null;
	/** Progress made / progress expected. 1 means exactly on the line. */
	ratio: number | null;
	/** Only for grey. */
	reason?: GreyReason;
}

export const DEFAULT_TRAFFIC_LIGHT_THRESHOLDS = { green: 0.9, orange: 0.6 } as const;

function toTime(value: string | Date | null | undefined): number | null {
	if (value == null) return null;
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.getTime();
	const trimmed = value.trim();
	// Date-only strings as UTC midnight, so the time zone cannot move a day.
	if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) {
		return isoDateYear(trimmed) === null ? null : Date.parse(`${trimmed}T00:00:00Z`);
	}
	const t = Date.parse(trimmed);
	return Number.isNaN(t) ? null : t;
}

const isNumber = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n);

export function trafficLight(input: TrafficLightInput): TrafficLightResult {
	const grey = (reason: GreyReason): TrafficLightResult => ({ color: 'grey', expected: null, ratio: null, reason });
	const { baseline, target, value } = input;
	if (!isNumber(baseline) || !isNumber(target) || !isNumber(value)) return grey('missingData');
	if (input.baselineDate == null || input.targetDate == null || input.valueDate == null) return grey('missingData');
	const t0 = toTime(input.baselineDate);
	const t1 = toTime(input.targetDate);
	const tv = toTime(input.valueDate);
	if (t0 === null || t1 === null || tv === null || t1 <= t0) return grey('invalidDates');

	const inferred: Direction = target < baseline ? 'down' : 'up';
	const direction = input.direction ?? inferred;
	if (target !== baseline && direction !== inferred) return grey('inconsistentDirection');

	const green = input.thresholds?.green ?? DEFAULT_TRAFFIC_LIGHT_THRESHOLDS.green;
	const orange = input.thresholds?.orange ?? DEFAULT_TRAFFIC_LIGHT_THRESHOLDS.orange;
	const tolerance = Math.max(0, input.tolerance ?? 0);

	// Before the baseline date nothing is expected yet; after the target date the target is.
	const share = Math.min(1, Math.max(0, (tv - t0) / (t1 - t0)));
	const expected = baseline + share * (target - baseline);

	// Work in "progress in the good direction" so 'down' needs no separate rules.
	const sign = direction === 'up' ? 1 : -1;
	const progress = sign * (value - baseline);
	const expectedProgress = sign * (expected - baseline);
	const reached = sign * (value - target) >= 0;
	// No progress expected yet (start date, or a "hold this level" target):
	// on track unless the value slipped back.
	const ratio = expectedProgress > 0 ? progress / expectedProgress : progress >= 0 ? 1 : 0;
	const withinTolerance = expectedProgress - progress <= tolerance;

	const eps = 1e-9;
	let color: TrafficLightColor;
	if (reached || ratio >= green - eps || withinTolerance) color = 'green';
	else if (ratio >= orange - eps) color = 'orange';
	else color = 'red';
	return { color, expected, ratio };
}

/** A short explanation of the traffic light rule, for the monitoring page. */
export function explainTrafficLight(
	locale: 'nl' | 'en',
	thresholds: { green?: number; orange?: number } = {}
): string {
	const g = Math.round((thresholds.green ?? DEFAULT_TRAFFIC_LIGHT_THRESHOLDS.green) * 100);
	const o = Math.round((thresholds.orange ?? DEFAULT_TRAFFIC_LIGHT_THRESHOLDS.orange) * 100);
	if (locale === 'nl') {
		return (
			'We trekken een rechte lijn van de beginwaarde naar het doel. ' +
			'Op die lijn lezen we af waar de waarde op de meetdatum had moeten staan. ' +
			'Dan kijken we welk deel van die verwachte vooruitgang echt gehaald is. ' +
			`Groen: ${g} % of meer, of het doel is al gehaald. ` +
			`Oranje: ${o} % tot ${g} %. ` +
			`Rood: minder dan ${o} %. ` +
			'Grijs: er ontbreekt iets, zoals de beginwaarde, het doel, de meting of een datum.'
		);
	}
	return (
		'We draw a straight line from the baseline to the target. ' +
		'That line shows where the value should be on the date it was measured. ' +
		'Then we look at how much of that expected progress was really made. ' +
		`Green: ${g}% or more, or the target has already been reached. ` +
		`Orange: ${o}% to ${g}%. ` +
		`Red: less than ${o}%. ` +
		'Grey: something is missing, such as the baseline, the target, the measurement or a date.'
	);
}

// ---------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------

export type Locale = 'nl' | 'en';

export const partyKindLabels: Record<PartyKind, Record<Locale, string>> = {
	municipality: { nl: 'de gemeente', en: 'the municipality' },
	corporation: { nl: 'de corporaties', en: 'the housing corporations' },
	tenantOrganisation: { nl: 'de huurdersorganisaties', en: 'the tenant organisations' },
	residentsCommittee: { nl: 'de bewonerscommissies', en: 'the residents’ committees' }
};

/** B1-level explanations that say how to fix the problem. Placeholders: {match}, {percentage}, {kind}. */
export const findingMessages: Record<FindingCode | SetFindingCode, Record<Locale, string>> = {
	textEmpty: {
		nl: 'De afspraak heeft nog geen tekst. Schrijf op wie wat doet, hoeveel en wanneer.',
		en: 'The agreement has no text yet. Write down who does what, how much and when.'
	},
	textTooShort: {
		nl: 'De tekst is erg kort. Maak duidelijk wie wat doet, hoeveel en wanneer.',
		en: 'The text is very short. Make clear who does what, how much and when.'
	},
	vagueCommitment: {
		nl: '"{match}" maakt de afspraak vrijblijvend. Schrijf op wat er zeker gebeurt, bijvoorbeeld: "bouwt in 2027 150 woningen".',
		en: '"{match}" makes the agreement non-binding. Write down what will certainly happen, for example: "builds 150 homes in 2027".'
	},
	vagueAction: {
		nl: '"{match}" zegt niet wat het oplevert. Schrijf op welk resultaat er komt en wanneer.',
		en: '"{match}" does not say what it will achieve. Write down which result there will be and when.'
	},
	researchWithoutResult: {
		nl: '"{match}": alleen onderzoeken is nog geen resultaat. Schrijf op wat er daarna gebeurt, bijvoorbeeld: "en besluit vóór 1 juli 2027".',
		en: '"{match}": research alone is not a result. Write down what happens next, for example: "and decides before 1 July 2027".'
	},
	notMeasurable: {
		nl: 'Er staat geen getal in de afspraak. Noem een aantal, een percentage of een bedrag, of voeg een indicator met een doel toe.',
		en: 'The agreement has no number. Give an amount, a percentage or a sum of money, or add an indicator with a target.'
	},
	targetWithoutUnit: {
		nl: 'Het doel heeft geen eenheid. Vul in waarin u meet, bijvoorbeeld "woningen", "%" of "euro".',
		en: 'The target has no unit. Fill in what you measure in, for example "homes", "%" or "euro".'
	},
	targetInvalid: {
		nl: 'Een doel heeft geen geldig jaar of geen geldige waarde. Vul een heel jaartal en een getal in.',
		en: 'A target has no valid year or value. Fill in a whole year and a number.'
	},
	targetWithoutIndicator: {
		nl: 'Er is een doel, maar niet wat u meet. Vul de indicator in, bijvoorbeeld "aantal opgeleverde woningen".',
		en: 'There is a target, but not what you measure. Fill in the indicator, for example "number of homes completed".'
	},
	indicatorWithoutTarget: {
		nl: 'De indicator heeft nog geen doel. Vul in welke waarde u in welk jaar wilt halen.',
		en: 'The indicator has no target yet. Fill in which value you want to reach in which year.'
	},
	indicatorWithoutBaseline: {
		nl: 'De indicator heeft geen beginwaarde. Vul in hoe het er nu voor staat, dan kunt u de voortgang volgen.',
		en: 'The indicator has no baseline. Fill in where things stand now, so you can follow the progress.'
	},
	baselineWithoutYear: {
		nl: 'De beginwaarde heeft geen jaar. Vul in in welk jaar deze waarde gemeten is.',
		en: 'The baseline has no year. Fill in the year in which this value was measured.'
	},
	noCommittingParty: {
		nl: 'Niemand heeft deze afspraak op zich genomen. Kies de partij of partijen die de afspraak uitvoeren.',
		en: 'Nobody has taken on this agreement. Choose the party or parties that will carry it out.'
	},
	noOwner: {
		nl: 'Er is geen trekker. Vul in welke persoon of functie verantwoordelijk is.',
		en: 'There is no owner. Fill in which person or role is responsible.'
	},
	notTimeBound: {
		nl: 'Er staat geen jaar of datum in (van het afsprakenjaar of later). Zet erbij wanneer het klaar is, of vul een deadline of doeljaar in.',
		en: 'There is no year or date (in the agreement year or later). Add when it will be done, or fill in a deadline or target year.'
	},
	timeImplicit: {
		nl: 'Het is niet helemaal duidelijk wanneer. Noem het jaar of een datum, bijvoorbeeld "vóór 1 juli 2027".',
		en: 'It is not quite clear when. Give the year or a date, for example "before 1 July 2027".'
	},
	deadlineInvalid: {
		nl: 'De deadline "{match}" is geen geldige datum. Gebruik de vorm jjjj-mm-dd.',
		en: 'The deadline "{match}" is not a valid date. Use the form yyyy-mm-dd.'
	},
	deadlineBeforeCycleYear: {
		nl: 'De deadline {match} ligt vóór het jaar van de afspraken. Kies een datum in dat jaar of later.',
		en: 'The deadline {match} is before the year of the agreements. Choose a date in that year or later.'
	},
	baselineInFuture: {
		nl: 'Het jaar van de beginwaarde ({match}) ligt na het jaar van de afspraken. Een beginwaarde is al gemeten: kies een eerder jaar.',
		en: 'The baseline year ({match}) is after the year of the agreements. A baseline has already been measured: choose an earlier year.'
	},
	targetBeforeCycleYear: {
		nl: 'Het doeljaar {match} ligt vóór het jaar van de afspraken. Kies dat jaar of later.',
		en: 'The target year {match} is before the year of the agreements. Choose that year or later.'
	},
	reciprocityLow: {
		nl: '{percentage} % van de toezeggingen ligt bij {kind}. Goede afspraken zijn wederkerig: spreek af wat de andere partijen bijdragen.',
		en: '{percentage}% of the commitments rest with {kind}. Good agreements work both ways: agree on what the other parties contribute.'
	},
	municipalityCommitsNothing: {
		nl: 'De gemeente zegt in deze afspraken niets toe. Spreek ook af wat de gemeente doet, bijvoorbeeld grond, vergunningen of geld.',
		en: 'The municipality commits to nothing in these agreements. Also agree on what the municipality does, for example land, permits or money.'
	},
	tenantsCommitNothing: {
		nl: 'De huurdersorganisaties zeggen in deze afspraken niets toe. Spreek ook af wat zij doen, bijvoorbeeld hun achterban raadplegen.',
		en: 'The tenant organisations commit to nothing in these agreements. Also agree on what they do, for example consulting their members.'
	}
};

/** The message for a finding with its placeholders filled in. */
export function formatFinding(
	finding: { code: FindingCode | SetFindingCode; match?: string; kind?: PartyKind; percentage?: number },
	locale: Locale
): string {
	return findingMessages[finding.code][locale]
		.replace('{match}', finding.match ?? '')
		.replace('{percentage}', finding.percentage === undefined ? '' : String(finding.percentage))
		.replace('{kind}', finding.kind ? partyKindLabels[finding.kind][locale] : '');
}
