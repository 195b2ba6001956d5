// The columns of the agreements table, shared by the CSV/XLSX export, the import template
// and the import. Dutch headers: the file is meant for people in the triangle.
import { targetYears } from './schemas';

export function tableColumns(cycleYear: number) {
	const years = targetYears(cycleYear);
	return [
		{ key: 'theme', header: 'thema' },
		{ key: 'text', header: 'afspraak' },
		{ key: 'parties', header: 'partijen' },
		{ key: 'ownerName', header: 'trekker' },
		{ key: 'indicator', header: 'indicator' },
		{ key: 'unit', header: 'eenheid' },
		{ key: 'baseline', header: 'beginwaarde' },
		{ key: 'baselineYear', header: 'beginjaar' },
		...years.map((y, i) => ({ key: `target${i + 1}`, header: `doel ${y}` })),
		{ key: 'deadline', header: 'deadline' }
	] as const;
}
