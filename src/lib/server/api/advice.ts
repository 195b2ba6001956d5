// The advice capability's part of the API document: requests and the participation calendar.
import { addApiPaths, dataResponse } from './openapi';

const date = { type: ['string', 'null'], format: 'date' };
const adviceRequest = {
	type: 'object',
	required: ['id', 'kind', 'title', 'status', 'receivedOn'],
	properties: {
		id: { type: 'string', format: 'uuid' },
		kind: { type: 'string', enum: ['advice', 'consent', 'information', 'unsolicitedAdvice'] },
		topic: { type: 'string' },
		title: { type: 'string' },
		corporationId: { type: 'string' },
		tenantOrganisationId: { type: 'string' },
		receivedOn: { type: 'string', format: 'date' },
		periodDays: { type: ['integer', 'null'] },
		adviceGivenOn: date,
		answerKind: { type: ['string', 'null'], enum: ['follows', 'followsInPart', 'departs', 'consent', 'refusal', 'answered', null] },
		answeredOn: date,
		closedOn: date,
		calendarItemId: { type: ['string', 'null'] },
		status: { type: 'string', enum: ['received', 'inProgress', 'adviceGiven', 'answered', 'closed', 'overdue'] },
		nextDeadline: { type: ['object', 'null'], properties: { kind: { type: 'string' }, date: { type: 'string', format: 'date' } } },
		daysLeft: { type: ['integer', 'null'] },
		adviceDue: date,
		reasonsDue: date,
		earliestExecution: date
	}
};
const calendarItem = {
	type: 'object',
	required: ['id', 'year', 'title', 'say'],
	properties: {
		id: { type: 'string', format: 'uuid' },
		corporationId: { type: 'string' },
		tenantOrganisationId: { type: 'string' },
		year: { type: 'integer' },
		month: { type: ['integer', 'null'], minimum: 1, maximum: 12 },
		quarter: { type: ['integer', 'null'], minimum: 1, maximum: 4 },
		topic: { type: 'string' },
		title: { type: 'string' },
		say: { type: 'string', enum: ['inform', 'advice', 'consent'] },
		raisedBy: { type: 'string', enum: ['corporation', 'tenant'] },
		priority: { type: 'string', enum: ['high', 'normal', 'low'] },
		status: { type: 'string', enum: ['planned', 'started', 'done', 'dropped'] },
		owner: { type: 'string' },
		hasRequest: { type: 'boolean' },
		late: { type: 'boolean', description: 'Its month or quarter has passed without a linked request' }
	}
};
const spaceParam = { name: 'space', in: 'path', required: true, schema: { type: 'string' } };

addApiPaths(
	{
		'/spaces/{space}/advice': {
			get: {
				summary: 'Advice, consent and information requests of a space, with status and dates from the Overlegwet',
				operationId: 'listAdviceRequests',
				parameters: [
					spaceParam,
					{ name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500, default: 100 } },
					{ name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } }
				],
				responses: dataResponse('Requests, newest first', { type: 'array', items: { $ref: '#/components/schemas/AdviceRequest' } })
			}
		},
		'/spaces/{space}/calendar': {
			get: {
				summary: 'The participation calendar of a space for one year',
				operationId: 'listCalendarItems',
				parameters: [spaceParam, { name: 'year', in: 'query', schema: { type: 'integer' } }],
				responses: dataResponse('Calendar items', { type: 'array', items: { $ref: '#/components/schemas/CalendarItem' } })
			}
		}
	},
	{ AdviceRequest: adviceRequest, CalendarItem: calendarItem }
);
