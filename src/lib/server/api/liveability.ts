// The liveability capability's part of the API document: areas, indicators, GeoJSON, pins, measures.
import { addApiPaths, dataResponse } from './openapi';

const spaceParam = { name: 'space', in: 'path', required: true, schema: { type: 'string' } };
const municipalityParam = { name: 'municipality', in: 'query', schema: { type: 'string', pattern: '^GM\\d{4}$' }, example: 'GM0106' };
const levelParam = { name: 'level', in: 'query', schema: { type: 'string', enum: ['gemeente', 'wijk', 'buurt'] } };
const area = {
	type: 'object',
	required: ['code', 'level', 'municipalityCode'],
	properties: {
		code: { type: 'string', description: 'CBS code: GMxxxx, WKxxxxxx or BUxxxxxxxx (Amsterdam uses letters after the municipality digits)' },
		level: { type: 'string', enum: ['gemeente', 'wijk', 'buurt'] },
		name: { type: ['string', 'null'] },
		municipalityCode: { type: 'string' }
	}
};
const series = {
	type: 'object',
	properties: {
		key: { type: 'string' },
		years: { type: 'array', items: { type: 'integer' } },
		values: { type: 'object', description: 'Area code (the area, its municipality, NL01) → value per year; null = unknown or secret', additionalProperties: { type: 'array', items: { type: ['number', 'null'] } } }
	}
};
const pin = {
	type: 'object',
	properties: {
		id: { type: 'string', format: 'uuid' },
		areaCode: { type: 'string' },
		areaName: { type: ['string', 'null'] },
		lon: { type: ['number', 'null'] },
		lat: { type: ['number', 'null'] },
		spot: { type: 'string' },
		category: {
			type: 'string',
			description: "One of nuisance, maintenance, greenSpace, safety, loneliness, other; a pin placed in a workshop whose facilitator added a category of their own carries that category's label"
		},
		comment: { type: 'string' },
		authorName: { type: 'string', description: 'The person, or for a pin placed in a workshop the session title (participants stay anonymous)' },
		createdAt: { type: 'string', format: 'date-time' }
	}
};
const measureArea = {
	type: 'object',
	properties: {
		areaCode: { type: 'string' },
		areaName: { type: ['string', 'null'] },
		measures: {
			type: 'array',
			items: {
				type: 'object',
				properties: {
					id: { type: 'string' },
					title: { type: 'string' },
					type: { type: 'string', enum: ['maintenance', 'rentPolicy', 'allocation', 'socialManagement', 'physicalIntervention'] },
					ownerId: { type: 'string' },
					owner: { type: 'string' },
					agreementId: { type: ['string', 'null'] },
					rank: { type: 'integer', description: 'Joint rank, 1 = most important' },
					meanPosition: { type: ['number', 'null'] },
					votes: { type: 'integer' }
				}
			}
		}
	}
};

