import { expect, expectAccessible, test } from './support/fixtures';

const pages = [
  { path: '/', title: /Accueil/ },
  { path: '/connexion', title: /Connexion/ },
  { path: '/inscription', title: /Créer un compte|Enregistrement/ },
  { path: '/mot-de-passe/reinitialiser', title: /Réinitialiser mon mot de passe/ },
  { path: '/accessibilite', title: /Accessibilité/ },
  { path: '/mentions-legales', title: /Mentions légales/ },
  { path: '/donnees-personnelles', title: /Données personnelles/ },
  { path: '/une-page-qui-n-existe-pas', title: /introuvable/i },
];

for (const { path, title } of pages) {
  test(`${path} : titre, langue, un seul h1, lien d’évitement, sans violation axe, en 1280 et 375 px`, async ({ page }) => {
    await page.goto(path);
    await expect(page).toHaveTitle(title);
    await expect(page).toHaveTitle(/Guichet/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.getByText('Accessibilité : partiellement conforme')).toBeVisible();
    await expectAccessible(page);
    await page.setViewportSize({ width: 375, height: 800 });
    await expectAccessible(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'pas de défilement horizontal à 375 px').toBeLessThanOrEqual(0);
  });
}

test('au clavier : le lien d’évitement est le premier élément et mène au contenu', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Aller au contenu' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#contenu')).toBeFocused();
});

test('les en-têtes de sécurité sont envoyés', async ({ request }) => {
  const response = await request.get('/');
  const headers = response.headers();
  expect(headers['content-security-policy']).toMatch(/object-src 'none'/);
  expect(headers['content-security-policy']).toMatch(/base-uri 'none'/);
  expect(headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
  expect(headers['strict-transport-security']).toMatch(/max-age=31536000; includeSubDomains/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBeTruthy();
  expect(headers['x-powered-by']).toBeUndefined();
  const account = await request.get('/mon-compte', { maxRedirects: 0 });
  expect(account.headers()['cache-control']).toMatch(/no-store/);
});
