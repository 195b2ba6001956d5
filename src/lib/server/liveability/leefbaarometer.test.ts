import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LBM_CLASS_LABELS_NL, parseLeefbaarometerCsv } from './leefbaarometer';

const fixture = (name: string) => fs.readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const AMSTELVEEN = path.resolve('..', 'shared', 'data', 'leefbaarometer', 'lbm3_amstelveen_wijken_2014-2022.csv');
const HAVE_AMSTELVEEN = fs.existsSync(AMSTELVEEN);
if (!HAVE_AMSTELVEEN) console.warn(`Skipping real Leefbaarometer test: ${AMSTELVEEN} not found`);

describe.skipIf(!HAVE_AMSTELVEEN)('Leefbaarometer 3.0 Amstelveen wijken (../shared/data/leefbaarometer)', () => {
	it('reads 56 rows: 14 wijken × 4 years, ignoring the unnamed index column', () => {
		const res = parseLeefbaarometerCsv(fs.readFileSync(AMSTELVEEN, 'utf8'));
		expect(res.report.ok).toBe(true);
		expect(res.report.warnings).toEqual([]);
		expect(res.codeColumn).toBe('wk_code');
		expect(res.rows).toHaveLength(56);
		expect(res.report.counts).toMatchObject({ records: 56, rows: 56, areas: 14, years: 4, skipped: 0 });
		expect(res.years).toEqual([2014, 2018, 2020, 2022]);
		const r = res.rows.find((x) => x.code === 'WK036201' && x.year === 2014);
		expect(r).toMatchObject({ level: 'wijk', name: 'Randwijck', municipalityCode: 'GM0362' });
		expect(r?.scores.lbm).toBeCloseTo(4.270599604867483, 12);
		expect(r?.scores.afw).toBeCloseTo(0.1683347537237974, 12);
		expect(r?.scores.won).toBeCloseTo(-0.045657031068394, 12);
		for (const row of res.rows) for (const v of Object.values(row.scores)) expect(typeof v).toBe('number');
	});
});

describe('parseLeefbaarometerCsv on fixtures', () => {
	it('reads a ;-file with decimal comma and reports level, year and duplicate problems', () => {
		const res = parseLeefbaarometerCsv(fixture('lbm_semicolon.csv'));
		expect(res.report.ok).toBe(true);
		expect(res.rows).toHaveLength(2);
		expect(res.rows[0]).toMatchObject({ code: 'BU01060105', level: 'buurt', year: 2022, municipalityCode: 'GM0106' });
		expect(res.rows[0].scores).toMatchObject({ lbm: 4.12, afw: 0.05, onv: -0.02 });
		expect(res.rows[1].scores.fys).toBeNull();
		const w = res.report.warnings;
		expect(w).toContainEqual(expect.objectContaining({ code: 'codeWrongLevel', row: 4, areaCode: 'WK010601', detail: 'buurtcode' }));
		expect(w).toContainEqual(expect.objectContaining({ code: 'invalidYear', row: 5, detail: '20xx' }));
		expect(w).toContainEqual(expect.objectContaining({ code: 'duplicateCode', row: 6, areaCode: 'BU01060105' }));
	});

	it('accepts a gm_code file with a pandas index column and a fixed year', () => {
		const text = ',gm_code,gm_naam,lbm,afw\n0,GM0106,Assen,4.1,0.0\n1,GM0362,Amstelveen,4.3,0.2\n';
		const res = parseLeefbaarometerCsv(text, { year: 2022 });
		expect(res.report.ok).toBe(true);
		expect(res.rows.map((r) => [r.code, r.year, r.scores.lbm, r.scores.fys])).toEqual([
			['GM0106', 2022, 4.1, null],
			['GM0362', 2022, 4.3, null]
		]);
		expect(res.report.warnings.filter((x) => x.code === 'missingScoreColumn').map((x) => x.column)).toEqual([
			'fys',
			'onv',
			'soc',
			'vrz',
			'won'
		]);
		expect(res.report.warnings.filter((x) => x.code === 'unknownColumn')).toEqual([]);
	});

	it('prefers bu_code over gm_code/wk_code reference columns', () => {
		const text = 'gm_code,gm_naam,wk_code,bu_code,bu_naam,jaar,lbm\nGM0106,Assen,WK010601,BU01060105,Luchiesland,2022,4.2\n';
		const res = parseLeefbaarometerCsv(text);
		expect(res.codeColumn).toBe('bu_code');
		expect(res.rows[0]).toMatchObject({ code: 'BU01060105', name: 'Luchiesland', level: 'buurt' });
		expect(res.report.warnings.filter((w) => w.code === 'unknownColumn')).toEqual([]);
	});

	it('is fatal without code column, without year, or without any score', () => {
		expect(parseLeefbaarometerCsv('naam,jaar,lbm\nA,2022,4\n').report.fatal.map((f) => f.code)).toEqual(['missingCodeColumn']);
		expect(parseLeefbaarometerCsv('wk_code,lbm\nWK036201,4\n').report.fatal.map((f) => f.code)).toEqual(['missingYearColumn']);
		const noScores = parseLeefbaarometerCsv('wk_code,jaar,iets\nWK036201,2022,4\n');
		expect(noScores.report.fatal.map((f) => f.code)).toEqual(['noScoreColumns']);
		expect(noScores.rows).toEqual([]);
	});

	it('is fatal on broken quoting', () => {
		const res = parseLeefbaarometerCsv('wk_code,wk_naam,jaar,lbm\nWK036201,"Randwijck,2022,4.2\n');
		expect(res.report.fatal[0].code).toBe('csvMalformed');
		expect(res.rows).toEqual([]);
	});

	it('exposes the 9 class names without inventing thresholds', () => {
		expect(LBM_CLASS_LABELS_NL).toHaveLength(9);
		expect(LBM_CLASS_LABELS_NL[0]).toBe('zeer onvoldoende');
		expect(LBM_CLASS_LABELS_NL[8]).toBe('uitstekend');
	});
});
