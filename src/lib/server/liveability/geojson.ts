// GeoJSON output helpers (pure).
import type { Geometry } from 'geojson';

function extend(acc: [number, number, number, number], coords: unknown): void {
	if (Array.isArray(coords) && typeof coords[0] === 'number') {
		const [x, y] = coords as number[];
		if (x < acc[0]) acc[0] = x;
		if (y < acc[1]) acc[1] = y;
		if (x > acc[2]) acc[2] = x;
		if (y > acc[3]) acc[3] = y;
		return;
	}
	if (Array.isArray(coords)) for (const c of coords) extend(acc, c);
}

/** Add a bbox to a FeatureCollection (omitted when empty), so a map can fit it at once. */
export function withBbox<T extends { features: { geometry: unknown }[] }>(fc: T): T & { bbox?: [number, number, number, number] } {
	if (fc.features.length === 0) return fc;
	const acc: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const f of fc.features) extend(acc, (f.geometry as Geometry & { coordinates: unknown }).coordinates);
	return { ...fc, bbox: acc };
}
