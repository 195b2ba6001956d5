// Advice, consent and the participation calendar in the Assen space, as the corporation
// (Karin, Hunzedal) and the tenant organisation (Henk, Huurdersraad Hunzedal).
import type { Page } from '@playwright/test';
import { test, expect, signIn } from './support/fixtures';
import { earliestExecutionDate, toAmsterdamDate } from '../src/lib/server/advice/rules';

const KARIN = 'karin.bos@hunzedal.example';
const HENK = 'henk.jansen@huurdersraad.example';
const PAIR = 'Woonstichting Hunzedal – Huurdersraad Hunzedal';
const COMMITTEE_PAIR = 'Woonstichting Hunzedal – Bewonerscommissie Flat Kloosterveste';
const run = Math.random().toString(36).slice(2, 7);

async function switchTo(page: Page, email: string) {
	await page.getByRole('button', { name: 'Uitloggen' }).click();
	await expect(page).toHaveURL(/\/login/);
	await signIn(page, email);
}

const nlDate = (iso: string) =>
	new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeZone: 'Europe/Amsterdam' }).format(new Date(`${iso}T12:00:00Z`));

test('advice request end to end: draft together, send, departure with reasons and the 3-day date', async ({ page }) => {
	const title = `Huurbeleid 2027 ${run}`;
	const today = toAmsterdamDate(new Date());
	await signIn(page, KARIN);
	await page.goto('/assen');
	await page.getByRole('link', { name: 'Adviesaanvragen' }).first().click();
	await expect(page.getByRole('heading', { level: 1, name: 'Adviesaanvragen' })).toBeVisible();

	await page.getByLabel('Soort aanvraag').selectOption({ label: 'Adviesaanvraag' });
	await page.getByLabel('Corporatie en huurdersorganisatie').selectOption({ label: PAIR });
	await page.getByLabel('Onderwerp').selectOption({ label: 'Huurbeleid' });
	await page.getByLabel('Titel').fill(title);
	await page.getByLabel('Tekst', { exact: true }).fill('Wij willen de huren in 2027 inflatievolgend verhogen.');
	await page.getByLabel('Adviestermijn in dagen').fill('30');
	await page.getByRole('button', { name: 'Aanvraag versturen' }).click();
	await expect(page.getByText('De adviestermijn is te kort. Geef minstens 6 weken')).toBeVisible();
	await page.getByLabel('Adviestermijn in dagen').fill('42');
	await page.getByRole('button', { name: 'Aanvraag versturen' }).click();
	await expect(page.getByText('De aanvraag is verstuurd.')).toBeVisible();
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Tijdlijn' })).toBeVisible();
	await expect(page.getByText('Zo rekenen we', { exact: true })).toBeVisible();
	const url = page.url().split('?')[0];

	// The tenant organisation drafts its advice; the corporation does not see the draft.
	await switchTo(page, HENK);
	await page.goto(url);
	await page.locator('#draft').fill('Concept: alleen inflatievolgend als de energielasten dalen.');
	await page.getByRole('button', { name: 'Concept opslaan' }).click();
	await expect(page.getByText('Opgeslagen.')).toBeVisible();
	await page.locator('#comment').fill('Goed punt, ik vul nog iets aan.');
	await page.getByRole('button', { name: 'Reactie plaatsen' }).click();
	await expect(page.getByText('Goed punt, ik vul nog iets aan.')).toBeVisible();

	await switchTo(page, KARIN);
	await page.goto(url);
	await expect(page.getByText('De huurdersorganisatie werkt aan haar advies.')).toBeVisible();
	await expect(page.getByText('Concept: alleen inflatievolgend')).toHaveCount(0);
	await expect(page.getByText('Goed punt, ik vul nog iets aan.')).toHaveCount(0);

	await switchTo(page, HENK);
	await page.goto(url);
	await page.locator('#send-text').fill('Wij adviseren de huren niet meer dan inflatievolgend te verhogen.');
	await page.locator('#send-on').fill(today);
	await page.getByRole('button', { name: 'Advies versturen' }).click();
	await expect(page.getByText('Het advies is verstuurd.')).toBeVisible();

	// The corporation departs from the advice: reasons are required, then the 3-day date shows.
	await switchTo(page, KARIN);
	await page.goto(url);
	await expect(page.getByTestId('advice-text')).toHaveText('Wij adviseren de huren niet meer dan inflatievolgend te verhogen.');
	await page.getByLabel('Antwoord', { exact: true }).selectOption({ label: 'Wijkt af van het advies' });
	await page.locator('#answer-on').fill(today);
	await page.getByRole('button', { name: 'Antwoord versturen' }).click();
	await expect(page.getByText('Schrijf op waarom.')).toBeVisible();
	await page.locator('#answer-text').fill('De onderhoudskosten stijgen sneller dan de inflatie.');
	await page.getByRole('button', { name: 'Antwoord versturen' }).click();
	await expect(page.getByText('Het antwoord is verstuurd.')).toBeVisible();
	await expect(page.getByTestId('earliest-execution')).toHaveText(nlDate(earliestExecutionDate(today)));
	await expect(page.getByText('Eerste dag waarop het plan mag worden uitgevoerd')).toBeVisible();
});