addApiPaths(
	{
		'/areas': {
			get: {
				summary: 'CBS areas (gemeente, wijken, buurten) of one municipality: national reference data',
				operationId: 'listAreas',
				parameters: [{ ...municipalityParam, required: true }, levelParam],
				responses: dataResponse('Areas', { type: 'array', items: { $ref: '#/components/schemas/Area' } })
			}
		},
		'/areas/{code}': {
			get: {
				summary: 'One area with its indicator series over the years, next to its municipality and the Netherlands (NL01)',
				operationId: 'getArea',
				parameters: [{ name: 'code', in: 'path', required: true, schema: { type: 'string' } }],
				responses: dataResponse('The area', { allOf: [{ $ref: '#/components/schemas/Area' }, { type: 'object', properties: { indicators: { type: 'array', items: { $ref: '#/components/schemas/IndicatorSeries' } } } }] })
			}
		},
		'/areas/geojson': {
			get: {
				summary: 'GeoJSON FeatureCollection (WGS84) of the areas of one level with indicator values of the latest year; without municipality: all of the Netherlands',
				operationId: 'areasGeoJson',
				parameters: [municipalityParam, levelParam, { name: 'indicators', in: 'query', schema: { type: 'string' }, description: 'Comma-separated indicator keys (see /indicators)', example: 'inhabitants,wozValue' }],
				responses: { '200': { description: 'GeoJSON', content: { 'application/geo+json': { schema: { type: 'object', properties: { type: { const: 'FeatureCollection' }, bbox: { type: 'array' }, features: { type: 'array' } } } } } } }
			}
		},
		'/areas/tiles.json': {
			get: {
				summary: 'TileJSON 3.0 of the vector tiles of areas (same query as /areas/geojson): for a map of many areas, such as all buurten of the Netherlands',
				operationId: 'areasTileJson',
				parameters: [municipalityParam, levelParam, { name: 'indicators', in: 'query', schema: { type: 'string' }, example: 'wozValue' }],
				responses: { '200': { description: 'TileJSON with the tile URL template, bounds and the fields of layer "areas"', content: { 'application/json': { schema: { type: 'object', properties: { tilejson: { const: '3.0.0' }, tiles: { type: 'array', items: { type: 'string' } }, bounds: { type: 'array' }, maxzoom: { type: 'integer' } } } } } } }
			}
		},
		'/areas/tiles/{z}/{x}/{y}.mvt': {
			get: {
				summary: 'One vector tile (Mapbox Vector Tile 2.1, layer "areas", properties code, name and the indicators; unknown values left out), simplified for its zoom; gzip when accepted',
				operationId: 'areasTile',
				parameters: [
					{ name: 'z', in: 'path', required: true, schema: { type: 'integer', minimum: 0, maximum: 14 } },
					{ name: 'x', in: 'path', required: true, schema: { type: 'integer', minimum: 0 } },
					{ name: 'y', in: 'path', required: true, schema: { type: 'integer', minimum: 0 } },
					municipalityParam,
					levelParam,
					{ name: 'indicators', in: 'query', schema: { type: 'string' }, example: 'wozValue' }
				],
				responses: {
					'200': { description: 'The tile', content: { 'application/vnd.mapbox-vector-tile': { schema: { type: 'string', format: 'binary' } } } },
					'204': { description: 'No area in this tile' },
					'400': { description: 'No such tile (lvTileAddress) or an invalid municipality code' }
				}
			}
		},
		'/indicators': {
			get: {
				summary: 'The indicators (CBS Kerncijfers wijken en buurten, Leefbaarometer) with labels and units',
				operationId: 'listIndicators',
				responses: dataResponse('Indicators', { type: 'array', items: { type: 'object', properties: { key: { type: 'string' }, source: { type: 'string', enum: ['kwb', 'lbm'] }, unit: { type: 'string' }, label: { type: 'object' } } } })
			}
		},
		'/spaces/{space}/pins': {
			get: {
				summary: 'Pins placed in a space (optionally ?area=)',
				operationId: 'listPins',
				parameters: [spaceParam, { name: 'area', in: 'query', schema: { type: 'string' } }],
				responses: dataResponse('Pins, newest first', { type: 'array', items: { $ref: '#/components/schemas/Pin' } })
			},
			post: {
				summary: 'Place a pin: lon/lat inside the municipality, or an areaCode with a described spot',
				operationId: 'createPin',
				parameters: [spaceParam],
				requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', required: ['category', 'comment'], properties: { lon: { type: 'number' }, lat: { type: 'number' }, areaCode: { type: 'string' }, spot: { type: 'string' }, category: { type: 'string' }, comment: { type: 'string' } } } } } },
				responses: { ...dataResponse('The new pin', { type: 'object', properties: { id: { type: 'string' }, areaCode: { type: 'string' } } }), '400': { description: 'Invalid, or outside the municipality (lvPinOutside)' } }
			}
		},
		'/spaces/{space}/measures': {
			get: {
				summary: 'Measures per problem area with their joint rank',
				operationId: 'listMeasures',
				parameters: [spaceParam, { name: 'area', in: 'query', schema: { type: 'string' } }],
				responses: dataResponse('Areas with ranked measures', { type: 'array', items: { $ref: '#/components/schemas/MeasureArea' } })
			}
		}
	},
	{ Area: area, IndicatorSeries: series, Pin: pin, MeasureArea: measureArea }
);
