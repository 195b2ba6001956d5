// Pure rules for versions of an agreement set and monitoring: what changed between two
// versions, and the traffic light of one agreement from its progress.
import { trafficLight, type TrafficLightResult } from './rules';
import type { AgreementValues } from './schemas';

export const COMPARED_FIELDS = ['theme', 'text', 'committingParties', 'ownerName', 'indicator', 'unit', 'baseline', 'baselineYear', 'targets', 'deadline'] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

/** An agreement's values plus the line it belongs to across versions. */
export interface Comparable extends AgreementValues {
	lineageId: string;
}

export interface AgreementDiff {
	lineageId: string;
	change: 'added' | 'removed' | 'changed';
	fields: ComparedField[];
	before?: Comparable;
	after?: Comparable;
}

const same = (a: unknown, b: unknown) => JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));
function normalise(v: unknown): unknown {
	if (Array.isArray(v)) return [...v].map(normalise).sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)));
	return v ?? null;
}

/** Per agreement (matched by lineage): added, removed, or which fields changed. Unchanged ones are left out. */
export function diffVersions(before: Comparable[], after: Comparable[]): AgreementDiff[] {
	const old = new Map(before.map((a) => [a.lineageId, a]));
	const now = new Map(after.map((a) => [a.lineageId, a]));
	const diffs: AgreementDiff[] = [];
	for (const a of after) {
		const b = old.get(a.lineageId);
		if (!b) diffs.push({ lineageId: a.lineageId, change: 'added', fields: [], after: a });
		else {
			const fields = COMPARED_FIELDS.filter((f) => !same(a[f], b[f]));
			if (fields.length) diffs.push({ lineageId: a.lineageId, change: 'changed', fields, before: b, after: a });
		}
	}
	for (const b of before) if (!now.has(b.lineageId)) diffs.push({ lineageId: b.lineageId, change: 'removed', fields: [], before: b });
	return diffs;
}

/**
 * The light of one agreement: the latest measurement against the straight line from the
 * baseline (end of the baseline year) to the last target (end of its year).
 */
export function agreementLight(
	a: { baseline: number | null; baselineYear: number | null; targets: { year: number; value: number }[] },
	latest: { value: number; measuredOn: string } | null
): TrafficLightResult {
	const last = [...a.targets].sort((x, y) => x.year - y.year).at(-1);
	return trafficLight({
		baseline: a.baseline,
		baselineDate: a.baselineYear ? `${a.baselineYear}-12-31` : null,
		target: last?.value ?? null,
		targetDate: last ? `${last.year}-12-31` : null,
		value: latest?.value ?? null,
		valueDate: latest?.measuredOn ?? null
	});
}
