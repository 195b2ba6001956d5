import { test, expect, signIn, waitForMail, linkIn, uniqueEmail, expectAccessible, randomIp } from './support/fixtures';

const HUNZEDAL = 'Woonstichting Hunzedal';

test('an admin invites a colleague by mail; the colleague follows the link, makes an account and joins', async ({ page, browser, baseURL }) => {
	await signIn(page, 'karin.bos@hunzedal.example');
	await page.goto('/organisations');
	await page.getByRole('link', { name: HUNZEDAL }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(HUNZEDAL);

	// Bad input first: a message next to the field, nothing sent.
	await page.getByLabel('E-mailadres').fill('geen-adres');
	await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
	await expect(page.locator('#field-email-error')).toHaveText(/Vul een geldig e-mailadres in/);
	await page.getByLabel('E-mailadres').fill('dennis.smit@hunzedal.example');
	await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
	await expect(page.locator('#field-email-error')).toHaveText('Deze persoon is al lid van de organisatie.');
	await expectAccessible(page);

	const email = uniqueEmail('fleur');
	const since = Date.now();
	await page.getByLabel('E-mailadres').fill(email);
	await page.getByLabel('Rol', { exact: true }).selectOption('member');
	await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
	await expect(page.getByText('De uitnodiging is verstuurd.')).toBeVisible();
	await expect(page.getByRole('strong').filter({ hasText: email })).toBeVisible();

	const mail = await waitForMail(email, since);
	expect(mail.subject).toContain(HUNZEDAL);
	const link = linkIn(mail);

	const guest = await browser.newContext({ baseURL, extraHTTPHeaders: { 'x-forwarded-for': randomIp() } });
	const guestPage = await guest.newPage();
	await guestPage.goto(link);
	await expect(guestPage.getByText(`Je bent uitgenodigd voor ${HUNZEDAL}, met de rol Lid.`)).toBeVisible();
	await guestPage.getByLabel('Naam').fill('Fleur Hendriks');
	await guestPage.getByLabel('Wachtwoord', { exact: true }).fill('een goed wachtwoord');
	await guestPage.getByLabel('Herhaal het wachtwoord').fill('een ander wachtwoord');
	await guestPage.getByRole('button', { name: 'Account maken en aannemen' }).click();
	await expect(guestPage.getByText('De twee wachtwoorden zijn niet gelijk.')).toBeVisible();
	await expect(guestPage.getByLabel('Naam')).toHaveValue('Fleur Hendriks');
	await expectAccessible(guestPage);
	await guestPage.getByLabel('Wachtwoord', { exact: true }).fill('een goed wachtwoord');
	await guestPage.getByLabel('Herhaal het wachtwoord').fill('een goed wachtwoord');
	await guestPage.getByRole('button', { name: 'Account maken en aannemen' }).click();
	await expect(guestPage.getByText('Welkom! Je bent nu lid van deze organisatie.')).toBeVisible();
	await expect(guestPage.getByRole('heading', { level: 1 })).toHaveText(HUNZEDAL);
	// As a member of Hunzedal, Fleur sees its eight spaces.
	await guestPage.goto('/spaces');
	await expect(guestPage.locator('.cards > li')).toHaveCount(8);

	// The link works once.
	await guestPage.goto(link);
	await expect(guestPage.getByRole('heading', { level: 1 })).toHaveText('Dit lukt niet');
	await expect(guestPage.getByText('Deze uitnodiging is al gebruikt.')).toBeVisible();
	await guest.close();

	await page.reload();
	await expect(page.getByRole('cell', { name: email })).toBeVisible();
	await expect(page.getByText('Aangenomen: uitnodiging')).toBeVisible();
});

test('an unknown invitation link gets a clear Dutch answer', async ({ page }) => {
	await page.goto('/invite/dit-is-geen-echte-uitnodiging');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina niet gevonden');
	await expect(page.getByText('Deze uitnodiging bestaat niet.')).toBeVisible();
});

test('members see their organisation but cannot manage it; viewers cannot post a change', async ({ page }) => {
	await signIn(page, 'eva.mulder@hunzedal.example');
	await page.goto('/organisations');
	await page.getByRole('link', { name: HUNZEDAL }).click();
	await expect(page.getByRole('heading', { name: /Leden/ })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Iemand uitnodigen' })).toHaveCount(0);
	const status = await page.evaluate(async () => {
		const body = new FormData();
		body.set('email', 'x@y.example');
		body.set('role', 'admin');
		const response = await fetch(location.pathname + '?/invite', { method: 'POST', body, headers: { accept: 'text/html' } });
		return response.status;
	});
	expect(status).toBe(403);
});

test('the platform admin creates organisations, with clear messages for a bad CBS code and a duplicate name', async ({ page }) => {
	await signIn(page, 'beheer@driehoek.example');
	await page.goto('/organisations/new');
	await page.getByLabel('Naam').fill('Gemeente Nergenshuizen');
	await page.getByLabel('Soort').selectOption('municipality');
	await page.getByLabel('CBS-code van de gemeente').fill('GM9999');
	await page.getByRole('button', { name: 'Organisatie maken' }).click();
	await expect(page.locator('#field-cbsCode-error')).toHaveText('Deze CBS-code hoort niet bij een gemeente. Kijk de code na.');
	await expect(page.getByLabel('Naam')).toHaveValue('Gemeente Nergenshuizen');
	await expectAccessible(page);
	await page.getByLabel('Naam').fill('woonstichting hunzedal');
	await page.getByLabel('Soort').selectOption('corporation');
	await page.getByLabel('CBS-code van de gemeente').fill('');
	await page.getByRole('button', { name: 'Organisatie maken' }).click();
	await expect(page.locator('#field-name-error')).toHaveText('Er is al een organisatie met deze naam.');
	const name = `Woonstichting Test ${Date.now()}`;
	await page.getByLabel('Naam').fill(name);
	await page.getByLabel('Aantal woningen').fill('2.400');
	await page.getByRole('button', { name: 'Organisatie maken' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
	await expect(page.getByText('2.400 woningen')).toBeVisible();
});
