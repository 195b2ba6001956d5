// Tenant panel end to end: a tenant signs up and confirms by mail, the tenant council (Henk)
// builds a survey with a condition, invites by e-mail and by letter code, two tenants answer
// (one without JavaScript), a volunteer types in a paper form, results show suppressed small
// groups, the XLSX has the expected columns, and a tenant withdraws and their data is gone.
import ExcelJS from 'exceljs';
import { test, expect, signIn, waitForMail, linkIn, uniqueEmail } from './support/fixtures';

const HENK = 'henk.jansen@huurdersraad.example';
const PANEL = '7b8a2605-2a00-4942-aaaf-d795b827e3ec';
const run = Math.random().toString(36).slice(2, 7);
const iso = (d: Date) => d.toISOString().slice(0, 10);

test('tenant panel: sign-up, survey with a condition, e-mail and letter, paper, results, export, withdrawal', async ({ page, browser, baseURL }) => {
	test.setTimeout(180_000);
	const tenant = uniqueEmail('huurder');
	const letterName = `Brief Huurder ${run}`;

	// 1. A tenant signs up on the public page and confirms through the mail (double opt-in).
	const since = Date.now();
	await page.goto(`/panel/join/${PANEL}`);
	await page.getByLabel('E-mailadres').fill(tenant);
	await page.getByLabel('Leeftijd').selectOption({ label: '65 tot 75 jaar' });
	await page.getByRole('button', { name: 'Aanmelden' }).click();
	await expect(page.getByText('Zet een vinkje om akkoord te gaan.')).toBeVisible();
	await page.getByLabel('Ik ga akkoord met deze tekst').check();
	await page.getByRole('button', { name: 'Aanmelden' }).click();
	await expect(page.getByText('Bijna klaar!')).toBeVisible();
	const confirm = await waitForMail(tenant, since);
	expect(confirm.text).toContain('/panel/me/');
	await page.goto(linkIn(confirm));
	await expect(page.getByRole('heading', { name: 'Aanmelding bevestigd' })).toBeVisible();

	// 2. The tenant council builds a survey with a condition and imports a tenant without e-mail.
	await signIn(page, HENK);
	await page.goto(`/assen/panel/${PANEL}`);
	await page.getByLabel('Of plak de regels hier').fill(`email;naam;adres\n;${letterName};Dorpsstraat 1, Assen`);
	await page.getByLabel('Grondslag').selectOption({ label: 'Toestemming op papier' });
	await page.getByRole('button', { name: 'Importeren' }).click();
	await expect(page.getByText('1 leden geïmporteerd.')).toBeVisible();
	await page.getByLabel('Begin met').selectOption({ label: 'Lege peiling' });
	await page.getByLabel('Open vanaf').fill(iso(new Date(Date.now() - 86400_000)));
	await page.getByLabel('Sluit op').fill(iso(new Date(Date.now() + 14 * 86400_000)));
	await page.getByRole('button', { name: 'Peiling maken' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe peiling' })).toBeVisible();
	const surveyUrl = page.url();

	await page.locator('#title').fill(`Tuinen ${run}`);
	await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
	await expect(page.getByText('Opgeslagen.')).toBeVisible();
	const add = page.locator('form.pnl-add');
	await add.getByLabel('Soort vraag').selectOption({ label: 'Eén keuze' });
	await add.getByLabel('Vraag', { exact: true }).fill('Heeft u een tuin?');
	await add.getByLabel('Antwoorden (één per regel)').fill('ja = Ja\nnee = Nee');
	await add.getByRole('button', { name: 'Vraag toevoegen' }).click();
	await expect(page.getByText('Opgeslagen.')).toBeVisible();
	await add.getByLabel('Soort vraag').selectOption({ label: 'Open vraag' });
	await add.getByLabel('Vraag', { exact: true }).fill('Wat doet u het liefst in uw tuin?');
	await add.getByLabel('Eerdere vraag').selectOption({ index: 2 });
	await add.getByLabel('Voorwaarde').selectOption({ label: 'is' });
	await add.getByLabel('Waarde (code van het antwoord of een getal)').fill('ja');
	await add.getByRole('button', { name: 'Vraag toevoegen' }).click();
	await expect(page.getByText('Opgeslagen.')).toBeVisible();
	await expect(page.getByText('met voorwaarde')).toBeVisible();
	// A bad edit is refused with a clear message and changes nothing.
	await add.getByLabel('Soort vraag').selectOption({ label: 'Eén keuze' });
	await add.getByLabel('Vraag', { exact: true }).fill('Nog een?');
	await add.getByLabel('Antwoorden (één per regel)').fill('alleen');
	await add.getByRole('button', { name: 'Vraag toevoegen' }).click();
	await expect(page.getByText('Geef minstens 2 antwoorden.')).toBeVisible();

	await page.getByRole('link', { name: 'Voorbeeld' }).click();
	await expect(page.getByText('Beantwoord deze vraag alleen als u bij vraag 2 „Ja” koos.')).toBeVisible();
	await page.goto(surveyUrl);

	// 3. Invitations: e-mail (over SMTP) and letters with a code.
	const invitedAt = Date.now();
	await page.getByRole('link', { name: 'Uitnodigingen' }).click();
	await page.getByRole('button', { name: 'Uitnodigingen per e-mail versturen' }).click();
	await expect(page.getByText(/\d+ uitnodigingen verstuurd\./)).toBeVisible();
	await page.getByRole('button', { name: 'Brieven maken' }).click();
	await expect(page.getByText(/\d+ brieven gemaakt\./)).toBeVisible();
	const code = (await page.getByTestId('letters').getByRole('row', { name: new RegExp(letterName) }).locator('code').textContent())!.trim();
	expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
	const pdf = await page.request.get(`${surveyUrl}/letters.pdf`);
	expect(pdf.status()).toBe(200);
	expect((await pdf.body()).subarray(0, 4).toString()).toBe('%PDF');
	const invitation = await waitForMail(tenant, invitedAt);
	const answerLink = linkIn(invitation);
	expect(answerLink).toContain('/s/');
	const manageLink = invitation.text.match(/https?:\/\/\S+\/panel\/me\/\S+/)![0];

	// 4a. The e-mailed tenant answers with JavaScript off.
	const noJs = await browser.newContext({ javaScriptEnabled: false, baseURL, locale: 'nl-NL' });
	const tenantPage = await noJs.newPage();
	await tenantPage.goto(answerLink);
	await expect(tenantPage.getByRole('heading', { level: 1, name: `Tuinen ${run}` })).toBeVisible();
	expect(await tenantPage.locator('script[src]').count()).toBe(0);
	// Required question left open: a clear message, nothing stored.
	await tenantPage.getByRole('button', { name: 'Antwoorden versturen' }).click();
	await expect(tenantPage.getByText('Deze vraag is verplicht.').first()).toBeVisible();
	await tenantPage.getByRole('radio', { name: '4', exact: true }).check();
	await tenantPage.getByRole('radio', { name: 'Ja' }).check();
	// Progress is saved and comes back.
	await tenantPage.getByRole('button', { name: 'Bewaren en later verder' }).click();
	await expect(tenantPage.getByText('Uw antwoorden zijn bewaard.')).toBeVisible();
	await tenantPage.goto(answerLink);
	await expect(tenantPage.getByRole('radio', { name: 'Ja' })).toBeChecked();
	await tenantPage.getByLabel(/Wat doet u het liefst in uw tuin\?/).fill('Tomaten kweken');
	await tenantPage.getByRole('button', { name: 'Antwoorden versturen' }).click();
	await expect(tenantPage.getByRole('heading', { name: 'Dank u wel!' })).toBeVisible();
	await tenantPage.goto(answerLink);
	await expect(tenantPage.getByText('U heeft al geantwoord')).toBeVisible();
	await noJs.close();

	// 4b. The tenant with a letter types the code loosely on the short address, with JavaScript on.
	const letterContext = await browser.newContext({ baseURL, locale: 'nl-NL' });
	const letterPage = await letterContext.newPage();
	await letterPage.setViewportSize({ width: 375, height: 780 });
	await letterPage.goto('/c');
	const plain = code.replace('-', '');
	await letterPage.getByLabel('Uw code').fill(plain.slice(0, 7) + (plain[7] === 'X' ? 'Y' : 'X'));
	await letterPage.getByRole('button', { name: 'Naar de vragen' }).click();
	await expect(letterPage.getByText(/Deze code klopt niet|We kunnen deze code niet goed lezen|Deze code kennen we niet/)).toBeVisible();
	await letterPage.getByLabel('Uw code').fill(code.replace('-', ' ').toLowerCase());
	await letterPage.getByRole('button', { name: 'Naar de vragen' }).click();
	await expect(letterPage).toHaveURL(/\/s\/[2-9A-Z]{8}$/);
	await letterPage.getByRole('radio', { name: '2', exact: true }).check();
	await letterPage.getByRole('radio', { name: 'Nee' }).check();
	// The follow-up question is hidden when it does not apply.
	await expect(letterPage.getByLabel(/Wat doet u het liefst in uw tuin\?/)).toBeHidden();
	await letterPage.screenshot({ path: 'screenshots/panel-answer-375.png', fullPage: true });
	await letterPage.getByRole('button', { name: 'Antwoorden versturen' }).click();
	await expect(letterPage.getByRole('heading', { name: 'Dank u wel!' })).toBeVisible();
	await letterContext.close();

	// 5. A volunteer types in a paper form.
	await page.goto(`${surveyUrl}/paper`);
	await page.getByRole('radio', { name: /^5/ }).check();
	await page.getByRole('radio', { name: 'Nee' }).check();
	await page.getByLabel('Leeftijd').selectOption({ label: '75 jaar of ouder' });
	await page.getByRole('button', { name: 'Formulier opslaan' }).click();
	await expect(page.getByText('Formulier opgeslagen.')).toBeVisible();

	// 6. Results: 3 answers, a chart and table per question, small groups suppressed.
	await page.goto(`${surveyUrl}/results`);
	await expect(page.getByText('3 antwoorden', { exact: false }).first()).toBeVisible();
	await expect(page.locator('svg.pnl-chart').first()).toBeVisible();
	await page.getByLabel('Vraag', { exact: true }).selectOption({ index: 1 });
	await page.getByLabel('Uitsplitsen naar').selectOption({ label: 'Leeftijd' });
	await page.getByRole('button', { name: 'Tonen' }).click();
	await expect(page.getByTestId('breakdown').getByText('Verborgen: minder dan 5 antwoorden').first()).toBeVisible();
	await expect(page.getByTestId('breakdown')).not.toContainText('65 tot 75 jaar1');
	await page.getByLabel('Zoeken in open antwoorden').fill('tomat');
	await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
	await expect(page.getByText('Tomaten kweken')).toBeVisible();
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.screenshot({ path: 'screenshots/panel-results-1280.png', fullPage: true });

	// 7. The XLSX has one stable column per question, with codes and labels.
	const xlsx = await page.request.get(`${surveyUrl}/export/xlsx`);
	expect(xlsx.status()).toBe(200);
	const wb = new ExcelJS.Workbook();
	await wb.xlsx.load((await xlsx.body()) as unknown as ArrayBuffer);
	const ws = wb.getWorksheet('Antwoorden')!;
	expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(['source', 'period', 'Q1', 'Q2', 'Q3']);
	expect((ws.getRow(2).values as unknown[]).slice(1)).toEqual(['Bron', 'Periode', 'Hoe tevreden bent u over uw woning?', 'Heeft u een tuin?', 'Wat doet u het liefst in uw tuin?']);
	expect(ws.rowCount).toBe(5);
	const sources = [3, 4, 5].map((r) => ws.getRow(r).getCell(1).value).sort();
	expect(sources).toEqual(['letter', 'online', 'paper']);

	// 8. The tenant withdraws: their data is gone, the answers stay (anonymous).
	const leave = await browser.newContext({ baseURL, locale: 'nl-NL' });
	const leavePage = await leave.newPage();
	await leavePage.goto(manageLink);
	const data = await leavePage.request.get(`${manageLink}/data.json`);
	expect((await data.json()).member.email).toBe(tenant);
	await leavePage.getByRole('button', { name: 'Stoppen en mijn gegevens wissen' }).click();
	await expect(leavePage.getByText('Uw gegevens zijn gewist.')).toBeVisible();
	expect((await leavePage.request.get(`${manageLink}/data.json`)).status()).toBe(404);
	await leave.close();
	await page.goto(`/assen/panel/${PANEL}`);
	await expect(page.getByText(tenant)).toHaveCount(0);
	await page.goto(`${surveyUrl}/results`);
	await expect(page.getByText('3 antwoorden', { exact: false }).first()).toBeVisible();
});

test('the published results page and the API give aggregates only', async ({ page }) => {
	await page.goto('/panel/results/6b3a1271-7293-46c2-a44c-701f4e4019fb');
	await expect(page.getByRole('heading', { level: 1, name: 'Uitkomsten: Jaarlijkse participatiepeiling' })).toBeVisible();
	expect(await page.locator('script').count()).toBe(0);
	await signIn(page, 'karin.bos@hunzedal.example');
	const api = await page.request.get('/api/v1/spaces/assen/panel/surveys/6b3a1271-7293-46c2-a44c-701f4e4019fb/results');
	expect(api.status()).toBe(200);
	const body = await api.json();
	expect(body.data.responses).toBe(40);
	expect(JSON.stringify(body)).not.toContain('Het onderhoud duurt te lang');
	// Karin (the corporation) sees results but not single answers.
	expect((await page.request.get('/assen/panel/survey/6b3a1271-7293-46c2-a44c-701f4e4019fb/export/xlsx')).status()).toBe(403);
	const doc = await page.request.get('/api/v1/openapi.json');
	expect(Object.keys((await doc.json()).paths)).toContain('/spaces/{space}/panel/surveys/{survey}/results');
});
