// A live workshop end to end: the facilitator's console, the projector and three phones in
// separate browser contexts (one without JavaScript) run chips, an estimate with a reveal and a
// poll; the projector follows live; then the comparison page and the XLSX export.
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
	expect(wb.worksheets.map((w) => w.name)).toEqual(['Thema’s', 'Schattingen', 'Peilingen', 'Per tafel']);
	expect(header('Thema’s')).toEqual(['Thema', 'Sessie', 'Gemeente(n)', 'Datum', 'Deelnemers', 'Fiches', 'Aandeel (%)', 'Rang']);
	expect(header('Schattingen')).toEqual(['Vraag', 'Sessie', 'Gemeente(n)', 'Eenheid', 'Maat', 'Echte waarde', 'Bron', 'Schattingen', 'Buiten bereik', 'Mediaan', 'Eerste kwartiel', 'Derde kwartiel', 'Laagste', 'Hoogste', 'Binnen 25%']);
	const themeRows = wb.getWorksheet('Thema’s')!.getSheetValues().slice(2) as unknown[][];
	expect(themeRows.find((r) => r[1] === 'Betaalbaarheid' && r[2] === title)?.slice(5, 8)).toEqual([3, 160, 53.3]);

	for (const ctx of [a.context, b.context, c.context, projectorContext]) await ctx.close();
});
