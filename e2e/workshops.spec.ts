// A live workshop end to end: the facilitator's console, the projector and three phones in
// separate browser contexts (one without JavaScript) run chips, an estimate with a reveal and a
// poll; the projector follows live; then the comparison page and the XLSX export. A second test
// runs a pins activity: phones place pins without a map, the projector counts them live.
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { test, expect, signIn, expectAccessible, randomIp } from './support/fixtures';

test.describe.configure({ timeout: 300_000 });

async function phone(browser: Browser, baseURL: string, javaScriptEnabled = true): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({
		baseURL,
		javaScriptEnabled,
		viewport: { width: 375, height: 780 },
		locale: 'nl-NL',
		extraHTTPHeaders: { 'x-forwarded-for': randomIp() }
	});
	return { context, page: await context.newPage() };
}

async function join(p: Page, code: string, table: string, role: string, name = '') {
	await p.goto('/w');
	await p.getByLabel('Code (6 tekens)').fill(code.toLowerCase());
	await p.getByRole('button', { name: 'Meedoen' }).click();
	await expect(p).toHaveURL(new RegExp(`/w/${code}$`));
	await p.getByLabel('Aan welke tafel zit je?').selectOption(table);
	await p.getByLabel(role, { exact: true }).check();
	if (name) await p.getByLabel('Naam (mag je leeg laten)').fill(name);
	await p.getByRole('button', { name: 'Meedoen' }).click();
	await expect(p.getByText(`Tafel ${table} · ${role}`)).toBeVisible();
}

async function chips(p: Page, values: Record<string, string>) {
	for (const [theme, v] of Object.entries(values)) await p.getByLabel(theme, { exact: true }).fill(v);
	await p.getByRole('button', { name: /Versturen|Antwoord wijzigen/ }).click();
}

