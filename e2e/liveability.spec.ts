// Liveability: a platform admin imports the shared CBS KWB 2024 file, the wijken 2024
// boundaries and the Amstelveen Leefbaarometer scores (or the repo's small fixtures when
// ../shared/data is absent); a corporation adviser reads the map and a buurt dashboard,
// places pins with and without the map, ranks two measures and downloads the area table.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, signIn } from './support/fixtures';

const SHARED = path.resolve('../shared/data');
const hasShared = fs.existsSync(path.join(SHARED, 'kwb/kwb2024_gemeenten_wijken_buurten_nl.csv'));
const FIXTURES = path.resolve('src/lib/server/liveability/fixtures');
const ADMIN = 'beheer@driehoek.example';
const KARIN = 'karin.bos@hunzedal.example';
const run = Math.random().toString(36).slice(2, 7);

function smallKwb(): string {
	const file = path.join(os.tmpdir(), `kwb2024_demo_${run}.csv`);
	fs.writeFileSync(
		file,
		'niveau,code,naam,inwoners,wozWaarde,koopwoningen\ngemeente,GM0106,Assen,69000,290,55\nwijk,WK010600,Centrum,5000,250,30\nwijk,WK010603,Assen-Oost,9000,240,40\nbuurt,BU01060000,Brinkkwartier,1200,260,35\n'
	);
	return file;
}

async function importFile(page: Page, file: string, expected: RegExp, extra: (p: Page) => Promise<void> = async () => {}) {
	await page.getByLabel('Bestand', { exact: true }).setInputFiles(file);
	await extra(page);
	await page.getByRole('button', { name: 'Inlezen' }).click();
	await expect(page.getByRole('heading', { level: 2, name: expected })).toBeVisible({ timeout: 30_000 });
}

/** Desktop and phone width; the page must not scroll sideways on a phone. */
async function screenshots(page: Page, name: string) {
	await page.screenshot({ path: `screenshots/${name}-1280.png`, fullPage: true });
	await page.setViewportSize({ width: 375, height: 780 });
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
	await page.screenshot({ path: `screenshots/${name}-375.png`, fullPage: true });
	await page.setViewportSize({ width: 1280, height: 720 });
}

async function switchTo(page: Page, email: string) {
	await page.getByRole('button', { name: 'Uitloggen' }).click();
	await expect(page).toHaveURL(/\/login/);
	await signIn(page, email);
}

