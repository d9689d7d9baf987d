import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createStoredFile, createUserWithRole } from '@/test/integration/follow-up';
import type { ProcedureForm } from '@/lib/procedures/field-definitions';
import { createTestProcedure } from '@/test/integration/procedures';
import { NotAnAgentError } from './agent-viewer';
import { insertDossiers } from '@/test/integration/instruction-data';
import { dossierExportStream, exportFileName, prepareDossierExport, recordDossierExport, type DossierExport } from './export-dossiers';
import { assignInstructor } from '@/test/integration/instruction';

const form: ProcedureForm = {
  fields: [
    { id: 'nom-du-projet', type: 'text', label: 'Nom du projet', required: true },
    { id: 'montant', type: 'amount', label: 'Montant demandé', required: true },
    { id: 'debut', type: 'date', label: 'Date de début', required: false },
    { id: 'public', type: 'yesno', label: 'Ouvert au public', required: false },
    { id: 'domaine', type: 'choice', label: 'Domaine', required: true, choices: ['Culture', 'Sport'] },
  ],
  documents: [{ id: 'rib', label: 'Relevé d’identité bancaire', required: true }],
};

async function readAll(stream: ReadableStream<Uint8Array>): Promise<{ text: string; chunks: number }> {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  let text = '';
  let chunks = 0;
  const reader = stream.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    chunks += 1;
    text += decoder.decode(next.value, { stream: true });
  }
  return { text: text + decoder.decode(), chunks };
}

async function collectBatches(dossierExport: DossierExport): Promise<string[][][]> {
  const batches: string[][][] = [];
  for await (const batch of dossierExport.batches()) batches.push(batch);
  return batches;
}

