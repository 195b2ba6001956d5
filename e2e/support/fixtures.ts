// Shared test tools: sign-in, mail reading, and an axe scan of every page a test visits.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { test as base, expect, type Page, type BrowserContext } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { DEMO_PASSWORD, MAIL_DIR } from './constants';

export { expect };

export function randomIp(): string {
	const b = crypto.randomBytes(3);
	return `10.${b[0]}.${b[1]}.${b[2] || 1}`;
}

export async function expectAccessible(page: Page, label = page.url()) {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
	expect(summary, `axe violations on ${label}`).toEqual([]);
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
	await page.goto('/login');
	await page.getByLabel('E-mailadres').first().fill(email);
	await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
	await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
	await expect(page).not.toHaveURL(/\/login/);
}

export interface ReceivedMail {
	to: string[];
	subject: string;
	text: string;
}

/** Waits for a mail to this address that arrived after `since` and returns it. */
export async function waitForMail(to: string, since = 0, timeoutMs = 10_000): Promise<ReceivedMail> {
	const end = Date.now() + timeoutMs;
	while (Date.now() < end) {
		const files = fs.existsSync(MAIL_DIR) ? fs.readdirSync(MAIL_DIR).sort().reverse() : [];
		for (const file of files) {
			const mail = JSON.parse(fs.readFileSync(path.join(MAIL_DIR, file), 'utf8')) as ReceivedMail & { at: string };
			if (mail.to.includes(to) && Date.parse(mail.at) >= since) return mail;
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`No mail to ${to} within ${timeoutMs} ms`);
}

export function linkIn(mail: ReceivedMail): string {
	const match = mail.text.match(/https?:\/\/[^\s]+/);
	if (!match) throw new Error(`No link in mail "${mail.subject}"`);
	return match[0];
}

/** A unique address per test run and project, so runs on both databases never mix mail. */
export function uniqueEmail(prefix: string): string {
	return `${prefix}.${crypto.randomBytes(4).toString('hex')}@test.example`;
}

async function scanVisited(context: BrowserContext, urls: Set<string>, origin: string) {
	for (const url of urls) {
		if (!url.startsWith(origin) || url.includes('/api/')) continue;
		const scanPage = await context.newPage();
		try {
			await scanPage.goto(url);
			await expectAccessible(scanPage, url);
		} finally {
			await scanPage.close();
		}
	}
}

export const test = base.extend<{ clientIp: string }>({
	clientIp: async ({}, use) => use(randomIp()),
	context: async ({ context, clientIp }, use) => {
		await context.setExtraHTTPHeaders({ 'x-forwarded-for': clientIp });
		await use(context);
	},
	// Every page a test visits is scanned with axe (WCAG 2.1 AA) once the test is done.
	page: async ({ page, context, baseURL }, use) => {
		const visited = new Set<string>();
		page.on('framenavigated', (frame) => {
			if (frame === page.mainFrame()) visited.add(frame.url().split('#')[0]);
		});
		await use(page);
		await scanVisited(context, visited, baseURL!);
	}
});
