// Small text helpers shared by the panel and workshop rules.

/** Lower case, diacritics removed, whitespace collapsed: for search and grouping, never for display. */
export function foldText(input: string): string {
	return input
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim();
}

/** Length in characters as a person counts them (code points, not UTF-16 units). */
export function charLength(input: string): number {
	let n = 0;
	for (const _ of input) n++;
	return n;
}

/** Levenshtein distance; O(a·b) time, O(b) memory. Used on question texts (a few hundred chars). */
export function editDistance(a: string, b: string): number {
	if (a === b) return 0;
	const s = Array.from(a);
	const t = Array.from(b);
	if (!s.length) return t.length;
	if (!t.length) return s.length;
	let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
	let cur = new Array<number>(t.length + 1);
	for (let i = 1; i <= s.length; i++) {
		cur[0] = i;
		for (let j = 1; j <= t.length; j++) {
			const cost = s[i - 1] === t[j - 1] ? 0 : 1;
			cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
		}
		[prev, cur] = [cur, prev];
	}
	return prev[t.length];
}
