import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createProcedure } from './create-procedure';
import { addProcedureDocument, addProcedureField, moveProcedureField, removeProcedureField, updateProcedureField } from './edit-procedure-form';
import { getProcedureForAdmin } from './find-procedures-for-admin';
import { context, createTestProcedure, createViewer, procedureInfo, sampleForm } from '@/test/integration/procedures';
import { updateProcedureInfo } from './update-procedure-info';

async function versionsOf(procedureId: string) {
  return db.procedureVersion.findMany({
    where: { procedureId },
    orderBy: { number: 'asc' },
    select: { number: true, fields: true, documents: true, publishedAt: true },
  });
}

async function auditActions(procedureId: string) {
  const rows = await db.auditLog.findMany({ where: { targetId: procedureId }, orderBy: { createdAt: 'asc' }, select: { action: true } });
  return rows.map((row) => row.action);
}

describe('createProcedure and updateProcedureInfo', () => {
  it('creates a draft with an empty version 1, then publishes it once it has a field', async () => {
    const admin = await createViewer();
    const created = await createProcedure(
      admin,
      procedureInfo({ title: 'Fonds d’urgence', description: 'Pour les associations en [difficulté](https://exemple.fr).' }),
      context,
    );
    expect(created.ok).toBe(true);
    const id = (created as { data: { id: string } }).data.id;
    const stored = await db.procedure.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({
      title: 'Fonds d’urgence',
      published: false,
      searchText: 'fonds d urgence soutenir les projets culturels des associations pour les associations en difficulte',
    });
    expect(await versionsOf(id)).toEqual([{ number: 1, fields: [], documents: [], publishedAt: null }]);

    const refused = await updateProcedureInfo(admin, id, procedureInfo({ slug: stored.slug, published: true }), context);
    expect(refused).toEqual({
      ok: false,
      message: 'Ajoutez au moins un champ au formulaire avant de publier la démarche',
      fieldErrors: { published: ['Ajoutez au moins un champ au formulaire avant de publier la démarche'] },
    });

    expect(await addProcedureField(admin, id, { type: 'text', label: 'Nom de l’association', required: true }, context)).toEqual({
      ok: true,
      data: { id: 'nom-de-l-association' },
    });
    expect(await updateProcedureInfo(admin, id, procedureInfo({ slug: stored.slug, published: true, featured: true, featuredOrder: 2 }), context)).toEqual({
      ok: true,
    });
    const [version] = await versionsOf(id);
    expect(version.publishedAt).toBeInstanceOf(Date);
    expect(await auditActions(id)).toEqual(['procedure.create', 'procedure.field.add', 'procedure.update', 'procedure.publish', 'procedure.feature']);
    const audit = await db.auditLog.findFirstOrThrow({ where: { targetId: id, action: 'procedure.update' } });
    expect(audit).toMatchObject({
      actorId: admin.id,
      targetType: 'Procedure',
      ip: context.ip,
      details: { changed: ['title', 'description', 'featuredOrder'] },
    });
  });

  it('stores the indicative processing time, journals its change, and clears it', async () => {
    const { id, admin } = await createTestProcedure({ processingTime: 2, processingTimeUnit: 'MONTHS' });
    const created = await db.procedure.findUniqueOrThrow({ where: { id }, select: { slug: true, processingTime: true, processingTimeUnit: true } });
    expect(created).toMatchObject({ processingTime: 2, processingTimeUnit: 'MONTHS' });

    expect(await updateProcedureInfo(admin, id, procedureInfo({ slug: created.slug, processingTime: 6, processingTimeUnit: 'WEEKS' }), context)).toEqual({
      ok: true,
    });
    expect(await getProcedureForAdmin(admin, id)).toMatchObject({ processingTime: 6, processingTimeUnit: 'WEEKS' });
    const audit = await db.auditLog.findFirstOrThrow({ where: { targetId: id, action: 'procedure.update' } });
    expect(audit.details).toEqual({ changed: ['processingTime', 'processingTimeUnit'] });

    expect(await updateProcedureInfo(admin, id, procedureInfo({ slug: created.slug }), context)).toEqual({ ok: true });
    expect(await db.procedure.findUniqueOrThrow({ where: { id }, select: { processingTime: true, processingTimeUnit: true } })).toEqual({
      processingTime: null,
      processingTimeUnit: null,
    });
  });

  it('refuses a slug already used, on the slug field', async () => {
    const { id: _first } = await createTestProcedure({ slug: 'aide-unique-slug-test' });
    const admin = await createViewer();
    const result = await createProcedure(admin, procedureInfo({ slug: 'aide-unique-slug-test' }), context);
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { slug: ['Cet identifiant d’adresse est déjà celui d’une autre démarche : choisissez-en un autre'] },
    });
  });
});

