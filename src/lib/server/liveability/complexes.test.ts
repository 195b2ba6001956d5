import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { csvToTable, readComplexTable, xlsxToTable } from './complexes';

describe('complexes', () => {
	it('reads a Dutch CSV and says where the problems are', () => {
		const csv = 'complexnummer;naam;buurtcode;woningen;bouwjaar;label_A;label_C\n1040;Kloosterveste;BU01060800;64;1972;0;64\n1041;Elders;BU03630000;10;1980;;\n;Leeg;;;;;\n1042;Oud;;1,5;1300;;\n';
		const { rows, problems } = readComplexTable(csvToTable(csv), 'GM0106');
		expect(rows[0]).toEqual({ number: '1040', name: 'Kloosterveste', buurtCode: 'BU01060800', address: null, homes: 64, buildYear: 1972, labels: { C: 64 } });
		expect(rows[1].buurtCode).toBeNull();
		expect(problems).toEqual([
			{ row: 3, column: 'buurtcode', text: 'buurtNotInMunicipality' },
			{ row: 4, column: 'complexnummer', text: 'missingValue' },
			{ row: 5, column: 'bouwjaar', text: 'yearOutOfRange' },
			{ row: 5, column: 'woningen', text: 'notWholeNumber' }
		]);
	});

	it('refuses a file without a complex number column', () => {
		expect(readComplexTable([['naam'], ['x']], 'GM0106').problems[0]).toMatchObject({ text: 'missingColumn', column: 'complexnummer' });
	});

	it('reads the first sheet of an XLSX file', async () => {
		const wb = new ExcelJS.Workbook();
		const ws = wb.addWorksheet('Bezit');
		ws.addRow(['Complexnummer', 'Naam', 'Buurtcode', 'Woningen']);
		ws.addRow(['2001', 'Brinkhof', 'BU01060000', 36]);
		const buffer = await wb.xlsx.writeBuffer();
		const { rows } = readComplexTable(await xlsxToTable(buffer as ArrayBuffer), 'GM0106');
		expect(rows[0]).toMatchObject({ number: '2001', homes: 36, buurtCode: 'BU01060000' });
	});
});
