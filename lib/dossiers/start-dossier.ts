import 'server-only';
import type { RequestContext } from '@/lib/actions/request-context';
import { isUniqueViolation } from '@/lib/accounts/unique-violation';
import { fail, failOnField, succeed, type ActionResult } from '@/lib/actions/result';
import { recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db';
import { campaignStatus } from '@/lib/procedures/campaign-dates';
import { parseProcedureForm } from '@/lib/procedures/procedure-versions';
import { attachProfileDocuments } from '@/lib/profile-documents/attach-profile-documents';
import { PROCEDURE_NOT_OPEN } from './dossier-failures';
import { profileContactSelect, type ProfileContact } from '@/lib/profiles/profile-contact';
import { prefillAnswers, prefilledValues } from './prefill-answers';

export type StartDossierInput = { procedureSlug: string; profileId: string | null; idempotencyKey: string };

export const PROFILE_REQUIRED = 'Choisissez le profil de l’association pour laquelle vous faites la demande';
const PROFILE_FORBIDDEN = 'Cette démarche est réservée aux particuliers : la demande est faite en votre nom.';

/** The form's key makes a double click or a replayed post return the same draft, not a second one. */
export async function startDossier(
  viewer: { id: string },
  input: StartDossierInput,
  context: RequestContext,
  now = new Date(),
): Promise<ActionResult<{ dossierId: string }>> {
  const replayed = await findByKey(viewer.id, input.idempotencyKey);
  if (replayed) return replayed;

  const procedure = await db.procedure.findFirst({
    where: { slug: input.procedureSlug, published: true },
    select: {
      id: true,
      audience: true,
      opensAt: true,
      closesAt: true,
      versions: { orderBy: { number: 'desc' }, take: 1, select: { id: true, fields: true, documents: true } },
    },
  });
  const version = procedure?.versions[0];
  if (!procedure || !version) return fail('Cette démarche est introuvable.');
  if (campaignStatus(procedure, now) !== 'open') return fail(PROCEDURE_NOT_OPEN);
  if (procedure.audience === 'ASSOCIATION' && !input.profileId) return failOnField('profileId', PROFILE_REQUIRED);
  if (procedure.audience === 'PARTICULIER' && input.profileId) return fail(PROFILE_FORBIDDEN);

  const form = parseProcedureForm(version);
  try {
    return await db.$transaction(async (tx) => {
      let profile: ProfileContact | null = null;
      if (input.profileId) {
        // The profile is read through the viewer's membership: only their own association prefills.
        const membership = await tx.membership.findFirst({
          where: { profileId: input.profileId, userId: viewer.id },
          select: { profile: { select: profileContactSelect } },
        });
        // Not a member: the same words as a profile that does not exist.
        if (!membership) return failOnField('profileId', PROFILE_REQUIRED);
        profile = membership.profile;
      }
      const account = await tx.user.findUniqueOrThrow({ where: { id: viewer.id }, select: { firstName: true, lastName: true, email: true } });
      const prefilled = prefillAnswers(form.fields, { account, profile });
      const dossier = await tx.dossier.create({
        data: {
          procedureId: procedure.id,
          procedureVersionId: version.id,
          applicantId: viewer.id,
          profileId: input.profileId,
          idempotencyKey: input.idempotencyKey,
          answers: prefilledValues(prefilled),
          prefilledAnswers: prefilled,
        },
        select: { id: true },
      });
      await tx.dossierEvent.create({ data: { dossierId: dossier.id, actorId: viewer.id, type: 'created', toStatus: 'BROUILLON', createdAt: now } });
      if (input.profileId) await attachProfileDocuments(tx, { dossierId: dossier.id, profileId: input.profileId, actorId: viewer.id }, form.documents, now);
      await recordAudit(tx, {
        actorId: viewer.id,
        action: 'dossier.start',
        targetType: 'Dossier',
        targetId: dossier.id,
        ip: context.ip,
        details: { procedureId: procedure.id, profileId: input.profileId, prefilled: Object.keys(prefilled) },
      });
      return succeed({ dossierId: dossier.id });
    });
  } catch (error) {
    // Two posts of the same form at once: the other one created it.
    if (isUniqueViolation(error)) {
      const existing = await findByKey(viewer.id, input.idempotencyKey);
      if (existing) return existing;
    }
    throw error;
  }
}

async function findByKey(viewerId: string, idempotencyKey: string): Promise<ActionResult<{ dossierId: string }> | null> {
  const existing = await db.dossier.findUnique({ where: { idempotencyKey }, select: { id: true, applicantId: true } });
  if (!existing) return null;
  // Someone else's key (guessed or replayed): say nothing about their dossier.
  if (existing.applicantId !== viewerId) return fail('Ce formulaire a expiré. Rechargez la page et recommencez.');
  return succeed({ dossierId: existing.id });
}
