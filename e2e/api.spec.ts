import { test, expect, signIn } from './support/fixtures';

test('a personal API token reads spaces with the same rules as the pages, until it is revoked', async ({ page, playwright, baseURL }) => {
	await signIn(page, 'henk.jansen@huurdersraad.example');
	await page.goto('/profile');
	await page.getByLabel('Naam van de sleutel').fill('Koppeling achterban');
	await page.getByRole('button', { name: 'Sleutel maken' }).click();
	const token = (await page.getByTestId('new-token').textContent())!.trim();
	expect(token).toMatch(/^dh_/);

	const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
	const spaces = await (await api.get('/api/v1/spaces')).json();
	expect(spaces.data).toHaveLength(8);
	expect((await api.get('/api/v1/spaces/assen')).status()).toBe(200);
	const me = await (await api.get('/api/v1/me')).json();
	expect(me.data.email).toBe('henk.jansen@huurdersraad.example');

	const tampered = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token.slice(0, -2)}xx` } });
	const refused = await tampered.get('/api/v1/spaces');
	expect(refused.status()).toBe(401);
	expect((await refused.json()).error).toMatchObject({ code: 'invalidToken', message: 'Deze API-sleutel klopt niet of is ingetrokken.' });

	await page.reload();
	await page.getByRole('button', { name: 'Intrekken Koppeling achterban' }).click();
	await expect(page.getByText('De sleutel is ingetrokken. Hij werkt niet meer.')).toBeVisible();
	expect((await api.get('/api/v1/spaces')).status()).toBe(401);
	await api.dispose();
	await tampered.dispose();
});

test('a member of another space cannot read a space through the API either', async ({ page }) => {
	await signIn(page, 'pieter.hoekstra@tynaarlo.example');
	const status = await page.evaluate(async () => (await fetch('/api/v1/spaces/assen')).status);
	expect(status).toBe(403);
});

test('the OpenAPI 3.1 document describes the API', async ({ request }) => {
	const response = await request.get('/api/v1/openapi.json');
	expect(response.status()).toBe(200);
	const doc = await response.json();
	expect(doc.openapi).toBe('3.1.0');
	expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/me', '/organisations', '/organisations/{id}', '/spaces', '/spaces/{space}']));
	expect((await request.get('/api/v1/spaces')).status()).toBe(401);
});

test('health answers 200 while the database answers', async ({ request }) => {
	const response = await request.get('/health');
	expect(response.status()).toBe(200);
	expect(await response.json()).toMatchObject({ status: 'ok' });
});