test('consent: refused for a residents committee, then refused with reasons by the tenant organisation', async ({ page }) => {
	const title = `Servicekosten glasverzekering ${run}`;
	await signIn(page, KARIN);
	await page.goto('/assen/advice');
	await page.getByLabel('Soort aanvraag').selectOption({ label: 'Instemmingsaanvraag' });
	await page.getByLabel('Corporatie en huurdersorganisatie').selectOption({ label: COMMITTEE_PAIR });
	await page.getByLabel('Onderwerp').selectOption({ label: 'Servicepakket en servicekosten' });
	await page.getByLabel('Titel').fill(title);
	await page.getByRole('button', { name: 'Aanvraag versturen' }).click();
	await expect(page.locator('.utrecht-form-field-error-message')).toHaveText('Een bewonerscommissie heeft geen instemmingsrecht. Kies een huurdersorganisatie.');
	await page.getByLabel('Corporatie en huurdersorganisatie').selectOption({ label: PAIR });
	await page.getByRole('button', { name: 'Aanvraag versturen' }).click();
	await expect(page.getByText('De aanvraag is verstuurd.')).toBeVisible();
	const url = page.url().split('?')[0];

	await switchTo(page, HENK);
	await page.goto(url);
	await page.getByLabel('Antwoord', { exact: true }).selectOption({ label: 'Weigert instemming' });
	await page.getByRole('button', { name: 'Antwoord versturen' }).click();
	await expect(page.getByText('Schrijf op waarom.')).toBeVisible();
	await page.locator('#answer-text').fill('Te duur voor de meeste huurders.');
	await page.getByRole('button', { name: 'Antwoord versturen' }).click();
	await expect(page.getByText('Het antwoord is verstuurd.')).toBeVisible();
	await expect(page.getByText('Weigert instemming', { exact: true })).toBeVisible();
});

