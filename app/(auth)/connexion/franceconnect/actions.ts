'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { anyone, defineAction } from '@/lib/actions/define-action';
import { fail, failOnField, succeed } from '@/lib/actions/result';
import { completeLink } from '@/lib/auth/oidc/accounts';
import { openSession } from '@/lib/auth/oidc/handlers';
import { LINK_COOKIE } from '@/lib/auth/oidc/pending-cookie';
import { linkFranceConnectSchema } from '@/lib/validation/account';

const EXPIRED = 'Le délai pour associer FranceConnect à votre compte est dépassé. Recommencez avec FranceConnect.';

/**
 * « Associer FranceConnect à mon compte »: the person FranceConnect identified proves, with its
 * password, that the account with the same email is theirs; only then are the two linked.
 */
export const linkFranceConnectAction = defineAction({
  access: anyone,
  schema: linkFranceConnectSchema,
  run: async ({ input: { password }, context }) => {
    const jar = await cookies();
    const result = await completeLink(jar.get(LINK_COOKIE)?.value, password, context.ip);
    if (!result.ok) {
      if (result.reason === 'expired') return fail(EXPIRED);
      if (result.reason === 'throttled') return fail('Trop de tentatives. Réessayez dans quelques minutes.');
      return failOnField('password', 'Mot de passe incorrect.');
    }
    jar.delete(LINK_COOKIE);
    if (!(await openSession(result.ticket))) return fail(EXPIRED);
    return succeed();
  },
  done: () => redirect('/mon-compte'),
});
