// JSON answers of /api/v1: data, or an error with a stable code and a message in Dutch and English.
import { json } from '@sveltejs/kit';
import { liveabilityApiMessages } from './liveability-messages';

const apiMessages: Record<string, { nl: string; en: string }> = {
	invalidToken: { nl: 'Deze API-sleutel klopt niet of is ingetrokken.', en: 'This API token is invalid or has been revoked.' },
	signInRequired: { nl: 'Log in of gebruik een API-sleutel.', en: 'Sign in or use an API token.' },
	forbidden: { nl: 'Je hebt geen toegang tot dit onderdeel.', en: 'You do not have access to this.' },
	notFound: { nl: 'Niet gevonden.', en: 'Not found.' },
	...liveabilityApiMessages
};

export function apiError(status: number, code: keyof typeof apiMessages | string) {
	const message = apiMessages[code] ?? { nl: code, en: code };
	return json({ error: { code, message: message.nl, messageEn: message.en } }, { status });
}

export function apiData<T>(data: T, init?: ResponseInit) {
	return json({ data }, init);
}
