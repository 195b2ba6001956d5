// The query of the national area outputs (GeoJSON, vector tiles, TileJSON): which municipality
// (none: all of the Netherlands), which level, which indicators. One reading for all three.
import { validateAreaCode, type AreaLevel } from './codes';
import { indicatorInfo } from './catalog';

export interface AreaQuery {
	municipality: string | null;
	level: AreaLevel;
	indicators: string[];
}

export function readAreaQuery(q: URLSearchParams): { ok: true; query: AreaQuery } | { ok: false; error: 'municipalityRequired' } {
	let municipality: string | null = null;
	if (q.get('municipality')) {
		const v = validateAreaCode(q.get('municipality')!, 'gemeente');
		if (!v.ok) return { ok: false, error: 'municipalityRequired' };
		municipality = v.code;
	}
	const levelRaw = q.get('level');
	const level: AreaLevel = levelRaw === 'gemeente' || levelRaw === 'buurt' ? levelRaw : 'wijk';
	const indicators = (q.get('indicators') ?? 'inhabitants').split(',').filter((k) => indicatorInfo(k)).slice(0, 40);
	return { ok: true, query: { municipality, level, indicators } };
}

/** The same query as a search string, in a fixed order (tile URLs that caches can share). */
export function areaQueryString(query: AreaQuery): string {
	const p = new URLSearchParams();
	if (query.municipality) p.set('municipality', query.municipality);
	p.set('level', query.level);
	p.set('indicators', query.indicators.join(','));
	return p.toString();
}
