// Mail goes over SMTP when SMTP_URL is set; otherwise it lands in the outbox table,
// which platform admins read in the app. Every mail is recorded either way.
import nodemailer from 'nodemailer';
import { desc } from 'drizzle-orm';
import type { Db } from '../db';
import { mailOutbox } from '../db/schema';
import { logger } from '../logger';

export interface Mail {
	to: string;
	subject: string;
	text: string;
	html?: string;
}

export interface Mailer {
	send(mail: Mail): Promise<void>;
}

export function createMailer(db: Db, options: { smtpUrl: string | null; from: string }): Mailer {
	const transport = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : null;
	return {
		async send(mail) {
			if (!transport) {
				await db.insert(mailOutbox).values({ ...mail, status: 'outbox' });
				return;
			}
			try {
				await transport.sendMail({ from: options.from, ...mail });
				await db.insert(mailOutbox).values({ ...mail, status: 'sent' });
			} catch (err) {
				logger.error({ err, to: mail.to }, 'mail failed');
				await db.insert(mailOutbox).values({ ...mail, status: 'failed', error: String(err) });
				throw err;
			}
		}
	};
}

export async function listOutbox(db: Db, limit = 100) {
	return db.select().from(mailOutbox).orderBy(desc(mailOutbox.id)).limit(limit);
}

/** Mail bodies are bilingual: we do not know the recipient's language before they sign in. */
export function bilingual(nl: string, en: string): string {
	return `${nl}\n\n---\n\n${en}`;
}
