// Server-side form actions call better-auth through its own HTTP handler (not auth.api),
// so that rate limiting, origin checks and cookies behave exactly as for its JSON API.
import type { Cookies, RequestEvent } from '@sveltejs/kit';
import { parseSetCookieHeader, toCookieOptions } from 'better-auth/cookies';
import { app } from '../app';
import { CLIENT_IP_HEADER } from '.';

export function copyAuthCookies(response: Response, cookies: Cookies): void {
	const header = response.headers.get('set-cookie');
	if (!header) return;
	for (const [name, attributes] of parseSetCookieHeader(header)) {
		cookies.set(name, attributes.value, { ...toCookieOptions(attributes), path: attributes.path || '/' });
	}
}

export interface AuthCallResult {
	ok: boolean;
	status: number;
	/** better-auth's error code, e.g. INVALID_EMAIL_OR_PASSWORD. */
	code?: string;
	body: unknown;
}

export async function callAuth(event: RequestEvent, path: string, body: Record<string, unknown>): Promise<AuthCallResult> {
	const { auth, config } = app();
	const headers = new Headers({
		'content-type': 'application/json',
		origin: config.origin,
		[CLIENT_IP_HEADER]: event.getClientAddress()
	});
	const cookie = event.request.headers.get('cookie');
	if (cookie) headers.set('cookie', cookie);
	const response = await auth.handler(
		new Request(`${config.origin}/api/auth${path}`, { method: 'POST', headers, body: JSON.stringify(body) })
	);
	copyAuthCookies(response, event.cookies);
	let parsed: unknown = null;
	try {
		parsed = await response.json();
	} catch {
		/* empty body */
	}
	const code = (parsed as { code?: string } | null)?.code;
	return { ok: response.ok, status: response.status, code, body: parsed };
}

/** Only same-site paths may be redirect targets after sign-in. */
export function safeRedirect(target: string | null | undefined, fallback = '/spaces'): string {
	if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return fallback;
	return target;
}