test('liveability: import, map, buurt dashboard, pins with and without the map, ranked measures, CSV', async ({ page }, info) => {
	test.setTimeout(180_000);
	const shots = info.project.name === 'pglite';

	// 1. Imports by the platform admin, with the validation report after each file.
	await signIn(page, ADMIN);
	await page.goto('/liveability/import');
	await expect(page.getByRole('heading', { level: 1, name: 'Open data inlezen' })).toBeVisible();
	await importFile(page, path.join(FIXTURES, 'kwb_broken_quote.csv'), /Niets ingelezen/, (p) => p.getByLabel(/^Jaar/).fill('2024'));
	await expect(page.getByText(/Regel \d+: het bestand kan niet worden gelezen/)).toBeVisible();
	await page.getByLabel(/^Jaar/).fill('');
	if (hasShared) {
		await importFile(page, path.join(SHARED, 'kwb/kwb2024_gemeenten_wijken_buurten_nl.csv'), /Ingelezen: 18309 gebieden \(2024\)/);
		await importFile(page, path.join(SHARED, 'boundaries/wijken_2024_cartomap_wgs84.geojson'), /Ingelezen: 3393 gebieden \(2024\)/);
		await importFile(page, path.join(SHARED, 'leefbaarometer/lbm3_amstelveen_wijken_2014-2022.csv'), /Ingelezen: 56 gebieden \(2014, 2018, 2020, 2022\)/);
	} else {
		await importFile(page, smallKwb(), /Ingelezen: 4 gebieden \(2024\)/);
		await importFile(page, path.join(FIXTURES, 'rd_assen_square.geojson'), /Ingelezen: 1 gebieden/, async (p) => {
			await p.getByLabel(/^Jaar/).fill('2024');
			await p.getByLabel(/gebiedscode/).fill('BU_CODE');
		});
		await importFile(page, path.join(FIXTURES, 'lbm_semicolon.csv'), /Ingelezen/);
	}
	await expect(page.getByRole('table', { name: 'Laatst ingelezen' })).toContainText('Klaar');

	// 2. The map of Assen with a legend; switching the indicator recolours it.
	await switchTo(page, KARIN);
	await page.goto('/assen');
	await page.getByRole('link', { name: 'Leefbaarheid' }).first().click();
	await expect(page.getByRole('heading', { level: 1, name: 'Leefbaarheid in de wijken' })).toBeVisible();
	const map = page.locator('[data-map-state]');
	await expect(map).toHaveAttribute('data-map-state', 'idle', { timeout: 45_000 });
	await expect(page.getByRole('heading', { name: 'Legenda' })).toBeVisible();
	await expect(page.getByText(/Indeling: Kwantielen/)).toBeVisible();
	await expect(page.getByText(/Bron: CBS/).first()).toBeVisible();
	await page.getByLabel('Cijfer', { exact: true }).selectOption({ label: 'Gemiddelde WOZ-waarde' });
	await expect(page).toHaveURL(/indicator=wozValue/);
	await expect(page.getByRole('heading', { level: 2, name: /Kaart: Gemiddelde WOZ-waarde/ })).toBeVisible();
	await expect(map).toHaveAttribute('data-map-state', 'idle', { timeout: 45_000 });
	if (shots) await screenshots(page, 'liveability-map');

	// 3. A pin on the map: click in the middle of Assen; and one outside the municipality is refused.
	await page.getByLabel('Breedtegraad').fill('52.37');
	await page.getByLabel('Lengtegraad').fill('4.9');
	await page.getByLabel('Toelichting').fill('Dit ligt in Amsterdam');
	await page.getByRole('button', { name: 'Speld plaatsen' }).click();
	await expect(page.getByText('Deze plek ligt buiten de gemeente.')).toBeVisible();
	const box = (await map.boundingBox())!;
	await map.click({ position: { x: box.width / 2, y: box.height / 2 } });
	await expect(page.getByLabel('Breedtegraad')).not.toHaveValue('52.37');
	await page.getByLabel('Soort').selectOption({ label: 'Veiligheid' });
	await page.getByLabel('Toelichting').fill(`Donker fietspad ${run}`);
	await page.getByRole('button', { name: 'Speld plaatsen' }).click();
	await expect(page.getByText(/De speld is geplaatst in/)).toBeVisible();

	// 4. The area table as CSV (works without JS: a plain link).
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Tabel downloaden (CSV)' }).click()]);
	const csv = fs.readFileSync((await download.path())!, 'utf8');
	expect(csv).toContain('code;naam;Gemiddelde WOZ-waarde');
	expect(csv).toMatch(/WK010603;Assen-Oost;\d/);

	// 5. A buurt dashboard, reached through the sortable table at buurt level.
	await page.getByLabel('Niveau').selectOption({ label: 'Buurten' });
	await expect(page).toHaveURL(/level=buurt/);
	await page.getByRole('link', { name: /Gemiddelde WOZ-waarde/ }).first().click();
	await expect(page).toHaveURL(/sort=value/);
	await page.getByRole('link', { name: 'Brinkkwartier', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Brinkkwartier (buurt)' })).toBeVisible();
	await expect(page.getByRole('img', { name: 'Grafiek: Inwoners door de jaren' })).toBeVisible();
	const inhabitants = page.getByRole('article', { name: 'Inwoners', exact: true });
	await inhabitants.getByText('Reacties op dit cijfer').click();
	await inhabitants.getByLabel('Uw reactie').fill(`Klopt dit na de nieuwbouw? ${run}`);
	await inhabitants.getByRole('button', { name: 'Reactie plaatsen' }).click();
	await expect(inhabitants.getByRole('link', { name: /Reacties: 1/ })).toBeVisible();
	if (shots) await screenshots(page, 'liveability-area');
	const areaUrl = page.url().split('#')[0];

	// 6. A pin without the map: choose the buurt from the list and describe the spot.
	await page.getByRole('link', { name: 'Nieuwe speld' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Spelden' })).toBeVisible();
	await expect(page.getByLabel('Wijk of buurt')).toHaveValue('BU01060000');
	await page.getByLabel(/Welke plek/).fill('Hoek Brink en Kerkplein');
	await page.getByLabel('Soort').selectOption({ label: 'Overlast' });
	await page.getByLabel('Toelichting').fill(`Fietsen op de stoep ${run}`);
	await page.getByRole('button', { name: 'Speld plaatsen' }).click();
	await expect(page.getByText('De speld is geplaatst in Brinkkwartier.')).toBeVisible();
	await expect(page.getByRole('table', { name: 'Spelden per gebied' })).toContainText('Brinkkwartier');

	// 7. Two measures for the buurt, ranked: the second first.
	await page.goto(areaUrl);
	for (const [title, type] of [[`Huismeester ${run}`, 'Sociaal beheer'], [`Verlichting ${run}`, 'Onderhoud']]) {
		await page.getByLabel('Maatregel', { exact: true }).fill(title);
		await page.getByLabel('Soort maatregel').selectOption({ label: type });
		await page.getByLabel('Trekker (partij)').selectOption({ label: 'Woonstichting Hunzedal' });
		await page.getByRole('button', { name: 'Maatregel toevoegen' }).click();
		await expect(page.getByText('De maatregel is toegevoegd.')).toBeVisible();
		await expect(page.getByRole('cell', { name: title, exact: true })).toBeVisible();
	}
	await page.getByLabel(`Uw plek voor Huismeester ${run}`).fill('2');
	await page.getByLabel(`Uw plek voor Verlichting ${run}`).fill('1');
	await page.getByRole('button', { name: 'Volgorde opslaan' }).click();
	await expect(page.getByText('Uw volgorde is opgeslagen.')).toBeVisible();
	const rows = page.locator('#measures ~ form tbody tr');
	await expect(rows.first()).toContainText(`Verlichting ${run}`);
	// Up/down buttons do the same without typing.
	await page.getByRole('button', { name: `Huismeester ${run} hoger zetten` }).click();
	await expect(rows.first()).toContainText(`Huismeester ${run}`);
});

test('vector tiles of the areas: TileJSON, a gzipped tile, an empty tile and a clear error', async ({ page }) => {
	await signIn(page, KARIN);
	const tileJson = await page.request.get('/api/v1/areas/tiles.json?level=wijk&indicators=inhabitants,wozValue');
	expect(tileJson.status()).toBe(200);
	const doc = await tileJson.json();
	expect(doc).toMatchObject({ tilejson: '3.0.0', maxzoom: 14, vector_layers: [{ id: 'areas', fields: { code: 'String', inhabitants: 'Number', wozValue: 'Number' } }] });
	expect(doc.bounds).toHaveLength(4);
	expect(doc.features).toBeGreaterThan(0);
	// The template carries the query; Assen's tile at zoom 10 has the demo wijken.
	const url = new URL(doc.tiles[0].replace('{z}/{x}/{y}', '10/530/333'));
	expect(url.searchParams.get('indicators')).toBe('inhabitants,wozValue');
	const tile = await page.request.get(url.pathname + url.search, { headers: { 'accept-encoding': 'gzip' } });
	expect(tile.status()).toBe(200);
	expect(tile.headers()['content-type']).toBe('application/vnd.mapbox-vector-tile');
	expect(tile.headers()['content-encoding']).toBe('gzip');
	expect((await tile.body()).toString('latin1')).toContain('WK010603');
	// The sea off Portugal has no areas; a tile outside the pyramid gets a message.
	expect((await page.request.get('/api/v1/areas/tiles/10/400/380.mvt?level=wijk')).status()).toBe(204);
	const wrong = await page.request.get('/api/v1/areas/tiles/15/0/0.mvt');
	expect(wrong.status()).toBe(400);
	expect((await wrong.json()).error.message).toMatch(/Deze tegel bestaat niet/);
});