const pdfBytes = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n`);

test('documents: uploaded with a request and later, downloaded, a wrong type refused, draft advice documents hidden', async ({ page }) => {
	const title = `Sloop en nieuwbouw Lariks ${run}`;
	await signIn(page, KARIN);
	await page.goto('/assen/advice');
	await page.getByLabel('Soort aanvraag').selectOption({ label: 'Adviesaanvraag' });
	await page.getByLabel('Corporatie en huurdersorganisatie').selectOption({ label: PAIR });
	await page.getByLabel('Onderwerp').selectOption({ label: 'Huurbeleid' });
	await page.getByLabel('Titel').fill(title);
	// A wrong type is refused at the field and nothing is stored.
	await page.getByLabel('Stukken toevoegen (niet verplicht)').setInputFiles({ name: 'plan.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') });
	await page.getByRole('button', { name: 'Aanvraag versturen' }).click();
	await expect(page.locator('#field-documents-error')).toHaveText('Dit soort bestand kan niet. Gebruik PDF, Word, Excel, ODT, PNG of JPG.');
	await expect(page.getByLabel('Titel')).toHaveValue(title);
	await page.getByLabel('Stukken toevoegen (niet verplicht)').setInputFiles({ name: 'Plan Lariks.pdf', mimeType: 'application/pdf', buffer: pdfBytes('plan') });
	await page.getByRole('button', { name: 'Aanvraag versturen' }).click();
	await expect(page.getByText('De aanvraag is verstuurd.')).toBeVisible();
	const url = page.url().split('?')[0];
	const link = page.getByTestId('documents').getByRole('link', { name: 'Plan Lariks.pdf' });
	await expect(link).toBeVisible();
	const file = await page.request.get((await link.getAttribute('href'))!);
	expect(file.status()).toBe(200);
	expect(file.headers()['content-type']).toBe('application/pdf');
	expect((await file.body()).toString()).toContain('plan');

	// Later on the request page: a wrong type again, then a good one.
	await page.getByLabel('Stukken bij de aanvraag toevoegen').setInputFiles({ name: 'bijlage.txt', mimeType: 'text/plain', buffer: Buffer.from('tekst') });
	await page.getByRole('button', { name: 'Stukken toevoegen' }).click();
	await expect(page.locator('#upload-documents-error')).toHaveText('Dit soort bestand kan niet. Gebruik PDF, Word, Excel, ODT, PNG of JPG.');
	await page.getByLabel('Stukken bij de aanvraag toevoegen').setInputFiles({ name: 'Tekeningen.pdf', mimeType: 'application/pdf', buffer: pdfBytes('tekeningen') });
	await page.getByRole('button', { name: 'Stukken toevoegen' }).click();
	await expect(page.getByText('De stukken zijn toegevoegd.')).toBeVisible();
	await expect(page.getByTestId('documents').getByRole('link')).toHaveText(['Plan Lariks.pdf', 'Tekeningen.pdf']);

	// The tenant side adds a document to its draft advice: the corporation does not see it yet.
	await switchTo(page, HENK);
	await page.goto(url);
	await page.getByLabel('Stukken bij jullie advies toevoegen').setInputFiles({ name: 'Reactie bewoners.pdf', mimeType: 'application/pdf', buffer: pdfBytes('reactie') });
	await page.getByRole('button', { name: 'Stukken toevoegen' }).click();
	await expect(page.getByText('De stukken zijn toegevoegd.')).toBeVisible();
	const draftLink = page.getByTestId('documents').getByRole('link', { name: 'Reactie bewoners.pdf' });
	const draftHref = (await draftLink.getAttribute('href'))!;
	await page.screenshot({ path: 'screenshots/advice-documents-1280.png', fullPage: true });
	await switchTo(page, KARIN);
	await page.goto(url);
	await expect(page.getByTestId('documents').getByRole('link')).toHaveText(['Plan Lariks.pdf', 'Tekeningen.pdf']);
	expect((await page.request.get(draftHref)).status()).toBe(404);
});

test('calendar: both sides agree, a request is linked to an item, the iCalendar feed reads it', async ({ page }) => {
	const year = Number(toAmsterdamDate(new Date()).slice(0, 4)) + 1;
	const itemTitle = `Woonlastenonderzoek ${run}`;
	await signIn(page, KARIN);
	await page.goto(`/assen/calendar?year=${year}`);
	await expect(page.getByRole('heading', { level: 1, name: `Participatiekalender ${year}` })).toBeVisible();
	const add = page.locator('form[action="?/add"]');
	await add.getByLabel('Corporatie en huurdersorganisatie').selectOption({ label: PAIR });
	await add.getByLabel('Onderwerp').selectOption({ label: 'Huurbeleid' });
	await add.getByLabel('Titel').fill(itemTitle);
	await add.getByLabel('Maand of kwartaal').fill(`${year + 1}-03`);
	await add.getByRole('button', { name: 'Punt toevoegen' }).click();
	await expect(page.getByText('Deze maand valt buiten het jaar van de kalender.')).toBeVisible();
	await add.getByLabel('Maand of kwartaal').fill(`${year}-03`);
	await add.getByRole('button', { name: 'Punt toevoegen' }).click();
	await expect(page.getByText('Het punt staat op de kalender.')).toBeVisible();
	await page.getByRole('button', { name: `Kalender goedkeuren ${PAIR}` }).click();
	await expect(page.getByText('Je hebt de kalender goedgekeurd.')).toBeVisible();

	await switchTo(page, HENK);
	await page.goto(`/assen/calendar?year=${year}`);
	await expect(page.getByText('Wacht op goedkeuring van de andere partij.')).toBeVisible();
	await page.getByRole('button', { name: `Kalender goedkeuren ${PAIR}` }).click();
	await expect(page.getByText('Beide partijen hebben goedgekeurd. De kalender ligt vast.')).toBeVisible();
	await expect(page.getByText(/Vastgesteld op/)).toBeVisible();

	// The tenant side asks information about the item: the item is no longer without a request.
	await page.goto('/assen/advice');
	await page.getByLabel('Soort aanvraag').selectOption({ label: 'Informatievraag' });
	await page.getByLabel('Corporatie en huurdersorganisatie').selectOption({ label: PAIR });
	await page.getByLabel('Onderwerp').selectOption({ label: 'Huurbeleid' });
	await page.getByLabel('Titel').fill(`Cijfers woonlasten ${run}`);
	await page.getByLabel('Hoort bij kalenderpunt (niet verplicht)').selectOption({ label: `${itemTitle} (${year})` });
	await page.getByRole('button', { name: 'Aanvraag versturen' }).click();
	await expect(page.getByText('De aanvraag is verstuurd.')).toBeVisible();
	await expect(page.getByRole('link', { name: itemTitle })).toBeVisible();

	await page.goto(`/assen/calendar?year=${year}`);
	await expect(page.getByRole('link', { name: `Cijfers woonlasten ${run}` })).toBeVisible();
	await page.goto(`/assen/calendar?year=${year}&view=month`);
	await expect(page.getByRole('heading', { name: 'maart' })).toBeVisible();
	await expect(page.locator('.cal-chip').filter({ hasText: itemTitle })).toBeVisible();

	await page.getByRole('button', { name: 'Nieuwe geheime link maken' }).click();
	const feedUrl = (await page.getByTestId('feed-url').textContent())!.trim();
	const feed = await page.request.get(feedUrl);
	expect(feed.status()).toBe(200);
	expect(feed.headers()['content-type']).toContain('text/calendar');
	const body = await feed.text();
	expect(body).toContain('BEGIN:VCALENDAR');
	expect(body).toContain(itemTitle);
	for (const [ext, type] of [['xlsx', 'spreadsheetml'], ['docx', 'wordprocessingml'], ['pdf', 'application/pdf']]) {
		const file = await page.request.get(`/assen/calendar/export.${ext}?year=${year}`);
		expect(file.status()).toBe(200);
		expect(file.headers()['content-type']).toContain(type);
	}
	// A renewed link replaces the old one.
	await page.getByRole('button', { name: 'Nieuwe geheime link maken' }).click();
	await expect(page.getByTestId('feed-url')).not.toHaveText(feedUrl);
	expect((await page.request.get(feedUrl)).status()).toBe(404);
	const pdf = await page.request.get(`/assen/calendar/export.pdf?year=${year}`);
	expect((await pdf.body()).subarray(0, 4).toString()).toBe('%PDF');

	// Editing an item after the agreement: checked as on creation, and shown as a change.
	await page.goto(`/assen/calendar?year=${year}`);
	await page.getByRole('link', { name: `Wijzigen ${itemTitle}` }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Onderwerp op de kalender wijzigen' })).toBeVisible();
	await page.getByLabel('Maand of kwartaal').fill(`${year + 1}-Q1`);
	await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
	await expect(page.getByText('Deze maand valt buiten het jaar van de kalender.')).toBeVisible();
	await page.getByLabel('Maand of kwartaal').fill(`${year}-Q2`);
	await page.getByLabel('Titel').fill(`${itemTitle} en energie`);
	await page.getByLabel('Trekker').fill('Henk Jansen');
	await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
	await expect(page.getByText('Het onderwerp is gewijzigd.')).toBeVisible();
	await expect(page.getByRole('cell', { name: new RegExp(`^${itemTitle} en energie`) })).toBeVisible();
	await expect(page.getByText(`${itemTitle} en energie: `)).toContainText('Titel');
});

test.describe('without JavaScript', () => {
	test('a request with a document, an upload refused at the field, and a calendar item changed', async ({ browser, baseURL }) => {
		// axe needs JavaScript in the page: these pages are scanned in the other tests.
		const ip = `10.98.${Math.floor(Math.random() * 250) + 1}.${Math.floor(Math.random() * 250) + 1}`;
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL, extraHTTPHeaders: { 'x-forwarded-for': ip } });
		const page = await context.newPage();
		await signIn(page, KARIN);
		await page.goto('/assen/advice');
		await page.getByLabel('Soort aanvraag').selectOption({ label: 'Adviesaanvraag' });
		await page.getByLabel('Corporatie en huurdersorganisatie').selectOption({ label: PAIR });
		await page.getByLabel('Onderwerp').selectOption({ label: 'Onderhoud' });
		await page.getByLabel('Titel').fill(`Planmatig onderhoud ${run}`);
		await page.getByLabel('Stukken toevoegen (niet verplicht)').setInputFiles({ name: 'Begroting.pdf', mimeType: 'application/pdf', buffer: pdfBytes('begroting') });
		await page.getByRole('button', { name: 'Aanvraag versturen' }).click();
		await expect(page.getByText('De aanvraag is verstuurd.')).toBeVisible();
		await expect(page.getByTestId('documents').getByRole('link', { name: 'Begroting.pdf' })).toBeVisible();
		await page.getByLabel('Stukken bij de aanvraag toevoegen').setInputFiles({ name: 'leeg.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(0) });
		await page.getByRole('button', { name: 'Stukken toevoegen' }).click();
		await expect(page.locator('#upload-documents-error')).toHaveText('Het bestand is leeg.');

		await page.goto('/assen/calendar?year=2026');
		await page.getByRole('link', { name: 'Wijzigen Meerjarenonderhoudsbegroting' }).click();
		await page.getByLabel('Maand of kwartaal').fill('2025-12');
		await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
		await expect(page.getByText('Deze maand valt buiten het jaar van de kalender.')).toBeVisible();
		await page.getByLabel('Maand of kwartaal').fill('2026-Q4');
		await page.getByLabel('Trekker').fill('Dennis Smit');
		await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
		await expect(page.getByText('Het onderwerp is gewijzigd.')).toBeVisible();
		await expect(page.getByRole('cell', { name: /^Meerjarenonderhoudsbegroting/ })).toContainText('Trekker: Dennis Smit');
		await context.close();
	});
});

for (const width of [1280, 375]) {
	test(`screenshots of the timeline and the month view at ${width}px`, async ({ page }) => {
		await page.setViewportSize({ width, height: width > 600 ? 900 : 780 });
		await signIn(page, HENK);
		await page.goto('/assen/advice');
		await page.getByRole('link', { name: 'Huisvesting kwetsbare doelgroepen' }).click();
		await expect(page.getByRole('heading', { name: 'Tijdlijn' })).toBeVisible();
		await page.screenshot({ path: `screenshots/advice-timeline-${width}.png`, fullPage: true });
		await page.goto('/assen/advice');
		await page.screenshot({ path: `screenshots/advice-list-${width}.png`, fullPage: true });
		await page.goto('/assen/calendar?year=2026&view=month');
		await page.screenshot({ path: `screenshots/calendar-month-${width}.png`, fullPage: true });
		await page.goto('/assen/calendar?year=2026');
		await page.screenshot({ path: `screenshots/calendar-list-${width}.png`, fullPage: true });
		await page.getByRole('link', { name: 'Wijzigen Koersdocument 2027–2030' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Onderwerp op de kalender wijzigen' })).toBeVisible();
		await page.screenshot({ path: `screenshots/calendar-item-${width}.png`, fullPage: true });
	});
}
