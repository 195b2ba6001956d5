/**
 * One shape for every validation report of the liveability import engine.
 *
 * Issues carry a stable `code`; the UI turns it into a Dutch (B1) or English sentence via
 * `issueMessages` and `formatIssue`. Placeholders: {row}, {column}, {areaCode}, {detail}.
 */

export type IssueCode =
	// generic input
	| 'fileTooLarge'
	| 'emptyFile'
	| 'invalidJson'
	| 'moreIssues'
	| 'noValidRows'
	// CSV
	| 'csvMalformed'
	| 'missingCodeColumn'
	| 'missingYearColumn'
	| 'noScoreColumns'
	| 'missingScoreColumn'
	| 'unknownColumn'
	| 'ambiguousColumn'
	| 'invalidNumber'
	| 'invalidYear'
	| 'levelMismatch'
	| 'invalidDataProperties'
	// area codes
	| 'codeEmpty'
	| 'codeUnknownPrefix'
	| 'codeWrongLength'
	| 'codeNotDigits'
	| 'codeWrongLevel'
	| 'duplicateCode'
	// boundaries
	| 'notGeoJson'
	| 'noFeatures'
	| 'multipleObjects'
	| 'topologyObjectNotFound'
	| 'unknownProjection'
	| 'axisOrderSwapped'
	| 'outsideNetherlands'
	| 'codePropertyNotFound'
	| 'namePropertyNotFound'
	| 'missingCode'
	| 'invalidFeatureCode'
	| 'duplicateFeatureCode'
	| 'nonPolygonGeometry'
	| 'emptyGeometry'
	| 'selfIntersection';

export interface Issue {
	code: IssueCode;
	/** Line number in the file (CSV) or 1-based feature number (GeoJSON). */
	row?: number;
	column?: string;
	areaCode?: string;
	detail?: string;
}

export interface ValidationReport<C extends Record<string, number> = Record<string, number>> {
	/** True when there is no fatal issue. Warnings do not make a report fail. */
	ok: boolean;
	fatal: Issue[];
	warnings: Issue[];
	counts: C;
}

export interface IssueMessage {
	nl: string;
	en: string;
}

