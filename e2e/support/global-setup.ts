// A real SMTP server for the app under test: every mail is parsed and written to a file,
// so tests can read it and follow its links.
import fs from 'node:fs';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';
import { MAIL_DIR, MAIL_PORT } from './constants';

export default async function globalSetup() {
	fs.rmSync(MAIL_DIR, { recursive: true, force: true });
	fs.mkdirSync(MAIL_DIR, { recursive: true });
	let count = 0;
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		onData(stream, session, done) {
			simpleParser(stream)
				.then((mail) => {
					const record = {
						to: session.envelope.rcptTo.map((r) => r.address),
						subject: mail.subject ?? '',
						text: mail.text ?? '',
						at: new Date().toISOString()
					};
					fs.writeFileSync(path.join(MAIL_DIR, `${String(++count).padStart(5, '0')}.json`), JSON.stringify(record));
					done();
				})
				.catch(done);
		}
	});
	await new Promise<void>((resolve) => server.listen(MAIL_PORT, '127.0.0.1', resolve));
	return async () => new Promise<void>((resolve) => server.close(() => resolve()));
}