test('a live session with projector, facilitator and three phones; comparison and XLSX', async ({ page, browser, baseURL }, testInfo) => {
	const shots = testInfo.project.name === 'pglite';
	// --- Facilitator sets up a session in the demo programme.
	await signIn(page, 'karin.bos@hunzedal.example');
	await page.goto('/workshops');
	await page.getByRole('link', { name: 'Masterclass Wonen & Sociale huur 2026' }).click();
	const title = `Masterclass Midden-Drenthe ${testInfo.project.name}`;
	// The session form is filled only after hydration, which would otherwise reset typed values.
	await page.waitForLoadState('networkidle');
	await page.getByLabel('Titel').fill(title);
	await page.getByLabel('Datum').fill('2026-05-07');
	await page.getByLabel('Plaats').fill('Beilen');
	await page.getByLabel('Midden-Drenthe').check();
	await page.getByRole('button', { name: 'Sessie maken' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Regie: ${title}`);
	const consoleUrl = page.url();

	await page.getByRole('button', { name: 'Fiches verdelen toevoegen' }).click();
	await expect(page.getByText('Antwoorden: 0')).toHaveCount(1);
	// Bad input in the console: an estimate about waiting time without saying which measure is fine,
	// but a true value without a source is refused.
	await page.locator('#question').fill('Hoe lang staat iemand hier ingeschreven voor een sociale huurwoning?');
	await page.getByLabel('Welke wachttijd?').selectOption('registrationTime');
	await page.getByLabel('Echte waarde (mag later)').fill('5,2');
	await page.getByRole('button', { name: 'Schattingsvraag toevoegen' }).click();
	await expect(page.getByRole('alert')).toContainText('Geef de bron van de echte waarde.');
	await page.getByLabel('Bron van de echte waarde').fill('Woonkeus Drenthe 2025');
	await page.getByRole('button', { name: 'Schattingsvraag toevoegen' }).click();
	await expect(page.getByText('Antwoorden: 0')).toHaveCount(2);
	await page.locator('#poll-question').fill('Wat moet eerst?');
	await page.getByLabel('Antwoorden (één per regel)').fill('Meer bouwen\nBestaande woningen verduurzamen');
	await page.getByRole('button', { name: 'Peiling toevoegen' }).click();
	await expect(page.getByText('Antwoorden: 0')).toHaveCount(3);
	await page.getByRole('button', { name: 'Sessie openen' }).click();
	await expect(page.getByRole('button', { name: 'Volgende onderdeel' })).toBeVisible();
	const code = (await page.locator('.ws-code').textContent())!.trim();
	expect(code).toMatch(/^[2-9A-Z]{6}$/);

	// --- The projector, signed in as the facilitator in its own context.
	const projectorContext = await browser.newContext({ baseURL, viewport: { width: 1920, height: 1080 }, locale: 'nl-NL', extraHTTPHeaders: { 'x-forwarded-for': randomIp() } });
	const projector = await projectorContext.newPage();
	await signIn(projector, 'karin.bos@hunzedal.example');
	await projector.goto(`${new URL(consoleUrl).pathname}/projector`);
	await expect(projector.getByTestId('join-code')).toHaveText(code);
	await expect(projector.locator('.ws-join__qr svg')).toBeVisible();

	// --- Three phones: two with JavaScript, one without.
	const a = await phone(browser, baseURL!);
	const b = await phone(browser, baseURL!);
	const c = await phone(browser, baseURL!, false);
	// A display name with markup is refused with a clear message, nothing stored.
	await a.page.goto(`/w/${code}`);
	await a.page.getByLabel('Aan welke tafel zit je?').selectOption('1');
	await a.page.getByLabel('Raadslid', { exact: true }).check();
	await a.page.getByLabel('Naam (mag je leeg laten)').fill('<b>Jan</b>');
	await a.page.getByRole('button', { name: 'Meedoen' }).click();
	await expect(a.page.getByRole('alert')).toHaveText('Gebruik geen < of > in je naam.');
	await join(a.page, code, '1', 'Raadslid', 'Jan');
	await join(b.page, code, '1', 'Wethouder');
	await join(c.page, code, '2', 'Huurdersorganisatie');
	await expect(projector.getByTestId('participants')).toHaveText('Deelnemers: 3');
	await expect(a.page.getByText('Even wachten')).toBeVisible();

	// --- Chips: the phones with JavaScript follow the facilitator by themselves.
	await page.getByRole('button', { name: 'Volgende onderdeel' }).click();
	await expect(a.page.getByRole('heading', { name: 'Verdeel je fiches' })).toBeVisible();
	await expect(b.page.getByRole('heading', { name: 'Verdeel je fiches' })).toBeVisible();
	await c.page.getByRole('link', { name: 'Vernieuwen' }).click();
	await expect(c.page.getByRole('heading', { name: 'Verdeel je fiches' })).toBeVisible();
	await expect(projector.getByRole('heading', { name: 'Verdeel je fiches' })).toBeVisible();

	// The remainder updates while typing (JavaScript), and comes from the server without it.
	await a.page.getByLabel('Betaalbaarheid', { exact: true }).fill('60');
	await expect(a.page.locator('[data-ws-left]')).toHaveText('40');
	await chips(a.page, { Betaalbaarheid: '60', 'Beschikbaarheid en nieuwbouw': '40' });
	await expect(a.page.getByText('Opgeslagen.')).toBeVisible();
	await expect(projector.getByText('60% (60)').first()).toBeVisible();
	// The same phone again replaces its answer.
	await chips(a.page, { Betaalbaarheid: '50', 'Beschikbaarheid en nieuwbouw': '50' });
	await expect(projector.getByText('50% (50)').first()).toBeVisible();
	await chips(b.page, { Betaalbaarheid: '30', Leefbaarheid: '70' });
	// Over budget without JavaScript: a clear message, nothing stored.
	await chips(c.page, { Betaalbaarheid: '80', 'Wonen en zorg': '50' });
	await expect(c.page.getByRole('alert')).toContainText('meer fiches verdeeld dan je hebt');
	await expect(c.page.getByText('-30')).toBeVisible();
	await chips(c.page, { Betaalbaarheid: '80', 'Wonen en zorg': '20' });
	await expect(c.page.getByText('Opgeslagen.')).toBeVisible();
	// 50 + 30 + 80 = 160 of 300 chips.
	await expect(projector.getByText('53,3% (160)').first()).toBeVisible();
	await expect(projector.getByRole('table', { name: 'Fiches per tafel' })).toBeVisible();
	if (shots) {
		await a.page.screenshot({ path: 'screenshots/workshop-phone-chips-375.png', fullPage: true });
		await projector.screenshot({ path: 'screenshots/workshop-projector-chips-1920.png' });
	}

	// --- Estimate: guesses hidden until the reveal.
	await page.getByRole('button', { name: 'Volgende onderdeel' }).click();
	await expect(a.page.getByRole('heading', { name: /ingeschreven/ })).toBeVisible();
	await a.page.getByLabel('Jouw schatting (in jaren)').fill('vier');
	await a.page.getByRole('button', { name: 'Versturen' }).click();
	await expect(a.page.getByRole('alert')).toHaveText('Vul een getal in, bijvoorbeeld 4,5.');
	await a.page.getByLabel('Jouw schatting (in jaren)').fill('4');
	await a.page.getByRole('button', { name: 'Versturen' }).click();
	await expect(a.page.getByText('Opgeslagen.')).toBeVisible();
	await expect(b.page.getByRole('heading', { name: /ingeschreven/ })).toBeVisible();
	await b.page.getByLabel('Jouw schatting (in jaren)').fill('6,5 jaar');
	await b.page.getByRole('button', { name: 'Versturen' }).click();
	await c.page.getByRole('link', { name: 'Vernieuwen' }).click();
	await c.page.getByLabel('Jouw schatting (in jaren)').fill('1000');
	await c.page.getByRole('button', { name: 'Versturen' }).click();
	await expect(c.page.getByText('erg groot of klein')).toBeVisible();
	await expect(projector.getByText('Schattingen binnen: 3.')).toBeVisible();
	await expect(projector.getByText('Echte waarde')).toHaveCount(0);
	await page.getByRole('button', { name: 'Sluiten: 2' }).click();
	await page.getByRole('button', { name: 'Uitkomst tonen: 2' }).click();
	await expect(projector.getByText('5,2 jaar')).toBeVisible();
	// Median of the plausible guesses 4 and 6.5; the 1000 is flagged, not counted.
	await expect(projector.getByText('5,3 jaar')).toBeVisible();
	await expect(projector.getByText('Niet meegeteld (onmogelijk groot of klein): 1')).toBeVisible();
	await expect(a.page.getByText('De echte waarde:')).toBeVisible();
	if (shots) {
		await projector.screenshot({ path: 'screenshots/workshop-projector-estimate-1920.png' });
		await a.page.screenshot({ path: 'screenshots/workshop-phone-reveal-375.png', fullPage: true });
	}

	// --- Poll.
	await page.getByRole('button', { name: 'Volgende onderdeel' }).click();
	await expect(a.page.getByRole('heading', { name: 'Wat moet eerst?' })).toBeVisible();
	await a.page.getByLabel('Meer bouwen').check();
	await a.page.getByRole('button', { name: 'Versturen' }).click();
	await expect(b.page.getByRole('heading', { name: 'Wat moet eerst?' })).toBeVisible();
	await b.page.getByLabel('Bestaande woningen verduurzamen').check();
	await b.page.getByRole('button', { name: 'Versturen' }).click();
	await c.page.getByRole('link', { name: 'Vernieuwen' }).click();
	await c.page.getByLabel('Meer bouwen').check();
	await c.page.getByRole('button', { name: 'Versturen' }).click();
	await expect(projector.getByText('2 (66,7%)').first()).toBeVisible();
	await expect(projector.getByText('1 (33,3%)').first()).toBeVisible();
	if (shots) await projector.screenshot({ path: 'screenshots/workshop-projector-poll-1920.png' });
	await expectAccessible(projector, 'projector');
	// The page without JavaScript has the same markup; axe itself needs JavaScript to run.
	await expectAccessible(a.page, 'phone');

	// --- Close: the phones are told, the results last.
	await page.getByRole('button', { name: 'Sessie afsluiten' }).click();
	await expect(a.page.getByText('Deze sessie is afgelopen')).toBeVisible();
	await page.goto(`${new URL(consoleUrl).pathname}/results`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Uitkomsten: ${title}`);
	await expect(page.getByText('Deelnemers: 3')).toBeVisible();

	// --- Comparison: the demo sessions of Assen and Tynaarlo side by side, and ours.
	await page.getByRole('link', { name: 'Sessies vergelijken' }).click();
	const themes = page.getByTestId('compare-themes');
	await expect(themes.getByRole('columnheader')).toContainText(['Thema', 'Assen', 'Tynaarlo', 'Midden-Drenthe']);
	await expect(themes.getByRole('row', { name: /Betaalbaarheid/ })).toContainText('33,3%');
	const estimates = page.getByTestId('compare-estimates').filter({ hasText: 'Assen' });
	await expect(estimates.getByRole('row', { name: /Assen/ })).toContainText('4,8 jaar');
	await expect(estimates.getByRole('row', { name: /Tynaarlo/ })).toContainText('6,2 jaar');
	if (shots) await page.screenshot({ path: 'screenshots/workshop-compare-1280.png', fullPage: true });

	// --- XLSX with the expected columns.
	const downloading = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Uitkomsten als Excel (XLSX)' }).click();
	const file = await (await downloading).path();
	const wb = new ExcelJS.Workbook();
	await wb.xlsx.readFile(file);
	const header = (name: string) => (wb.getWorksheet(name)!.getRow(1).values as unknown[]).slice(1);
	expect(wb.worksheets.map((w) => w.name)).toEqual(['Thema’s', 'Schattingen', 'Peilingen', 'Per tafel', 'Spelden']);
	expect(header('Spelden')).toEqual(['Sessie', 'Gemeente(n)', 'Datum', 'Onderdeel', 'Wijk of buurt', 'Gebiedscode', 'Soort', 'Spelden']);
	expect(header('Thema’s')).toEqual(['Thema', 'Sessie', 'Gemeente(n)', 'Datum', 'Deelnemers', 'Fiches', 'Aandeel (%)', 'Rang']);
	expect(header('Schattingen')).toEqual(['Vraag', 'Sessie', 'Gemeente(n)', 'Eenheid', 'Maat', 'Echte waarde', 'Bron', 'Schattingen', 'Buiten bereik', 'Mediaan', 'Eerste kwartiel', 'Derde kwartiel', 'Laagste', 'Hoogste', 'Binnen 25%']);
	const themeRows = wb.getWorksheet('Thema’s')!.getSheetValues().slice(2) as unknown[][];
	expect(themeRows.find((r) => r[1] === 'Betaalbaarheid' && r[2] === title)?.slice(5, 8)).toEqual([3, 160, 53.3]);

	for (const ctx of [a.context, b.context, c.context, projectorContext]) await ctx.close();
});

test('pins without a map: phones choose a buurt from a list, the projector counts per area, a reset removes them', async ({ page, browser, baseURL }, testInfo) => {
	const shots = testInfo.project.name === 'pglite';
	const run = `${testInfo.project.name}-${Date.now().toString(36)}`;
	await signIn(page, 'karin.bos@hunzedal.example');
	await page.goto('/workshops');
	await page.getByRole('link', { name: 'Masterclass Wonen & Sociale huur 2026' }).click();
	await page.waitForLoadState('networkidle');
	const title = `Buurtavond Assen en Tynaarlo ${testInfo.project.name}`;
	await page.getByLabel('Titel').fill(title);
	await page.getByLabel('Datum').fill('2026-06-04');
	await page.getByLabel('Assen', { exact: true }).check();
	await page.getByLabel('Tynaarlo', { exact: true }).check();
	await page.getByRole('button', { name: 'Sessie maken' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Regie: ${title}`);
	const consoleUrl = page.url();

	// In the demo Tynaarlo has no wijken and buurten: the console says what participants get
	// instead. (Run after liveability.spec.ts, the national KWB import has added them.)
	await expect(page.getByText(/Voor Tynaarlo zijn nog geen wijken en buurten ingelezen|Deelnemers kiezen uit de ingelezen wijken/).first()).toBeVisible();
	const tynaarloWhole = (await page.getByTestId('pins-areas-missing').count()) > 0;
	if (tynaarloWhole) await expect(page.getByTestId('pins-areas-missing')).toContainText('Deelnemers kiezen dan de hele gemeente en beschrijven zelf de plek.');
	// Categories default to the liveability ones; the facilitator adds one, and allows 2 pins each.
	await expect(page.getByLabel('Soorten punten (één per regel)')).toHaveValue('Overlast\nOnderhoud\nGroen\nVeiligheid\nEenzaamheid\nAnders');
	await page.getByLabel('Soorten punten (één per regel)').fill('Overlast\nOnderhoud\nGroen\nVeiligheid\nEenzaamheid\nParkeren');
	await page.getByLabel('Spelden per deelnemer (hoogstens)').fill('2');
	await page.getByRole('button', { name: 'Spelden prikken toevoegen' }).click();
	// A pins activity counts pins, not answers.
	await expect(page.getByText('Spelden: 0 · Deelnemers met een speld: 0')).toHaveCount(1);
	// The form is ready for the next one: the default categories are back.
	await expect(page.getByLabel('Soorten punten (één per regel)')).toHaveValue(/^Overlast\nOnderhoud\n/);
	if (shots) await page.screenshot({ path: 'screenshots/workshop-console-pins-1280.png', fullPage: true });
	await page.getByRole('button', { name: 'Sessie openen' }).click();
	await page.getByRole('button', { name: 'Volgende onderdeel' }).click();
	const code = (await page.locator('.ws-code').textContent())!.trim();

	const projectorContext = await browser.newContext({ baseURL, viewport: { width: 1920, height: 1080 }, locale: 'nl-NL', extraHTTPHeaders: { 'x-forwarded-for': randomIp() } });
	const projector = await projectorContext.newPage();
	await signIn(projector, 'karin.bos@hunzedal.example');
	await projector.goto(`${new URL(consoleUrl).pathname}/projector`);
	await expect(projector.getByRole('heading', { name: 'Zet een speld' })).toBeVisible();
	await expect(projector.getByTestId('pins-total')).toHaveText('Spelden: 0 · Deelnemers met een speld: 0');

	// --- A phone without JavaScript, used by keyboard only.
	const c = await phone(browser, baseURL!, false);
	await join(c.page, code, '3', 'Huurdersorganisatie');
	await expect(c.page.getByRole('heading', { name: 'Zet een speld' })).toBeVisible();
	await c.page.getByRole('button', { name: 'Speld zetten' }).press('Enter');
	await expect(c.page.getByRole('alert')).toHaveText('Kies een wijk of buurt.');
	// Brinkkwartier in the demo; a national import may rename it, so go by its code.
	const brink = (await c.page.locator('#pin-area option[value="BU01060000"]').textContent())!.trim();
	await c.page.getByLabel('Wijk of buurt').selectOption('BU01060000');
	await c.page.getByLabel('Overlast').focus();
	await c.page.keyboard.press('Space');
	await expect(c.page.getByLabel('Overlast')).toBeChecked();
	await c.page.getByLabel(/Welke plek/).fill('Hoek Brink');
	await c.page.getByLabel('Wat is er aan de hand?').fill(`<b>Fietsen</b> op de stoep ${run}`);
	await c.page.getByRole('button', { name: 'Speld zetten' }).press('Enter');
	// Markup is refused with a clear message; what was typed stays in the form.
	await expect(c.page.getByRole('alert')).toHaveText('Gebruik geen code zoals <b> in je tekst. Gewone tekst is genoeg.');
	await expect(c.page.getByLabel('Wijk of buurt')).toHaveValue('BU01060000');
	await c.page.getByLabel('Wat is er aan de hand?').fill(`Fietsen op de stoep ${run}`);
	await c.page.getByRole('button', { name: 'Speld zetten' }).press('Enter');
	await expect(c.page.getByText('Je speld is gezet. Dank je wel!')).toBeVisible();
	await expect(c.page.getByRole('heading', { name: 'Jouw spelden (1 van 2)' })).toBeVisible();
	await expect(projector.getByTestId('pins-total')).toHaveText('Spelden: 1 · Deelnemers met een speld: 1');
	await expect(projector.getByTestId('pins-per-area').getByRole('row', { name: brink })).toBeVisible();

	// --- A phone with JavaScript, in Tynaarlo: as a whole municipality it needs a described spot.
	const b = await phone(browser, baseURL!);
	await join(b.page, code, '4', 'Raadslid');
	const tynaarloOption = b.page.locator('#pin-area optgroup[label^="Tynaarlo"] option').first();
	const tynaarloArea = tynaarloWhole ? 'Tynaarlo' : (await tynaarloOption.textContent())!.replace(' (hele wijk)', '');
	await b.page.getByLabel('Wijk of buurt').selectOption((await tynaarloOption.getAttribute('value'))!);
	await b.page.getByLabel('Parkeren').check();
	await b.page.getByRole('button', { name: 'Speld zetten' }).click();
	await expect(b.page.getByRole('alert')).toHaveText(tynaarloWhole ? 'Beschrijf de plek: noem een straat, plein of gebouw.' : 'Schrijf kort wat er aan de hand is.');
	await expectAccessible(b.page, 'phone pins form with an error');
	await b.page.getByLabel('Wat is er aan de hand?').fill(`Auto's op de stoep ${run}`);
	await b.page.getByLabel(/Welke plek/).fill('Stationsweg Zuidlaren');
	await b.page.getByRole('button', { name: 'Speld zetten' }).click();
	await expect(b.page.getByText('Je speld is gezet. Dank je wel!')).toBeVisible();
	await b.page.getByLabel('Wijk of buurt').selectOption({ label: 'Assen-Oost (hele wijk)' });
	await b.page.getByLabel('Overlast').check();
	await b.page.getByLabel('Wat is er aan de hand?').fill(`Hangplek ${run}`);
	if (shots) await b.page.screenshot({ path: 'screenshots/workshop-phone-pins-375.png', fullPage: true });
	await b.page.getByRole('button', { name: 'Speld zetten' }).click();
	// The limit of 2 reached: said kindly, and no form any more.
	await expect(b.page.getByText('Je hebt 2 spelden gezet. Meer kan niet bij dit onderdeel.')).toBeVisible();
	await expect(b.page.getByRole('button', { name: 'Speld zetten' })).toHaveCount(0);
	await expectAccessible(b.page, 'phone pins list');

	await expect(projector.getByTestId('pins-total')).toHaveText('Spelden: 3 · Deelnemers met een speld: 2');
	// The count is said once: not again as "Antwoorden: 3" in the line above it.
	await expect(projector.locator('.ws-result__meta')).not.toContainText('Antwoorden');
	const perArea = projector.getByTestId('pins-per-area');
	await expect(perArea.getByRole('columnheader')).toContainText(['Wijk of buurt', 'Overlast', 'Parkeren', 'Totaal']);
	await expect(perArea.getByRole('row', { name: tynaarloArea })).toContainText('1');
	if (shots) await projector.screenshot({ path: 'screenshots/workshop-projector-pins-1920.png' });
	await expectAccessible(projector, 'projector pins');

	// --- The pins are liveability pins of each area's space.
	await page.goto('/assen/liveability/pins');
	await expect(page.getByText(`Fietsen op de stoep ${run}`)).toBeVisible();
	await page.goto('/tynaarlo/liveability/pins');
	await expect(page.getByText(`Auto's op de stoep ${run}`)).toBeVisible();
	await expect(page.getByText(`Auto's op de stoep ${run}`).locator('..')).toContainText('Parkeren');

	// --- Results and comparison count per area × category.
	await page.goto(`${new URL(consoleUrl).pathname}/results`);
	await expect(page.getByTestId('pins-per-area').getByRole('row', { name: brink })).toBeVisible();
	await page.getByRole('link', { name: 'Sessies vergelijken' }).click();
	const compare = page.getByTestId('compare-pins');
	await expect(compare.getByRole('row', { name: brink })).toContainText('Assen, Tynaarlo');
	// The demo sessions' pins are there too.
	await expect(compare.getByRole('cell', { name: 'Tynaarlo', exact: true }).first()).toBeVisible();

	// --- A reset removes this activity's pins, here and on the liveability pages.
	await page.goto(consoleUrl);
	await page.getByRole('button', { name: 'Leegmaken: 1' }).click();
	await expect(projector.getByTestId('pins-total')).toHaveText('Spelden: 0 · Deelnemers met een speld: 0');
	await page.goto('/assen/liveability/pins');
	await expect(page.getByRole('heading', { level: 1, name: 'Spelden' })).toBeVisible();
	await expect(page.getByText(`Fietsen op de stoep ${run}`)).toHaveCount(0);

	for (const ctx of [b.context, c.context, projectorContext]) await ctx.close();
});