export const issueMessages: Record<IssueCode, IssueMessage> = {
	fileTooLarge: {
		nl: 'Het bestand is te groot ({detail}). Kies een kleiner bestand.',
		en: 'The file is too large ({detail}). Choose a smaller file.'
	},
	emptyFile: {
		nl: 'Het bestand is leeg.',
		en: 'The file is empty.'
	},
	moreIssues: {
		nl: 'Er zijn nog meer meldingen van dezelfde soort ({detail}). Die worden niet allemaal getoond.',
		en: 'There are more messages of the same kind ({detail}). Not all of them are shown.'
	},
	noValidRows: {
		nl: 'Er staat geen enkele regel met een geldige gebiedscode in het bestand. Is dit het goede bestand?',
		en: 'The file has no line with a valid area code. Is this the right file?'
	},
	invalidJson: {
		nl: 'Het bestand is geen geldige JSON: {detail}',
		en: 'The file is not valid JSON: {detail}'
	},
	csvMalformed: {
		nl: 'Regel {row}: het bestand kan niet worden gelezen. Er klopt iets niet met de aanhalingstekens of scheidingstekens. ({detail})',
		en: 'Line {row}: the file cannot be read. Something is wrong with the quotes or separators. ({detail})'
	},
	missingCodeColumn: {
		nl: 'Er is geen kolom met de gebiedscode (bijvoorbeeld "code" of "wk_code").',
		en: 'There is no column with the area code (for example "code" or "wk_code").'
	},
	missingYearColumn: {
		nl: 'Er is geen kolom "jaar" en er is geen jaar opgegeven.',
		en: 'There is no "jaar" (year) column and no year was given.'
	},
	noScoreColumns: {
		nl: 'Het bestand heeft geen kolommen met Leefbaarometer-scores (lbm, afw, fys, onv, soc, vrz, won).',
		en: 'The file has no Leefbaarometer score columns (lbm, afw, fys, onv, soc, vrz, won).'
	},
	missingScoreColumn: {
		nl: 'De kolom "{column}" ontbreekt. Deze score blijft leeg.',
		en: 'The column "{column}" is missing. This score stays empty.'
	},
	unknownColumn: {
		nl: 'De kolom "{column}" is onbekend en wordt niet gebruikt.',
		en: 'The column "{column}" is unknown and is not used.'
	},
	ambiguousColumn: {
		nl: 'De kolom "{column}" past bij een gegeven dat al in een andere kolom staat ({detail}). De eerste kolom wordt gebruikt.',
		en: 'The column "{column}" matches an indicator that is already in another column ({detail}). The first column is used.'
	},
	invalidNumber: {
		nl: 'Regel {row}: in de kolom "{column}" staat geen getal ({detail}). Het vak blijft leeg.',
		en: 'Line {row}: the column "{column}" does not contain a number ({detail}). The value stays empty.'
	},
	invalidYear: {
		nl: 'Regel {row}: het jaar "{detail}" is niet geldig. Deze regel wordt overgeslagen.',
		en: 'Line {row}: the year "{detail}" is not valid. This line is skipped.'
	},
	levelMismatch: {
		nl: 'Regel {row}: de code \'{areaCode}\' past niet bij het niveau "{detail}".',
		en: 'Line {row}: the code \'{areaCode}\' does not match the level "{detail}".'
	},
	invalidDataProperties: {
		nl: 'Het bestand met kolomtitels (DataProperties) kan niet worden gelezen: {detail}',
		en: 'The column title file (DataProperties) cannot be read: {detail}'
	},
	codeEmpty: {
		nl: 'Regel {row}: de gebiedscode is leeg. Deze regel wordt overgeslagen.',
		en: 'Line {row}: the area code is empty. This line is skipped.'
	},
	codeUnknownPrefix: {
		nl: "Regel {row}: de code '{areaCode}' is geen geldige gebiedscode. Een code begint met GM, WK of BU.",
		en: "Line {row}: the code '{areaCode}' is not a valid area code. A code starts with GM, WK or BU."
	},
	codeWrongLength: {
		nl: "Regel {row}: de code '{areaCode}' is geen geldige {detail}. Het aantal cijfers klopt niet.",
		en: "Line {row}: the code '{areaCode}' is not a valid {detail}. The number of digits is wrong."
	},
	codeNotDigits: {
		nl: "Regel {row}: de code '{areaCode}' is geen geldige {detail}. Na GM, WK of BU horen 4 cijfers en daarna alleen cijfers of hoofdletters.",
		en: "Line {row}: the code '{areaCode}' is not a valid {detail}. GM, WK or BU must be followed by 4 digits, then only digits or capital letters."
	},
	codeWrongLevel: {
		nl: "Regel {row}: de code '{areaCode}' is geen {detail}.",
		en: "Line {row}: the code '{areaCode}' is not a {detail}."
	},
	duplicateCode: {
		nl: "Regel {row}: de code '{areaCode}' komt vaker voor. {detail}",
		en: "Line {row}: the code '{areaCode}' occurs more than once. {detail}"
	},
	notGeoJson: {
		nl: 'Het bestand is geen GeoJSON of TopoJSON met gebieden ({detail}).',
		en: 'The file is not GeoJSON or TopoJSON with areas ({detail}).'
	},
	noFeatures: {
		nl: 'Er staan geen bruikbare gebieden in het bestand.',
		en: 'The file contains no usable areas.'
	},
	multipleObjects: {
		nl: 'Het TopoJSON-bestand heeft meerdere lagen: {detail}. Kies de juiste laag.',
		en: 'The TopoJSON file has several layers: {detail}. Choose the right layer.'
	},
	topologyObjectNotFound: {
		nl: 'De laag "{detail}" staat niet in het TopoJSON-bestand.',
		en: 'The layer "{detail}" is not in the TopoJSON file.'
	},
	unknownProjection: {
		nl: 'Onbekende projectie: de coördinaten zijn geen lengte- en breedtegraden (WGS84) en geen Rijksdriehoekscoördinaten (RD New). Voorbeeld: {detail}',
		en: 'Unknown projection: the coordinates are not longitude/latitude (WGS84) and not Dutch RD New. Example: {detail}'
	},
	axisOrderSwapped: {
		nl: 'Lengte- en breedtegraad stonden omgedraaid. Ze zijn omgewisseld.',
		en: 'Longitude and latitude were swapped. They have been switched back.'
	},
	outsideNetherlands: {
		nl: 'De gebieden liggen (deels) buiten Nederland ({detail}). Controleer het bestand.',
		en: 'The areas lie (partly) outside the Netherlands ({detail}). Check the file.'
	},
	codePropertyNotFound: {
		nl: 'Geen eigenschap met de gebiedscode gevonden{detail}. Kies zelf welke eigenschap de code bevat.',
		en: 'No property with the area code found{detail}. Choose which property holds the code.'
	},
	namePropertyNotFound: {
		nl: 'Geen eigenschap met de gebiedsnaam gevonden{detail}. De gebieden krijgen geen naam.',
		en: 'No property with the area name found{detail}. The areas get no name.'
	},
	missingCode: {
		nl: 'Gebied {row} heeft geen code en wordt overgeslagen.',
		en: 'Area {row} has no code and is skipped.'
	},
	invalidFeatureCode: {
		nl: "Gebied {row}: de code '{areaCode}' is geen geldige {detail}. Het gebied wordt getekend, maar kan niet aan cijfers worden gekoppeld.",
		en: "Area {row}: the code '{areaCode}' is not a valid {detail}. The area is drawn but cannot be linked to figures."
	},
	duplicateFeatureCode: {
		nl: "Gebied {row}: de code '{areaCode}' komt vaker voor. De vormen zijn samengevoegd met gebied {detail}.",
		en: "Area {row}: the code '{areaCode}' occurs more than once. The shapes were merged with area {detail}."
	},
	nonPolygonGeometry: {
		nl: 'Gebied {row} ({areaCode}) is geen vlak maar een {detail}. Het wordt overgeslagen.',
		en: 'Area {row} ({areaCode}) is not a polygon but a {detail}. It is skipped.'
	},
	emptyGeometry: {
		nl: 'Gebied {row} ({areaCode}) heeft geen vorm. Het wordt overgeslagen.',
		en: 'Area {row} ({areaCode}) has no shape. It is skipped.'
	},
	selfIntersection: {
		nl: "Gebied '{areaCode}' heeft een grens die zichzelf snijdt ({detail} keer).",
		en: "Area '{areaCode}' has a border that crosses itself ({detail} times)."
	}
};

