import { describe, expect, it } from 'vitest';
import { chipsConfigSchema } from './chips';
import { compareEstimates, compareThemePriorities } from './compare';

const config = chipsConfigSchema.parse({});

describe('comparing sessions', () => {
	it('shows theme shares and ranks per municipality side by side', () => {
		const c = compareThemePriorities(config, [
			{ sessionId: 's1', label: 'Ooststellingwerf', submissions: [{ participantId: 'p1', tableId: 'T1', sequence: 1, distribution: { affordability: 80, liveability: 20 } }] },
			{
				sessionId: 's2',
				label: 'Assen',
				submissions: [
					// Same participant id as in s1, but another person: sessions are counted apart.
					{ participantId: 'p1', tableId: 'T1', sequence: 1, distribution: { availability: 100 } },
					{ participantId: 'p2', tableId: 'T2', sequence: 1, distribution: { affordability: 100 } }
				]
			},
			{ sessionId: 's3', label: 'Emmen', submissions: [] }
		]);
		expect(c.sessions.map((s) => [s.label, s.participants, s.chips])).toEqual([
			['Ooststellingwerf', 1, 100],
			['Assen', 2, 200],
			['Emmen', 0, 0]
		]);
		const affordability = c.rows.find((r) => r.code === 'affordability')!;
		expect(affordability.shares).toEqual({ s1: 80, s2: 50, s3: null });
		expect(affordability.ranks).toEqual({ s1: 1, s2: 1, s3: null });
		expect(affordability.overallShare).toBeCloseTo(60);
		expect(c.rows).toHaveLength(7);
	});

	it('compares guesses against each municipality’s own true value', () => {
		const rows = compareEstimates(
			'years',
			[
				{ sessionId: 's1', label: 'Ooststellingwerf', trueValue: 4, submissions: [{ participantId: 'a', sequence: 1, guess: '4,2' }, { participantId: 'b', sequence: 1, guess: '8' }] },
				{ sessionId: 's2', label: 'Assen', submissions: [{ participantId: 'a', sequence: 1, guess: '6' }, { participantId: 'b', sequence: 1, guess: '200' }] }
			],
			7
		);
		expect(rows.map((r) => [r.label, r.trueValue, r.guesses, r.flagged, r.summary?.median, r.within10])).toEqual([
			['Ooststellingwerf', 4, 2, 0, 6.1, 1],
			['Assen', 7, 2, 1, 6, 0]
		]);
		expect(rows[1].medianError).toBe(-1);
	});
});