describe('export of a démarche’s dossiers', () => {
  it('gives an instructeur only the démarches assigned to them, and nothing to an applicant', async () => {
    const instructeur = await createUserWithRole('INSTRUCTEUR');
    const admin = await createUserWithRole('ADMIN');
    const applicant = await createUserWithRole('USAGER');
    const mine = await createTestProcedure({}, form);
    const other = await createTestProcedure({}, form);
    await assignInstructor(instructeur.id, mine.id);

    expect(await prepareDossierExport(instructeur, { procedureId: mine.id })).not.toBeNull();
    expect(await prepareDossierExport(instructeur, { procedureId: other.id })).toBeNull();
    expect(await prepareDossierExport(instructeur, { procedureId: 'pas-un-identifiant' })).toBeNull();
    expect(await prepareDossierExport(admin, { procedureId: other.id })).not.toBeNull();
    await expect(prepareDossierExport(applicant, { procedureId: mine.id })).rejects.toBeInstanceOf(NotAnAgentError);
  });

  it('writes the columns with the latest labels and each dossier’s answers, never a draft', async () => {
    const admin = await createUserWithRole('ADMIN');
    const procedure = await createTestProcedure({}, form);
    await db.procedureVersion.updateMany({ where: { procedureId: procedure.id }, data: { publishedAt: new Date() } });
    const latestFields = form.fields.map((field) => (field.id === 'nom-du-projet' ? { ...field, label: 'Intitulé du projet' } : field));
    await db.procedureVersion.create({ data: { procedureId: procedure.id, number: 2, fields: latestFields, documents: form.documents } });
    const applicant = await db.user.create({
      data: { email: `${crypto.randomUUID()}@exemple.test`, firstName: 'Jeanne', lastName: 'Martin', passwordHash: 'x', emailVerifiedAt: new Date() },
      select: { id: true, email: true },
    });
    const profile = await db.profile.create({
      data: {
        name: 'Les Amis du moulin',
        siret: '73282932000074',
        rna: 'W123456789',
        addressLine: '1 rue du Moulin',
        postalCode: '21000',
        city: 'Dijon',
        contactEmail: 'asso@exemple.test',
        object: 'Patrimoine',
      },
      select: { id: true },
    });
    const [accepted, , deposited] = await insertDossiers(procedure.id, applicant.id, [
      {
        status: 'ACCEPTE',
        submittedAt: new Date('2026-03-02T09:00:00Z'),
        decidedAt: new Date('2026-03-31T22:30:00Z'), // 1 April, 00:30 in Paris
        profileId: profile.id,
        answers: { 'nom-du-projet': '=HYPERLINK("http://evil.test")', montant: 1500, debut: '2026-06-21', public: true, domaine: 'Culture' },
      },
      { status: 'BROUILLON', answers: { 'nom-du-projet': 'Brouillon secret' } },
      { status: 'DEPOSE', submittedAt: new Date('2026-03-05T09:00:00Z'), answers: { 'nom-du-projet': 'Kermesse; fête', public: false } },
    ]);
    // Two current justificatifs (one validated, one rejected) and one replaced, not counted.
    const replacement = await db.attachment.create({
      data: { dossierId: accepted.id, documentId: 'rib', fileId: (await createStoredFile(applicant.id)).id, review: 'VALIDE' },
      select: { id: true },
    });
    await db.attachment.create({
      data: { dossierId: accepted.id, documentId: 'rib', fileId: (await createStoredFile(applicant.id)).id, review: 'REJETE', replacedById: replacement.id },
    });
    await db.attachment.create({ data: { dossierId: accepted.id, documentId: 'autre', fileId: (await createStoredFile(applicant.id)).id, review: 'REJETE' } });

    const dossierExport = await prepareDossierExport(admin, { procedureId: procedure.id });
    expect(dossierExport).not.toBeNull();
    const { text } = await readAll(dossierExportStream(dossierExport!));
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0]).toBe(
      'Numéro;Statut;Déposé le;Décidé le;Demandeur;Courriel;Profil;SIRET;RNA;Intitulé du projet;Montant demandé;Date de début;Ouvert au public;Domaine;' +
        'Justificatifs;Justificatifs validés;Justificatifs rejetés;Justificatifs en attente',
    );
    expect(lines.slice(1, -1)).toEqual([
      `${accepted.number};Accepté;02/03/2026;01/04/2026;Martin Jeanne;${applicant.email};Les Amis du moulin;73282932000074;W123456789;` +
        `"'=HYPERLINK(""http://evil.test"")";1\u202f500,00\u00a0€;21/06/2026;Oui;Culture;2;1;1;0`,
      `${deposited.number};Déposé;05/03/2026;;Martin Jeanne;${applicant.email};;;;"Kermesse; fête";;;Non;;0;0;0;0`,
    ]);
    expect(text).not.toContain('Brouillon secret');
    expect(exportFileName(dossierExport!, new Date('2026-11-29T23:30:00Z'))).toBe(
      `dossiers-${(await db.procedure.findUniqueOrThrow({ where: { id: procedure.id } })).slug}-2026-11-30.csv`,
    );

    const acceptedOnly = await prepareDossierExport(admin, { procedureId: procedure.id, status: 'ACCEPTE' });
    expect((await collectBatches(acceptedOnly!)).flat().map((row) => row[0])).toEqual([accepted.number]);
    expect(await prepareDossierExport(admin, { procedureId: procedure.id, status: 'BROUILLON' })).toBeNull();

    await recordDossierExport(admin, acceptedOnly!, { ip: '198.51.100.20' });
    expect(
      await db.auditLog.findFirst({
        where: { actorId: admin.id, action: 'instruction.dossiers-exported' },
        select: { targetId: true, ip: true, details: true },
      }),
    ).toEqual({
      targetId: procedure.id,
      ip: '198.51.100.20',
      details: { format: 'csv', status: 'ACCEPTE', procedure: expect.any(String) },
    });
  });

  it('streams 1 200 dossiers in batches of 500, one batch per read', async () => {
    const instructeur = await createUserWithRole('INSTRUCTEUR');
    const procedure = await createTestProcedure({}, form);
    await assignInstructor(instructeur.id, procedure.id);
    const applicant = await createUserWithRole('USAGER');
    const seeds = Array.from({ length: 1200 }, (_, index) => ({ answers: { 'nom-du-projet': `Projet ${index + 1}`, montant: index } }));
    await insertDossiers(procedure.id, applicant.id, [...seeds, { status: 'BROUILLON' }]);

    const dossierExport = await prepareDossierExport(instructeur, { procedureId: procedure.id });
    const batches = await collectBatches(dossierExport!);
    expect(batches.map((batch) => batch.length)).toEqual([500, 500, 200]);

    const rssBefore = process.memoryUsage().rss;
    const { text, chunks } = await readAll(dossierExportStream(dossierExport!));
    const rssAfter = process.memoryUsage().rss;
    console.info(`export de 1 200 dossiers : ${text.length} caractères, RSS ${(rssBefore / 1e6).toFixed(0)} → ${(rssAfter / 1e6).toFixed(0)} Mo`);
    const lines = text.split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(1201);
    expect(lines[1]).toContain('Projet 1;');
    expect(lines[1200]).toContain('Projet 1200;');
    // The header, then one chunk per batch: the rows are never gathered in one piece.
    expect(chunks).toBe(4);
  });

  it('reads the next batch only when the reader asks for it (backpressure)', async () => {
    const admin = await createUserWithRole('ADMIN');
    const procedure = await createTestProcedure({}, form);
    const applicant = await createUserWithRole('USAGER');
    await insertDossiers(
      procedure.id,
      applicant.id,
      Array.from({ length: 30 }, () => ({})),
    );
    const dossierExport = await prepareDossierExport(admin, { procedureId: procedure.id }, { batchSize: 10 });
    let reads = 0;
    const counted: DossierExport = {
      ...dossierExport!,
      batches: async function* () {
        for await (const batch of dossierExport!.batches()) {
          reads += 1;
          yield batch;
        }
      },
    };
    const reader = dossierExportStream(counted).getReader();
    await reader.read(); // the header
    await new Promise((resolve) => setTimeout(resolve, 50));
    // At most one batch is read ahead of what the reader took.
    expect(reads).toBeLessThanOrEqual(1);
    await reader.read();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(reads).toBeLessThanOrEqual(2);
    await reader.cancel();
  });
});
