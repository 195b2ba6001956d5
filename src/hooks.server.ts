import crypto from 'node:crypto';
import { type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { app, startApp, stopApp, track } from '$lib/server/app';
import { CLIENT_IP_HEADER } from '$lib/server/auth';
import { DataFolderLockedError } from '$lib/server/db/lock';
import { logger } from '$lib/server/logger';
import { loadActor } from '$lib/server/organisations/store';
import { userIdForToken } from '$lib/server/api/tokens';
import { apiError } from '$lib/server/api/respond';
import { cachedPage } from '$lib/server/cache/pages';

export const init: ServerInit = async () => {
	try {
		await startApp();
	} catch (err) {
		if (err instanceof DataFolderLockedError) {
			console.error(err.message);
			process.exit(1);
		}
		throw err;
	}
	// adapter-node emits this after SIGTERM/SIGINT once the server has stopped taking requests.
	process.once('sveltekit:shutdown' as 'exit', () => {
		void stopApp().then(() => logger.info('Driehoek stopped'));
	});
};

const requestContext: Handle = async ({ event, resolve }) => {
	const incoming = event.request.headers.get('x-request-id');
	event.locals.requestId = incoming && /^[\w-]{1,64}$/.test(incoming) ? incoming : crypto.randomUUID();
	event.locals.log = logger.child({ requestId: event.locals.requestId });
	event.locals.actor = null;
	event.locals.viaToken = false;
	const started = performance.now();
	const response = await track(async () => resolve(event));
	response.headers.set('x-request-id', event.locals.requestId);
	event.locals.log.info(
		{ method: event.request.method, path: event.url.pathname, status: response.status, ms: Math.round(performance.now() - started) },
		'request'
	);
	return response;
};

const i18n: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, { transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale) });
	});

const authentication: Handle = async ({ event, resolve }) => {
	const { auth, db } = app();
	if (event.url.pathname.startsWith('/api/auth/')) {
		// better-auth reads the client address (for rate limiting) only from our own header.
		const headers = new Headers(event.request.headers);
		headers.set(CLIENT_IP_HEADER, event.getClientAddress());
		return auth.handler(new Request(event.request, { headers }));
	}
	const bearer = event.request.headers.get('authorization');
	if (bearer && event.url.pathname.startsWith('/api/')) {
		const token = bearer.replace(/^Bearer\s+/i, '').trim();
		const userId = await userIdForToken(db, token);
		if (!userId) return apiError(401, 'invalidToken');
		event.locals.actor = await loadActor(db, userId);
		event.locals.viaToken = true;
		return resolve(event);
	}
	// Without a session cookie there is no session: skip better-auth's machinery (answering a
	// survey, joining a workshop and public pages are all anonymous and frequent).
	const hasSession = event.request.headers.get('cookie')?.includes('session_token=') ?? false;
	const { headers: sessionHeaders, response: session } = hasSession
		? await auth.api.getSession({ headers: event.request.headers, returnHeaders: true })
		: { headers: null, response: null };
	const response = await cachedPage(event, session?.user.id ?? null, async () => {
		if (session) event.locals.actor = await loadActor(db, session.user.id);
		return resolve(event);
	});
	// A renewed session cookie (or its cached copy) goes back to the browser.
	for (const cookie of sessionHeaders?.getSetCookie() ?? []) response.headers.append('set-cookie', cookie);
	return response;
};

const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	response.headers.set('x-content-type-options', 'nosniff');
	response.headers.set('referrer-policy', 'same-origin');
	response.headers.set('x-frame-options', 'DENY');
	return response;
};

export const handle = sequence(requestContext, securityHeaders, i18n, authentication);

export const handleError: HandleServerError = ({ error, event, status }) => {
	const requestId = event.locals.requestId ?? 'unknown';
	if (status !== 404) (event.locals.log ?? logger).error({ err: error, status }, 'unhandled error');
	return { message: status === 404 ? 'Not found' : 'Internal error', requestId };
};

