// Performance agreements from vision to yearly update, as the three parties of Assen, with
// the downloads opened and checked. Runs in order: each step builds on the one before.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import fs from 'node:fs';
import { test, expect, signIn, type Page } from './support/fixtures';

test.describe.configure({ mode: 'serial' });

const municipalityAdmin = 'anouk.visser@assen.example';
const municipalityMember = 'bram.meijer@assen.example';
const corporationAdmin = 'karin.bos@hunzedal.example';
const corporationMember = 'dennis.smit@hunzedal.example';
const tenantAdmin = 'henk.jansen@huurdersraad.example';
const screenshots = process.env.E2E_SCREENSHOTS !== '0';

async function as(page: Page, email: string) {
	await page.context().clearCookies();
	await signIn(page, email);
}

async function shoot(page: Page, name: string) {
	if (!screenshots || test.info().project.name !== 'pglite') return;
	for (const width of [1280, 375]) {
		await page.setViewportSize({ width, height: width > 600 ? 900 : 780 });
		await page.screenshot({ path: `screenshots/agreements-${name}-${width}.png`, fullPage: true });
	}
	await page.setViewportSize({ width: 1280, height: 900 });
}

test('the timeline shows the phases of this year, the countdown and the dispute clock', async ({ page }) => {
	await as(page, municipalityAdmin);
	await page.goto('/assen');
	await expect(page.getByRole('navigation', { name: /Assen/ }).getByRole('link', { name: 'Prestatieafspraken' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Afspraken met risico' })).toBeVisible();
	await page.getByRole('navigation', { name: /Assen/ }).getByRole('link', { name: 'Prestatieafspraken' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Prestatieafspraken' })).toBeVisible();
	await expect(page.getByRole('heading', { name: /Fasen in 20\d\d/ })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Bod van de corporaties' })).toBeVisible();
	await expect(page.getByText('Geschil mogelijk vanaf')).toBeVisible();
	await shoot(page, 'timeline');
	// A deadline outside the year is refused next to the field; nothing is stored.
	await page.getByLabel('Deadline voor het tekenen').fill('2030-01-01');
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByText('Kies een datum na 1 juli en uiterlijk 31 december van dit jaar.')).toBeVisible();
});

test('the municipality records its vision, the corporation its bid, the tenants comment', async ({ page }) => {
	await as(page, municipalityAdmin);
	await page.goto('/assen/agreements/vision');
	await page.getByLabel('Doel van de gemeente voor Wonen en zorg').fill('Ouderen kunnen in Assen langer thuis wonen, in een woning die bij hen past.');
	await page.getByRole('button', { name: 'Opslaan Wonen en zorg' }).click();
	await expect(page.getByText('Het doel voor Wonen en zorg is opgeslagen.')).toBeVisible();

	await as(page, corporationAdmin);
	await page.goto('/assen/agreements/vision');
	await expect(page.getByText('Ouderen kunnen in Assen langer thuis wonen')).toBeVisible();
	await expect(page.getByLabel('Doel van de gemeente voor Wonen en zorg')).toHaveCount(0);
	await page.goto('/assen/agreements/bids');
	await page.getByLabel('Wat wij doen voor Betaalbaarheid').fill('Hunzedal verhoogt in 2027 de huren met hoogstens de inflatie.');
	await page.getByRole('button', { name: 'Opslaan Betaalbaarheid' }).click();
	await expect(page.getByText('Het onderdeel van het bod is opgeslagen.')).toBeVisible();
	await page.getByRole('button', { name: 'Bod delen met de andere partijen' }).click();
	await expect(page.getByText('Het bod is gedeeld met de andere partijen.')).toBeVisible();

	await as(page, tenantAdmin);
	await page.goto('/assen/agreements/bids');
	await expect(page.getByText('Hunzedal verhoogt in 2027 de huren met hoogstens de inflatie.')).toBeVisible();
	const comment = page.getByLabel('Uw reactie op Betaalbaarheid van Woonstichting Hunzedal');
	await page.getByRole('button', { name: 'Reactie plaatsen Betaalbaarheid' }).click();
	await expect(page.getByText('De tekst is te kort.')).toBeVisible();
	await comment.fill('Graag ook een afspraak over de servicekosten.');
	await page.getByRole('button', { name: 'Reactie plaatsen Betaalbaarheid' }).click();
	await expect(page.getByText('Uw reactie is geplaatst.')).toBeVisible();
	await expect(page.getByRole('listitem').filter({ hasText: 'Graag ook een afspraak over de servicekosten.' })).toContainText('Henk Jansen');
});

test('an agreement with bad input is refused at the field; its SMART finding is fixed', async ({ page }) => {
	await as(page, municipalityMember);
	await page.goto('/assen/agreements/set');
	await expect(page.getByRole('heading', { name: 'Wederkerigheid' })).toBeVisible();
	await page.getByLabel('Thema', { exact: true }).selectOption({ label: 'Doelgroepen en kwetsbare groepen' });
	await page.getByLabel('Afspraak', { exact: true }).fill('De gemeente stimuleert de doorstroming van ouderen.');
	await page.getByLabel('Doel 2027', { exact: true }).fill('40');
	await page.getByLabel('Jaar van de beginwaarde').fill('2031');
	await page.getByRole('button', { name: 'Afspraak toevoegen' }).click();
	await expect(page.getByText('Er is een doel, maar geen eenheid.')).toBeVisible();
	await expect(page.getByText('Dit jaar ligt na het jaar van de afspraken.')).toBeVisible();
	await page.getByLabel('Eenheid', { exact: true }).fill('huishoudens');
	await page.getByLabel('Jaar van de beginwaarde').fill('');
	await page.getByRole('button', { name: 'Afspraak toevoegen' }).click();

	await expect(page.getByText('De afspraak is toegevoegd.')).toBeVisible();
	const findings = page.getByRole('complementary', { name: 'Is de afspraak SMART?' });
	await expect(findings).toContainText('"stimuleert" zegt niet wat het oplevert.');
	await shoot(page, 'editor');

	await page.getByLabel('Afspraak', { exact: true }).fill('De gemeente Assen helpt in 2027 40 ouderen met een verhuiscoach naar een passende woning.');
	// The findings follow the text while typing, before saving.
	await expect(findings).not.toContainText('stimuleert');
	await page.getByLabel(/^Gemeente Assen/).check();
	await page.getByLabel('Trekker (persoon of functie)').fill('Beleidsadviseur wonen');
	await page.getByLabel('Indicator (wat meet u?)').fill('verhuisde ouderen');
	await page.getByLabel('Beginwaarde', { exact: true }).fill('0');
	await page.getByLabel('Jaar van de beginwaarde').fill('2025');
	await page.getByLabel('Deadline', { exact: true }).fill('2027-12-31');
	await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
	await expect(page.getByText('De afspraak is opgeslagen.')).toBeVisible();
	await expect(findings).not.toContainText('stimuleert');
	await expect(findings).toContainText('4 van 4');
});

test('a stale save shows both versions and overwrites nothing', async ({ page, browser }) => {
	await as(page, municipalityMember);
	await page.goto('/assen/agreements/set');
	await page.getByRole('link', { name: /verhuiscoach/ }).click();
	await page.waitForURL(/\/agreements\/[0-9a-f-]{36}$/);
	const editor = page.url();
	// Someone else saves first, in another session.
	const other = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': '10.77.0.1' } });
	const otherPage = await other.newPage();
	await signIn(otherPage, corporationMember);
	await otherPage.goto(editor);
	await otherPage.getByLabel('Trekker (persoon of functie)').fill('Wijkconsulent Hunzedal');
	await otherPage.getByRole('button', { name: 'Opslaan', exact: true }).click();
	await expect(otherPage.getByText('De afspraak is opgeslagen.')).toBeVisible();
	await other.close();

	await page.getByLabel('Afspraak', { exact: true }).fill('De gemeente Assen helpt in 2027 50 ouderen met een verhuiscoach naar een passende woning.');
	await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Iemand anders heeft deze afspraak net veranderd' })).toBeVisible();
	await expect(page.getByText('Uw versie (niet opgeslagen)')).toBeVisible();
	await page.goto(editor);
	await expect(page.getByLabel('Afspraak', { exact: true })).toHaveValue(/helpt in 2027 40 ouderen/);
	await expect(page.getByLabel('Trekker (persoon of functie)')).toHaveValue('Wijkconsulent Hunzedal');
});

test('the three parties sign; the version is locked and published on the public page', async ({ page }) => {
	for (const [email, party] of [
		[municipalityAdmin, 'Gemeente Assen'],
		[corporationAdmin, 'Woonstichting Hunzedal'],
		[tenantAdmin, 'Huurdersraad Hunzedal']
	]) {
		await as(page, email);
		await page.goto('/assen/agreements/set');
		await page.getByRole('button', { name: `Tekenen namens ${party}` }).click();
		await expect(page.getByText(/U hebt getekend\./)).toBeVisible();
	}
	await expect(page.getByText('Alle partijen hebben nu getekend: deze versie is vastgesteld.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Afspraak toevoegen' })).toHaveCount(0);

	await page.context().clearCookies();
	await page.goto('/p/assen');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prestatieafspraken Assen 2026');
	await expect(page.getByText('De gemeente Assen helpt in 2027 40 ouderen met een verhuiscoach')).toBeVisible();
	await expect(page.getByRole('region', { name: 'Getekend door' }).getByRole('listitem').filter({ hasText: 'Huurdersraad Hunzedal' })).toContainText('getekend op');
	await shoot(page, 'public');
	const api = await page.request.get('/api/v1/spaces/assen/agreements');
	expect(api.status()).toBe(200);
	expect((await api.json()).data.version).toMatchObject({ version: 1, signed: true });
});

test('a progress entry behind schedule turns an agreement orange', async ({ page }) => {
	await as(page, corporationMember);
	await page.goto('/assen/agreements/set');
	await page.getByRole('link', { name: /isoleert in 2027 450 woningen/ }).click();
	await page.waitForURL(/\/agreements\/[0-9a-f-]{36}$/);
	const progress = page.getByRole('region', { name: 'Voortgang' });
	await expect(progress.getByText('Groen', { exact: true })).toBeVisible();
	await page.getByLabel('Periode', { exact: true }).fill('2026');
	await page.getByLabel('Meetdatum', { exact: true }).fill('2026-12-31');
	await page.getByLabel(/^Waarde/).fill('300');
	await page.getByLabel('Toelichting', { exact: true }).fill('Twee projecten schuiven door naar 2027.');
	await page.getByLabel('Bewijsstuk (optioneel)').setInputFiles({ name: 'voortgang.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%test\n') });
	await page.getByRole('button', { name: 'Meting opslaan' }).click();
	await expect(page.getByText('De meting is opgeslagen.')).toBeVisible();
	await expect(progress.getByText('Oranje', { exact: true }).first()).toBeVisible();
	await expect(page.getByRole('link', { name: 'voortgang.pdf' })).toBeVisible();
	await page.goto('/assen');
	await expect(page.getByRole('region', { name: 'Afspraken met risico' })).toContainText('isoleert in 2027 450 woningen');
	await page.goto('/assen/agreements/evaluation');
	await expect(page.getByRole('heading', { name: 'Kwaliteit en duurzaamheid' })).toBeVisible();
});

test('the signed version downloads as DOCX and XLSX with its content', async ({ page }) => {
	await as(page, tenantAdmin);
	await page.goto('/assen/agreements/set');
	const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Afsprakendocument (Word)' }).click()]);
	const zip = await JSZip.loadAsync(fs.readFileSync(await docx.path()));
	const text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
	expect(text).toContain('Prestatieafspraken Assen 2026 (versie 1)');
	expect(text).toContain('Getekend door Henk Jansen');
	expect(text).toContain('verhuiscoach');

	const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Tabel met afspraken (Excel)' }).click()]);
	const wb = new ExcelJS.Workbook();
	await wb.xlsx.readFile(await xlsx.path());
	const sheet = wb.worksheets[0];
	expect(sheet.getRow(1).getCell(2).value).toBe('afspraak');
	const texts = sheet.getColumn(2).values.map(String);
	expect(texts.some((t) => t.includes('verhuiscoach'))).toBe(true);
});

test('a yearly update makes a new version and shows what changed', async ({ page }) => {
	await as(page, corporationAdmin);
	await page.goto('/assen/agreements/set');
	await page.getByRole('button', { name: /Jaarschijf 2027 beginnen/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Afspraken 2027, versie 2');
	await page.getByRole('link', { name: /isoleert in 2027 450 woningen/ }).click();
	await page.waitForURL(/\/agreements\/[0-9a-f-]{36}$/);
	await page.getByLabel('Afspraak', { exact: true }).fill('Hunzedal isoleert in 2028 500 woningen naar label B of beter.');
	await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
	await expect(page.getByText('De afspraak is opgeslagen.')).toBeVisible();
	await page.getByRole('link', { name: 'Terug naar alle afspraken' }).click();
	const diff = page.getByRole('region', { name: 'Wat is er veranderd ten opzichte van de vorige versie?' });
	await expect(diff).toContainText('Aangepast');
	await expect(diff).toContainText('Veranderd: tekst');
	await expect(page.getByRole('navigation', { name: 'Versies' })).toContainText('versie 1 (2026) (vastgesteld)');
	// The public page keeps showing the signed version.
	await page.context().clearCookies();
	await page.goto('/p/assen');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prestatieafspraken Assen 2026');
});
