import { test, expect, signIn, expectAccessible } from './support/fixtures';

test('a space dashboard shows the parties and the menu for admins', async ({ page }) => {
	await signIn(page, 'anouk.visser@assen.example');
	await page.getByRole('link', { name: 'Assen' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overzicht Assen');
	const parties = page.getByRole('region', { name: 'Partijen in deze driehoek' });
	await expect(parties.getByText('Woonstichting Hunzedal')).toBeVisible();
	await expect(parties.getByText('Bewonerscommissie Flat Kloosterveste')).toBeVisible();
	const nav = page.getByRole('navigation', { name: 'Menu van driehoek Assen' });
	await expect(nav.getByRole('link', { name: 'Logboek' })).toBeVisible();
});

test('viewers see the dashboard without the admin menu', async ({ page }) => {
	await signIn(page, 'carla.dijkstra@assen.example');
	await page.goto('/assen');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overzicht Assen');
	await expect(page.getByRole('link', { name: 'Logboek' })).toHaveCount(0);
	await page.goto('/assen/audit');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Geen toegang');
});

test('a member of another space gets a friendly 403, an unknown page a friendly 404', async ({ page }) => {
	await signIn(page, 'pieter.hoekstra@tynaarlo.example');
	const response = await page.goto('/assen');
	expect(response?.status()).toBe(403);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Geen toegang');
	await expect(page.getByText('Je organisatie doet niet mee in deze driehoek.')).toBeVisible();
	const missing = await page.goto('/bestaat/echt/niet');
	expect(missing?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina niet gevonden');
});

test('an admin adds a party to the space; the audit log shows who did it', async ({ page }) => {
	await signIn(page, 'pieter.hoekstra@tynaarlo.example');
	await page.goto('/tynaarlo/settings');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Partijen in de driehoek');
	await page.getByLabel('Organisatie').selectOption({ label: 'Drents Thuis (Woningcorporatie)' });
	await page.getByRole('button', { name: 'Toevoegen' }).click();
	await expect(page.getByText('De organisatie doet nu mee in deze driehoek.')).toBeVisible();
	await expect(page.getByRole('cell', { name: 'Drents Thuis', exact: true })).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Verwijderen Drents Thuis' }).click();
	await expect(page.getByText('De organisatie doet niet meer mee in deze driehoek.')).toBeVisible();
	await page.goto('/tynaarlo/audit');
	await expect(page.getByRole('row').filter({ hasText: 'Toegevoegd: partij in de driehoek' }).first()).toContainText('Pieter Hoekstra');
	await expect(page.getByRole('row').filter({ hasText: 'Verwijderd: partij in de driehoek' }).first()).toBeVisible();
});

test('the platform admin creates a space for a municipality, once', async ({ page }) => {
	await signIn(page, 'beheer@driehoek.example');
	await page.goto('/spaces/new');
	await page.getByLabel('Naam van de driehoek').fill('Assen opnieuw');
	await page.getByLabel('Gemeente').selectOption({ label: 'Gemeente Assen' });
	await page.getByRole('button', { name: 'Driehoek maken' }).click();
	await expect(page.locator('#field-municipalityId-error')).toHaveText('Deze gemeente heeft al een driehoek.');
	await expectAccessible(page);
});
