import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import type { ProcedureForm } from '@/lib/procedures/field-definitions';
import { createProfile } from '@/lib/profiles/create-profile';
import { PREFILL_FIELDS } from '@/test/forms/prefill-fields';
import { context, createConfirmedUser, publishedProcedure } from '@/test/integration/dossiers';
import { redeemShareKey } from '@/lib/profiles/redeem-share-key';
import { issueKey, joinInput, profileInput } from '@/test/integration/profiles';
import { getDraftForEditing } from './get-draft-for-editing';
import { saveDraft } from './save-draft';
import { PROFILE_REQUIRED, startDossier } from './start-dossier';

// « Dites-le-nous une fois »: a draft starts with what the viewer's own profile and account hold.

const form: ProcedureForm = { fields: PREFILL_FIELDS, documents: [] };

const moulin = { siret: '732 829 320 00074', contactPhone: '05 65 00 00 00', addressLine: '3 rue des Tanneurs', postalCode: '12000', city: 'Rodez' };

async function start(viewer: { id: string }, slug: string, profileId: string | null, idempotencyKey = randomUUID()) {
  const started = await startDossier(viewer, { procedureSlug: slug, profileId, idempotencyKey }, context);
  return { started, idempotencyKey };
}

async function stored(dossierId: string) {
  return db.dossier.findUniqueOrThrow({ where: { id: dossierId }, select: { answers: true, prefilledAnswers: true } });
}

describe('prefill at the draft’s creation', () => {
  it('fills a profile’s dossier from that profile and the name from the person filing', async () => {
    const admin = await createConfirmedUser();
    const { profileId } = await createProfile(admin.id, profileInput({ ...moulin, contactEmail: 'contact@moulin.test' }), context);
    const procedure = await publishedProcedure('ASSOCIATION', form);
    const { started } = await start(admin, procedure.slug, profileId);
    if (!started.ok || !started.data) throw new Error(JSON.stringify(started));

    const dossier = await stored(started.data.dossierId);
    expect(dossier.answers).toEqual({
      siret: '73282932000074',
      rna: 'W751234567',
      adresse: '3 rue des Tanneurs, 12000 Rodez',
      courriel: 'contact@moulin.test',
      telephone: '05 65 00 00 00',
      nom: 'Jeanne Martin',
    });
    expect(dossier.prefilledAnswers).toMatchObject({ siret: { source: 'profile' }, nom: { source: 'account' } });
    const draft = await getDraftForEditing(admin, started.data.dossierId);
    expect(draft?.answers.rna).toBe('W751234567');
    expect(draft?.prefillNotice).toContain('du profil de l’association et de votre compte');
  });

  it('fills a particulier’s dossier with the name and email of their account only', async () => {
    const person = await createConfirmedUser();
    const procedure = await publishedProcedure('PARTICULIER', form);
    const { started } = await start(person, procedure.slug, null);
    if (!started.ok || !started.data) throw new Error(JSON.stringify(started));
    expect((await stored(started.data.dossierId)).answers).toEqual({ courriel: person.email, nom: 'Jeanne Martin' });
  });

  it('reads only a profile the viewer is a member of, and each member’s own profile', async () => {
    const owner = await createConfirmedUser();
    const { profileId } = await createProfile(owner.id, profileInput(moulin), context);
    const other = await createConfirmedUser();
    const { profileId: otherProfileId } = await createProfile(other.id, profileInput({ name: 'Le Club', rna: 'W121234567', siret: '' }), context);
    const procedure = await publishedProcedure('ASSOCIATION', form);

    const { started: refused } = await start(other, procedure.slug, profileId);
    expect(refused).toMatchObject({ ok: false, fieldErrors: { profileId: [PROFILE_REQUIRED] } });
    expect(JSON.stringify(refused)).not.toContain('W751234567');
    expect(await db.dossier.count({ where: { applicantId: other.id } })).toBe(0);

    // A member of both files for each in turn: each draft holds its own profile's numbers.
    const { key } = await issueKey(owner.id, profileId);
    expect((await redeemShareKey(other.id, joinInput(key), context)).ok).toBe(true);
    const { started: forMoulin } = await start(other, procedure.slug, profileId);
    const { started: forClub } = await start(other, procedure.slug, otherProfileId);
    if (!forMoulin.ok || !forMoulin.data || !forClub.ok || !forClub.data) throw new Error('brouillons non créés');
    expect((await stored(forMoulin.data.dossierId)).answers).toMatchObject({ rna: 'W751234567', siret: '73282932000074' });
    const club = (await stored(forClub.data.dossierId)).answers as Record<string, string>;
    expect(club.rna).toBe('W121234567');
    expect(club.siret).toBeUndefined();
  });

  it('is never applied again over the applicant’s answers, even when the profile changes', async () => {
    const admin = await createConfirmedUser();
    const { profileId } = await createProfile(admin.id, profileInput(moulin), context);
    const procedure = await publishedProcedure('ASSOCIATION', form);
    const { started, idempotencyKey } = await start(admin, procedure.slug, profileId);
    if (!started.ok || !started.data) throw new Error(JSON.stringify(started));
    const { dossierId } = started.data;

    // The applicant changes the email and empties the phone; the autosave keeps only what is posted.
    const edited = { ...((await stored(dossierId)).answers as Record<string, string>), courriel: 'tresorier@moulin.test', telephone: '' };
    expect((await saveDraft(admin, dossierId, edited)).ok).toBe(true);
    await db.profile.update({ where: { id: profileId }, data: { contactEmail: 'nouveau@moulin.test', contactPhone: '0611223344' } });

    // A replayed creation returns the same draft, untouched.
    expect((await start(admin, procedure.slug, profileId, idempotencyKey)).started).toEqual({ ok: true, data: { dossierId } });
    const after = await stored(dossierId);
    expect(after.answers).toMatchObject({ courriel: 'tresorier@moulin.test' });
    expect(after.answers).not.toHaveProperty('telephone');
    // What was prefilled stays the value of the day, for the agent's comparison.
    expect(after.prefilledAnswers).toMatchObject({ courriel: { source: 'profile', value: 'contact@moulin.test' } });
  });
});
