// The tenant panel's part of the API document: surveys and aggregated results (never single answers).
import { addApiPaths, dataResponse } from './openapi';

const spaceParam = { name: 'space', in: 'path', required: true, schema: { type: 'string' } };
const survey = {
	type: 'object',
	required: ['id', 'title', 'opensAt', 'closesAt'],
	properties: {
		id: { type: 'string', format: 'uuid' },
		title: { type: 'string' },
		panelId: { type: 'string' },
		panelName: { type: 'string' },
		opensAt: { type: 'string', format: 'date-time' },
		closesAt: { type: 'string', format: 'date-time' },
		version: { type: 'integer' },
		resultsPublic: { type: 'boolean' }
	}
};
const results = {
	type: 'object',
	properties: {
		surveyId: { type: 'string' },
		title: { type: 'string' },
		version: { type: 'integer' },
		responses: { type: 'integer' },
		responseRate: { type: 'array', items: { type: 'object', properties: { source: { type: 'string', enum: ['online', 'letter', 'paper', 'total'] }, invited: { type: 'integer' }, answered: { type: 'integer' }, rate: { type: ['number', 'null'] } } } },
		bySource: { type: 'object', additionalProperties: { type: 'integer' } },
		questions: {
			type: 'array',
			description: 'Per question: n, and counts per option (choice), distribution with mean and median (scale), summary (number) or ranks (ranking). Open answers are never included.',
			items: { type: 'object', properties: { questionId: { type: 'string' }, text: { type: 'string' }, type: { type: 'string' }, n: { type: 'integer' } } }
		}
	}
};

addApiPaths(
	{
		'/spaces/{space}/panel/surveys': {
			get: { summary: 'Tenant panel surveys of a space', operationId: 'listPanelSurveys', parameters: [spaceParam], responses: dataResponse('The surveys', { type: 'array', items: survey }) }
		},
		'/spaces/{space}/panel/surveys/{survey}/results': {
			get: {
				summary: 'Aggregated results of a panel survey (no single answers)',
				operationId: 'getPanelSurveyResults',
				parameters: [spaceParam, { name: 'survey', in: 'path', required: true, schema: { type: 'string' } }],
				responses: dataResponse('Aggregated results', results)
			}
		}
	}
);
