import { createUser } from './support/factories';
import { expect, expectAccessible, test } from './support/fixtures';
import { openSessionFor, createProfileWithMembers } from './support/profiles';
import { signInAs } from './support/sessions';

// « Pour qui ? » asks only what is a choice: a member of one association finds it ticked.

const SUBVENTION = '/demarches/subvention-fonctionnement-associations/deposer';

test('« Pour qui ? » : une seule association, elle est déjà cochée, avec ou sans JavaScript', async ({ page, browser }) => {
  const user = await createUser();
  const profile = await createProfileWithMembers([{ user, isAdmin: true, fn: 'PRESIDENT' }]);
  await signInAs(page, user);
  await page.goto(SUBVENTION);
  await expect(page.getByRole('radio', { name: profile.name })).toBeChecked();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Commencer la demande' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ma demande' })).toBeVisible();

  const withoutJavaScript = await openSessionFor(browser, user, { javaScriptEnabled: false });
  await withoutJavaScript.goto(SUBVENTION);
  await expect(withoutJavaScript.getByRole('radio', { name: profile.name })).toBeChecked();
});
