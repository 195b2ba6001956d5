// Screenshots of the key pages at desktop and phone width, for people to look at
// (written to screenshots/, not compared automatically).
import { test, expect, signIn } from './support/fixtures';

const widths = [1280, 375];

for (const width of widths) {
	test(`screenshots at ${width}px`, async ({ page }) => {
		await page.setViewportSize({ width, height: width > 600 ? 900 : 780 });
		await page.goto('/login');
		await page.screenshot({ path: `screenshots/login-${width}.png`, fullPage: true });
		await signIn(page, 'karin.bos@hunzedal.example');
		await page.goto('/assen');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await page.screenshot({ path: `screenshots/dashboard-${width}.png`, fullPage: true });
		await page.goto('/organisations');
		await page.getByRole('link', { name: 'Woonstichting Hunzedal' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Woonstichting Hunzedal');
		await page.screenshot({ path: `screenshots/members-${width}.png`, fullPage: true });
		await page.goto('/spaces');
		await page.screenshot({ path: `screenshots/spaces-${width}.png`, fullPage: true });
		await page.goto('/nergens');
		await page.screenshot({ path: `screenshots/404-${width}.png`, fullPage: true });
	});
}
