import 'server-only';
import { retentionConfig } from '@/lib/retention/retention-config';
import { db } from '@/lib/db';
import { dossierRetentionEnd, dossierRetentionMonths } from '@/lib/retention/retention-rules';

export type KeptDossier = {
  id: string;
  number: string | null;
  procedureTitle: string;
  decidedAt: Date | null;
  retentionMonths: number;
  keptUntil: Date | null;
};

export type AccountDeletionPreview = {
  drafts: { id: string; procedureTitle: string }[];
  kept: KeptDossier[];
  profiles: { name: string; soleAdmin: boolean }[];
};

/** What « Supprimer mon compte » would delete now and keep, for the viewer's own account only. */
export async function getAccountDeletionPreview(userId: string): Promise<AccountDeletionPreview> {
  const config = retentionConfig();
  const [dossiers, memberships] = await Promise.all([
    db.dossier.findMany({
      where: { applicantId: userId, anonymizedAt: null },
      orderBy: { createdAt: 'asc' },
      select: { id: true, number: true, status: true, decidedAt: true, procedure: { select: { title: true, retentionMonths: true } } },
    }),
    db.membership.findMany({
      where: { userId },
      orderBy: { joinedAt: 'asc' },
      select: {
        isAdmin: true,
        profileId: true,
        profile: { select: { name: true, _count: { select: { memberships: true } }, memberships: { where: { isAdmin: true }, select: { userId: true } } } },
      },
    }),
  ]);
  return {
    drafts: dossiers.filter((d) => d.status === 'BROUILLON').map((d) => ({ id: d.id, procedureTitle: d.procedure.title })),
    kept: dossiers
      .filter((d) => d.status !== 'BROUILLON')
      .map((d) => ({
        id: d.id,
        number: d.number,
        procedureTitle: d.procedure.title,
        decidedAt: d.decidedAt,
        retentionMonths: dossierRetentionMonths(d.procedure, config),
        keptUntil: d.decidedAt ? dossierRetentionEnd(d.decidedAt, d.procedure, config) : null,
      })),
    profiles: memberships.map((m) => ({
      name: m.profile.name,
      // The same rule as eraseAccount: the only administrator of a profile that has other members.
      soleAdmin: m.isAdmin && m.profile.memberships.every((a) => a.userId === userId) && m.profile._count.memberships > 1,
    })),
  };
}