/** Fill the placeholders of an issue's message. Missing values become empty strings. */
export function formatIssue(issue: Issue, locale: 'nl' | 'en' = 'nl'): string {
	const template = issueMessages[issue.code][locale];
	return template
		.replace(/\{(row|column|areaCode|detail)\}/g, (_, key: 'row' | 'column' | 'areaCode' | 'detail') => {
			const value = issue[key];
			return value === undefined ? '' : String(value);
		})
		.replace(/\s+\./g, '.')
		.trim();
}

/**
 * Collects issues while parsing; `build` freezes them into a report. Warnings are capped per
 * code (a wrong file can produce one per line); the rest is summarised as one `moreIssues`.
 */
export class ReportBuilder {
	readonly fatal: Issue[] = [];
	readonly warnings: Issue[] = [];
	private readonly perCode = new Map<IssueCode, number>();

	constructor(private readonly maxWarningsPerCode = 100) {}

	addFatal(issue: Issue): void {
		this.fatal.push(issue);
	}

	addWarning(issue: Issue): void {
		const n = (this.perCode.get(issue.code) ?? 0) + 1;
		this.perCode.set(issue.code, n);
		if (n <= this.maxWarningsPerCode) this.warnings.push(issue);
	}

	get hasFatal(): boolean {
		return this.fatal.length > 0;
	}

	/** Number of warnings with this code, including those not kept. */
	warningCount(code: IssueCode): number {
		return this.perCode.get(code) ?? 0;
	}

	build<C extends Record<string, number>>(counts: C): ValidationReport<C> {
		const more: Issue[] = [];
		for (const [code, n] of this.perCode) {
			if (n > this.maxWarningsPerCode) more.push({ code: 'moreIssues', column: code, detail: `${code}: +${n - this.maxWarningsPerCode}` });
		}
		return { ok: this.fatal.length === 0, fatal: [...this.fatal], warnings: [...this.warnings, ...more], counts };
	}
}

function formatBytes(bytes: number): string {
	if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
	if (bytes >= 1024) return `${Math.round(bytes / 1024)} kB`;
	return `${bytes} bytes`;
}

/** Default upload limit: the national KWB CSV is 2.5 MB, national buurt TopoJSON ~5 MB. */
export const DEFAULT_MAX_BYTES = 25 * 1024 * 1024;

/**
 * Size guard before parsing: the UI refuses very large files (e.g. 200 MB) without reading them.
 */
export function checkFileSize(
	bytes: number,
	maxBytes: number = DEFAULT_MAX_BYTES
): ValidationReport<{ bytes: number; maxBytes: number }> {
	const report = new ReportBuilder();
	if (!Number.isFinite(bytes) || bytes <= 0) {
		report.addFatal({ code: 'emptyFile' });
	} else if (bytes > maxBytes) {
		report.addFatal({
			code: 'fileTooLarge',
			detail: `${formatBytes(bytes)} > ${formatBytes(maxBytes)}`
		});
	}
	return report.build({ bytes, maxBytes });
}
