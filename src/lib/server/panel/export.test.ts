import { describe, expect, it } from 'vitest';
import { exportColumns, exportColumnsAcross, exportRow, neutraliseFormula, toCsv, type ExportResponse } from './export';
import { survey, surveyInput } from './test-fixtures';
import { surveySchema } from './survey';

const responses: ExportResponse[] = [
	{ answers: { Q1: 'c', Q2: 'Lekkage, al "weken"', Q3: ['a', 'c'], Q4: 4, Q5: 12, Q6: ['z', 'x', 'y'], Q7: '=HYPERLINK("x")' }, source: 'online', period: '2026-W47' },
	{ answers: { Q1: 'a' }, source: 'letter', period: '2026-W48', optionalName: 'Fatima' }
];

describe('export columns', () => {
	it('has one stable column per question, per option for multiple choice and ranking', () => {
		expect(exportColumns(survey).map((c) => c.key)).toEqual([
			'source', 'period', 'Q1', 'Q2', 'Q3_opt_a', 'Q3_opt_b', 'Q3_opt_c', 'Q4', 'Q5', 'Q6_rank_x', 'Q6_rank_y', 'Q6_rank_z', 'Q7'
		]);
		expect(exportColumns(survey, { includeNames: true }).map((c) => c.key)).toContain('name');
		expect(exportColumns(survey).find((c) => c.key === 'Q3_opt_b')?.label).toBe('Welke onderwerpen vindt u belangrijk? — Onderhoud');
	});

	it('fills 0/1 flags, rank positions, numbers and text; empty when not shown', () => {
		const cols = exportColumns(survey, { includeNames: true });
		const row = (i: number) => Object.fromEntries(cols.map((c, j) => [c.key, exportRow(cols, responses[i])[j]]));
		expect(row(0)).toMatchObject({ Q1: 'c', Q3_opt_a: 1, Q3_opt_b: 0, Q3_opt_c: 1, Q4: 4, Q5: 12, Q6_rank_x: 2, Q6_rank_y: 3, Q6_rank_z: 1, name: null });
		expect(row(1)).toMatchObject({ Q1: 'a', Q2: null, Q3_opt_a: null, Q6_rank_x: null, name: 'Fatima' });
	});

	it('keeps columns stable across versions and gives a changed question a new column', () => {
		const v2 = surveySchema.parse({
			...surveyInput,
			version: 2,
			questions: [
				...surveyInput.questions.filter((q) => q.id !== 'Q4' && q.id !== 'Q2'),
				{ id: 'Q4', revision: 2, type: 'scale', text: 'Cijfer voor uw buurt', scaleMax: 5, lowLabel: 'Slecht', highLabel: 'Goed' },
				{ id: 'Q8', type: 'openText', text: 'Nieuwe vraag?' }
			]
		});
		const v1Keys = exportColumns(survey).map((c) => c.key);
		const v2Keys = exportColumns(v2).map((c) => c.key);
		expect(v2Keys).toContain('Q4_v2');
		expect(v2Keys.filter((k) => v1Keys.includes(k))).toEqual(v2Keys.filter((k) => !['Q4_v2', 'Q8'].includes(k)));
		const across = exportColumnsAcross([survey, v2]).map((c) => c.key);
		expect(across.slice(0, v1Keys.length)).toEqual(v1Keys);
		expect(across.slice(v1Keys.length)).toEqual(['Q4_v2', 'Q8']);
	});
});

describe('CSV', () => {
	it('writes a code row, a label row and one row per response, with quoting', () => {
		const csv = toCsv(survey, responses, { bom: false });
		const lines = csv.split('\r\n');
		expect(lines[0]).toBe('source,period,Q1,Q2,Q3_opt_a,Q3_opt_b,Q3_opt_c,Q4,Q5,Q6_rank_x,Q6_rank_y,Q6_rank_z,Q7');
		expect(lines[1].startsWith('Bron,Periode,Hoe tevreden bent u met uw woning?,')).toBe(true);
		expect(lines[2]).toBe(`online,2026-W47,c,"Lekkage, al ""weken""",1,0,1,4,12,2,3,1,"'=HYPERLINK(""x"")"`);
		expect(lines[3]).toBe('letter,2026-W48,a,,,,,,,,,,');
	});

	it('adds a BOM by default and can use a semicolon', () => {
		const csv = toCsv(survey, [], { delimiter: ';' });
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		expect(csv.slice(1).startsWith('source;period;Q1;')).toBe(true);
	});

	it.each([
		['=1+1', "'=1+1"],
		['+31 6', "'+31 6"],
		['-weg', "'-weg"],
		['@user', "'@user"],
		['gewoon', 'gewoon']
	])('neutralises %j', (text, expected) => {
		expect(neutraliseFormula(text)).toBe(expected);
	});
});
