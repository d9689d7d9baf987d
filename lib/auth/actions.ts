'use server';

import { db } from '@/lib/db';
import { getRequestContext } from '@/lib/actions/request-context';
import { recordAudit } from '@/lib/audit/record-audit';
import { signOut } from './config';
import { getSessionUser } from './session';

/** « Se déconnecter » (site header). Deletes this browser's session cookie. */
export async function signOutAction(): Promise<void> {
  const user = await getSessionUser();
  if (user) {
    const { ip } = await getRequestContext();
    await recordAudit(db, { actorId: user.id, action: 'session.logout', targetType: 'User', targetId: user.id, ip });
  }
  await signOut({ redirectTo: '/connexion?deconnexion=ok' });
}
