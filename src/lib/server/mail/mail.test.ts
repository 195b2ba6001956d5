// Mail over a real SMTP server (smtp-server, in this test), and the outbox without one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import type { DbHandle } from '../db';
import { createTestDb } from '../testing/db';
import { createMailer, listOutbox } from '.';

let handle: DbHandle;
let server: SMTPServer;
const received: { to: string; raw: string }[] = [];

beforeAll(async () => {
	handle = await createTestDb();
	server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		onData(stream, session, done) {
			let raw = '';
			stream.on('data', (chunk) => (raw += chunk));
			stream.on('end', () => {
				received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), raw });
				done();
			});
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
	await new Promise<void>((resolve) => server.close(() => resolve()));
	await handle?.close();
});

describe('mail', () => {
	it('sends over SMTP and records the mail as sent', async () => {
		const port = (server.server.address() as AddressInfo).port;
		const mailer = createMailer(handle.db, { smtpUrl: `smtp://127.0.0.1:${port}`, from: 'Driehoek <noreply@driehoek.example>' });
		await mailer.send({ to: 'henk.jansen@huurdersraad.example', subject: 'Test', text: 'Hallo Henk' });
		expect(received.at(-1)?.to).toBe('henk.jansen@huurdersraad.example');
		expect(received.at(-1)?.raw).toContain('Hallo Henk');
		expect((await listOutbox(handle.db))[0]).toMatchObject({ status: 'sent', subject: 'Test' });
	});
	it('records a failed delivery and tells the caller', async () => {
		const mailer = createMailer(handle.db, { smtpUrl: 'smtp://127.0.0.1:1', from: 'x@driehoek.example' });
		await expect(mailer.send({ to: 'a@b.example', subject: 'Kapot', text: 'x' })).rejects.toThrow();
		expect((await listOutbox(handle.db))[0]).toMatchObject({ status: 'failed', subject: 'Kapot' });
	});
	it('puts mail in the outbox when no SMTP server is set', async () => {
		const mailer = createMailer(handle.db, { smtpUrl: null, from: 'x@driehoek.example' });
		await mailer.send({ to: 'a@b.example', subject: 'Uitbak', text: 'x' });
		expect((await listOutbox(handle.db))[0]).toMatchObject({ status: 'outbox', subject: 'Uitbak' });
	});
});
