// better-auth for real, through its HTTP handler, on a real database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desc, eq } from 'drizzle-orm';
import type { DbHandle } from '../db';
import { mailOutbox } from '../db/schema';
import { createTestDb } from '../testing/db';
import { createMailer } from '../mail';
import { DEMO_PASSWORD } from '../seed/demo';
import { CLIENT_IP_HEADER, createAuth, type Auth } from '.';

const origin = 'http://localhost:3999';
let handle: DbHandle;
let auth: Auth;

beforeAll(async () => {
	handle = await createTestDb();
	auth = createAuth(handle.db, {
		baseURL: origin,
		secret: 'test-secret-test-secret-test-secret',
		mailer: createMailer(handle.db, { smtpUrl: null, from: 'test@driehoek.example' }),
		signInRateLimit: 5
	});
});
afterAll(async () => handle?.close());

function post(path: string, body: unknown, ip = '203.0.113.1') {
	return auth.handler(
		new Request(`${origin}/api/auth${path}`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', origin, [CLIENT_IP_HEADER]: ip },
			body: JSON.stringify(body)
		})
	);
}

describe('sign-in', () => {
	it('signs in with the demo password and sets a session cookie stored in the database', async () => {
		const response = await post('/sign-in/email', { email: 'anouk.visser@assen.example', password: DEMO_PASSWORD }, '203.0.113.10');
		expect(response.status).toBe(200);
		const cookie = response.headers.get('set-cookie') ?? '';
		expect(cookie).toContain('better-auth.session_token=');
		const session = await auth.api.getSession({ headers: new Headers({ cookie: cookie.split(';')[0] }) });
		expect(session?.user.email).toBe('anouk.visser@assen.example');
	});
	it('answers a wrong password and an unknown address the same way', async () => {
		const wrong = await post('/sign-in/email', { email: 'anouk.visser@assen.example', password: 'fout-wachtwoord' }, '203.0.113.11');
		const unknown = await post('/sign-in/email', { email: 'niemand@nergens.example', password: 'fout-wachtwoord' }, '203.0.113.12');
		expect(wrong.status).toBe(unknown.status);
		expect((await wrong.json()).code).toBe((await unknown.json()).code);
	});
	it('limits sign-in attempts per address: the sixth within a minute is refused', async () => {
		const statuses: number[] = [];
		for (let i = 0; i < 6; i++) {
			statuses.push((await post('/sign-in/email', { email: 'karin.bos@hunzedal.example', password: 'nope-nope-nope' }, '198.51.100.7')).status);
		}
		expect(statuses.slice(0, 5).every((s) => s === 401)).toBe(true);
		expect(statuses[5]).toBe(429);
		// Another address is not affected.
		expect((await post('/sign-in/email', { email: 'karin.bos@hunzedal.example', password: DEMO_PASSWORD }, '198.51.100.8')).status).toBe(200);
	});
	it('refuses open sign-up: accounts come from invitations only', async () => {
		const response = await post('/sign-up/email', { email: 'nieuw@x.example', password: 'een lang wachtwoord', name: 'Nieuw' }, '203.0.113.20');
		expect(response.status).toBeGreaterThanOrEqual(400);
	});
});

describe('magic links and password reset', () => {
	it('mails a magic link to a known address and nothing to an unknown one, with the same answer', async () => {
		const known = await post('/sign-in/magic-link', { email: 'henk.jansen@huurdersraad.example', callbackURL: '/spaces' }, '203.0.113.30');
		const unknown = await post('/sign-in/magic-link', { email: 'onbekend@x.example', callbackURL: '/spaces' }, '203.0.113.31');
		expect(known.status).toBe(200);
		expect(unknown.status).toBe(200);
		expect(await known.json()).toEqual(await unknown.json());
		const mails = await handle.db.select().from(mailOutbox).orderBy(desc(mailOutbox.id));
		expect(mails.filter((m) => m.to === 'onbekend@x.example')).toHaveLength(0);
		const mail = mails.find((m) => m.to === 'henk.jansen@huurdersraad.example')!;
		const link = mail.text.match(/https?:\/\/\S+/)![0];
		const verify = await auth.handler(new Request(link, { headers: { [CLIENT_IP_HEADER]: '203.0.113.30' } }));
		expect(verify.status).toBe(302);
		expect(verify.headers.get('set-cookie')).toContain('better-auth.session_token=');
		// Used once: the second time it fails.
		const again = await auth.handler(new Request(link, { headers: { [CLIENT_IP_HEADER]: '203.0.113.30' } }));
		expect(again.headers.get('location')).toContain('error');
	});
	it('answers a reset request the same for known and unknown addresses, and resets with the mailed token', async () => {
		const known = await post('/request-password-reset', { email: 'ineke.bakker@huurdersraad.example', redirectTo: '/reset-password' }, '203.0.113.40');
		const unknown = await post('/request-password-reset', { email: 'wie@x.example', redirectTo: '/reset-password' }, '203.0.113.41');
		expect(known.status).toBe(unknown.status);
		expect(await known.json()).toEqual(await unknown.json());
		const [mail] = await handle.db.select().from(mailOutbox).where(eq(mailOutbox.to, 'ineke.bakker@huurdersraad.example'));
		const link = mail.text.match(/https?:\/\/\S+/)![0];
		const redirect = await auth.handler(new Request(link));
		const token = new URL(redirect.headers.get('location')!, origin).searchParams.get('token')!;
		expect((await post('/reset-password', { token, newPassword: 'een nieuw wachtwoord' }, '203.0.113.40')).status).toBe(200);
		expect((await post('/sign-in/email', { email: 'ineke.bakker@huurdersraad.example', password: 'een nieuw wachtwoord' }, '203.0.113.42')).status).toBe(200);
		expect((await post('/reset-password', { token, newPassword: 'nog een wachtwoord' }, '203.0.113.40')).status).toBe(400);
	});
});
