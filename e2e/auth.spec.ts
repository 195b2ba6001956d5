import { test, expect, signIn, waitForMail, linkIn, expectAccessible, randomIp } from './support/fixtures';

test.describe('sign-in', () => {
	test('the front door is the Dutch sign-in page', async ({ page }) => {
		await page.goto('/');
		await expect(page).toHaveURL(/\/login$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inloggen bij Driehoek');
	});

	test('a wrong password says so in Dutch and keeps the address', async ({ page }) => {
		await page.goto('/login');
		await page.getByLabel('E-mailadres').first().fill('anouk.visser@assen.example');
		await page.getByLabel('Wachtwoord', { exact: true }).fill('niet-het-goede-wachtwoord');
		await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
		await expect(page.getByRole('alert')).toContainText('Het e-mailadres of het wachtwoord klopt niet.');
		await expect(page.getByLabel('E-mailadres').first()).toHaveValue('anouk.visser@assen.example');
		await expect(page.getByLabel('Wachtwoord', { exact: true })).toHaveValue('');
		await expectAccessible(page);
	});

	test('an invalid address gets a message next to the field', async ({ page }) => {
		await page.goto('/login');
		await page.getByLabel('E-mailadres').first().fill('anouk');
		await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
		await expect(page.locator('#field-email-error')).toHaveText(/Vul een geldig e-mailadres in/);
		await expect(page.getByLabel('E-mailadres').first()).toHaveAttribute('aria-invalid', 'true');
	});

	test('signs in and out, and goes back where you wanted to be', async ({ page }) => {
		await page.goto('/assen');
		await expect(page).toHaveURL(/\/login\?redirectTo=%2Fassen/);
		await page.getByLabel('E-mailadres').first().fill('henk.jansen@huurdersraad.example');
		await page.getByLabel('Wachtwoord', { exact: true }).fill('Driehoek-demo-2026');
		await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
		await expect(page).toHaveURL(/\/assen$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overzicht Assen');
		await page.getByRole('button', { name: 'Uitloggen' }).click();
		await expect(page.getByText('Je bent uitgelogd.')).toBeVisible();
		await page.goto('/spaces');
		await expect(page).toHaveURL(/\/login/);
	});

	test('after five wrong passwords from one address, the sixth attempt is refused kindly', async ({ page }) => {
		await page.goto('/login');
		for (let i = 0; i < 6; i++) {
			await page.getByLabel('E-mailadres').first().fill('bram.meijer@assen.example');
			await page.getByLabel('Wachtwoord', { exact: true }).fill(`fout-${i}-fout-fout`);
			await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
			await expect(page.getByRole('alert')).toBeVisible();
		}
		await expect(page.getByRole('alert')).toContainText('Te veel pogingen');
	});

	test('works without JavaScript', async ({ browser, baseURL }) => {
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL, extraHTTPHeaders: { 'x-forwarded-for': randomIp() } });
		const page = await context.newPage();
		await page.goto('/login');
		await page.getByLabel('E-mailadres').first().fill('bram.meijer');
		await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
		await expect(page.locator('#field-email-error')).toBeVisible();
		await expect(page.getByLabel('E-mailadres').first()).toHaveValue('bram.meijer');
		await page.getByLabel('E-mailadres').first().fill('bram.meijer@assen.example');
		await page.getByLabel('Wachtwoord', { exact: true }).fill('Driehoek-demo-2026');
		await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
		await expect(page).toHaveURL(/\/spaces$/);
		await expect(page.getByRole('link', { name: 'Assen' })).toBeVisible();
		// (axe needs JavaScript in the page; the same pages are scanned in the other tests.)
		await context.close();
	});
});

test.describe('mail links', () => {
	test('signs in with a magic link received over SMTP, once', async ({ page }) => {
		const since = Date.now();
		await page.goto('/login');
		await page.locator('#magic-email').fill('ineke.bakker@huurdersraad.example');
		await page.getByRole('button', { name: 'Stuur mij een inloglink' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kijk in je mail');
		const link = linkIn(await waitForMail('ineke.bakker@huurdersraad.example', since));
		await page.goto(link);
		await expect(page).toHaveURL(/\/spaces$/);
		await page.getByRole('button', { name: 'Uitloggen' }).click();
		await page.goto(link);
		await expect(page.getByText('Deze inloglink werkt niet meer')).toBeVisible();
	});

	test('an unknown address gets the same answer and no mail', async ({ page }) => {
		await page.goto('/forgot-password');
		await page.getByLabel('E-mailadres').fill('niemand@nergens.example');
		await page.getByRole('button', { name: 'Stuur de link' }).click();
		await expect(page.getByRole('status')).toContainText('Als dit e-mailadres bij ons bekend is');
		await expect(waitForMail('niemand@nergens.example', 0, 1500)).rejects.toThrow();
	});

	test('resets a password through the mailed link', async ({ page }) => {
		const since = Date.now();
		await page.goto('/forgot-password');
		await page.getByLabel('E-mailadres').fill('joop.degroot@huurdersraad.example');
		await page.getByRole('button', { name: 'Stuur de link' }).click();
		await expect(page.getByRole('status')).toContainText('Als dit e-mailadres bij ons bekend is');
		await page.goto(linkIn(await waitForMail('joop.degroot@huurdersraad.example', since)));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nieuw wachtwoord kiezen');
		await page.getByLabel('Nieuw wachtwoord').fill('kort');
		await page.getByLabel('Herhaal het wachtwoord').fill('anders');
		await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
		await expect(page.getByText('Het wachtwoord is te kort')).toBeVisible();
		await expectAccessible(page);
		const fresh = `Nieuw wachtwoord ${Date.now()}`;
		await page.getByLabel('Nieuw wachtwoord').fill(fresh);
		await page.getByLabel('Herhaal het wachtwoord').fill(fresh);
		await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
		await expect(page.getByText('Je nieuwe wachtwoord is opgeslagen')).toBeVisible();
		await signIn(page, 'joop.degroot@huurdersraad.example', fresh);
		await expect(page).toHaveURL(/\/spaces$/);
	});
});

test('switches to English and back, without losing the page', async ({ page }) => {
	await signIn(page, 'karin.bos@hunzedal.example');
	await page.goto('/organisations');
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page).toHaveURL(/\/organisations$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Organisations');
	await expect(page.getByRole('link', { name: 'My triangles' })).toBeVisible();
	await page.getByRole('button', { name: 'Nederlands' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Organisaties');
});