describe('editing the form', () => {
  it('changes a draft version in place: no new version before any publication', async () => {
    const { id, admin } = await createTestProcedure();
    await addProcedureField(admin, id, { type: 'choice', label: 'Discipline', required: true, choices: ['Théâtre', 'Musique'] }, context);
    await addProcedureField(admin, id, { type: 'yesno', label: 'Première demande', required: true }, context);
    await moveProcedureField(admin, id, 'premiere-demande', 'up', context);
    await addProcedureDocument(admin, id, { label: 'Statuts de l’association', required: false }, context);

    const versions = await versionsOf(id);
    expect(versions).toHaveLength(1);
    const procedure = await getProcedureForAdmin(admin, id);
    expect(procedure?.form.fields.map((field) => field.id)).toEqual(['nom-du-projet', 'montant', 'premiere-demande', 'discipline']);
    expect(procedure?.form.documents.map((document) => document.id)).toEqual(['rib', 'statuts-de-l-association']);
  });

  it('creates a new version when the form of a published démarche changes, and leaves the old one intact', async () => {
    const { id, admin } = await createTestProcedure({ published: true });
    const [first] = await versionsOf(id);
    expect(first.publishedAt).toBeInstanceOf(Date);

    await updateProcedureField(admin, id, 'montant', { type: 'amount', label: 'Montant sollicité', required: true, min: 200, max: 5000 }, context);
    await removeProcedureField(admin, id, 'nom-du-projet', context);

    const versions = await versionsOf(id);
    expect(versions.map((version) => version.number)).toEqual([1, 2, 3]);
    expect(versions[0].fields).toEqual(sampleForm.fields);
    expect(versions[1].fields).toEqual([
      sampleForm.fields[0],
      { id: 'montant', type: 'amount', label: 'Montant sollicité', required: true, min: 200, max: 5000 },
    ]);
    expect(versions[2].fields).toEqual([{ id: 'montant', type: 'amount', label: 'Montant sollicité', required: true, min: 200, max: 5000 }]);
    expect(versions.every((version) => version.publishedAt instanceof Date)).toBe(true);
    expect(await auditActions(id)).toEqual([
      'procedure.create',
      'procedure.publish',
      'procedure.version.create',
      'procedure.field.update',
      'procedure.version.create',
      'procedure.field.remove',
    ]);
  });

  it('never reuses the id of a field removed from a published version', async () => {
    const { id, admin } = await createTestProcedure({ published: true });
    await addProcedureField(admin, id, { type: 'text', label: 'Commentaire', required: false }, context);
    await removeProcedureField(admin, id, 'montant', context);
    await addProcedureField(admin, id, { type: 'number', label: 'Montant', required: true }, context);
    const procedure = await getProcedureForAdmin(admin, id);
    expect(procedure?.form.fields.map((field) => field.id)).toEqual(['nom-du-projet', 'commentaire', 'montant-2']);
  });

  it('refuses to change the type of a field, to touch a field that is gone, or to empty a published form', async () => {
    const { id, admin } = await createTestProcedure(
      { published: true },
      { fields: [{ id: 'seul', type: 'text', label: 'Seul', required: true }], documents: [] },
    );
    expect(await updateProcedureField(admin, id, 'seul', { type: 'email', label: 'Seul', required: true }, context)).toEqual({
      ok: false,
      message: 'Le type d’un champ ne change pas : supprimez ce champ et ajoutez-en un du nouveau type.',
    });
    expect(await moveProcedureField(admin, id, 'absent', 'down', context)).toMatchObject({
      ok: false,
      message: expect.stringContaining('Ce champ n’existe plus'),
    });
    expect(await removeProcedureField(admin, id, 'seul', context)).toMatchObject({
      ok: false,
      message: expect.stringContaining('Une démarche publiée garde au moins un champ'),
    });
    expect(await versionsOf(id)).toHaveLength(1);
  });

  it('says so when the démarche is gone', async () => {
    const admin = await createViewer();
    expect(await addProcedureField(admin, '00000000-0000-4000-8000-000000000000', { type: 'email', label: 'Courriel', required: true }, context)).toEqual({
      ok: false,
      message: 'Cette démarche n’existe plus. Rechargez la liste des démarches.',
    });
  });

  it('serialises concurrent changes: none is lost', async () => {
    const { id, admin } = await createTestProcedure({ published: true });
    const labels = ['Un', 'Deux', 'Trois', 'Quatre'];
    const results = await Promise.all(labels.map((label) => addProcedureField(admin, id, { type: 'text', label, required: false }, context)));
    expect(results.every((result) => result.ok)).toBe(true);
    const procedure = await getProcedureForAdmin(admin, id);
    expect(procedure?.form.fields.map((field) => field.label).sort()).toEqual(['Deux', 'Montant demandé', 'Nom du projet', 'Quatre', 'Trois', 'Un']);
    expect(procedure?.version.number).toBe(5);
  });
});
