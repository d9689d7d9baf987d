'use server';

import { db } from '@/lib/db';
import { defineAction } from '@/lib/actions/define-action';
import { succeed } from '@/lib/actions/result';
import { recordAudit } from '@/lib/audit/record-audit';
import { noFieldsSchema } from '@/lib/validation/account';
import { redirect } from 'next/navigation';
import { signOut } from './config';
import { providerLogoutUrl } from './oidc/logout';
import { getSessionUser } from './session';

/** « Se déconnecter » (site header). Anyone may press it; it deletes this browser's session cookie. */
export const signOutAction = defineAction({
  access: () => getSessionUser(),
  schema: noFieldsSchema,
  run: async ({ viewer, context }) => {
    if (viewer) await recordAudit(db, { actorId: viewer.id, action: 'session.logout', targetType: 'User', targetId: viewer.id, ip: context.ip });
    return succeed();
  },
  done: async () => {
    // A FranceConnect or ProConnect session also ends at the provider, which then comes back.
    const providerLogout = await providerLogoutUrl();
    if (!providerLogout) return signOut({ redirectTo: '/connexion?deconnexion=ok' });
    await signOut({ redirect: false });
    redirect(providerLogout);
  },
});
