import { describe, expect, it } from 'vitest';
import { documentFormSchema, fieldFormSchema, moveItemSchema, procedureInfoSchema, saveFieldSchema } from './procedure';

function errors(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries(result.error?.issues.map((issue) => [String(issue.path[0]), issue.message]) ?? []);
}

const info = {
  title: 'Aide à l’équipement sportif',
  slug: '',
  summary: 'Une aide pour acheter du matériel.',
  description: 'Texte',
  audience: 'ASSOCIATION',
  opensOn: '2026-01-15',
  closesOn: '',
  featuredOrder: '',
};

describe('procedureInfoSchema', () => {
  it('derives the slug from the title when none is typed, and reads boxes and dates', () => {
    expect(procedureInfoSchema.parse({ ...info, published: 'on', closesOn: '31/12/2026' })).toEqual({
      title: 'Aide à l’équipement sportif',
      slug: 'aide-a-l-equipement-sportif',
      summary: 'Une aide pour acheter du matériel.',
      description: 'Texte',
      audience: 'ASSOCIATION',
      opensOn: '2026-01-15',
      closesOn: '2026-12-31',
      published: true,
      featured: false,
      featuredOrder: 1,
      processingTime: null,
      processingTimeUnit: null,
    });
  });

  it('reads « Délai de réponse aux compléments (jours) »: empty for the default, else 1 to 365 days', () => {
    expect(procedureInfoSchema.parse({ ...info, complementResponseDays: '' }).complementResponseDays).toBeNull();
    expect(procedureInfoSchema.parse({ ...info, complementResponseDays: ' 30 ' }).complementResponseDays).toBe(30);
    for (const typed of ['0', '366', '15,5', 'quinze', '-3']) {
      expect(errors(procedureInfoSchema.safeParse({ ...info, complementResponseDays: typed })), typed).toEqual({
        complementResponseDays: 'Saisissez un nombre entier de jours entre 1 et 365, ou laissez vide',
      });
    }
  });

  it('gives what administrators type French spacing, shown to everyone as the product’s own texts', () => {
    const typed = procedureInfoSchema.parse({ ...info, title: 'Aide : matériel', summary: 'Pour qui ?', description: '« Clubs » !' });
    expect([typed.title, typed.summary, typed.description]).toEqual(['Aide\u00a0: matériel', 'Pour qui\u00a0?', '«\u00a0Clubs\u00a0»\u00a0!']);
    expect(typed.slug).toBe('aide-materiel');
    const field = fieldFormSchema.parse({ type: 'choice', label: 'Votre club ?', help: 'Un seul : le vôtre', choices: 'Oui !\nNon' });
    expect(field).toMatchObject({ label: 'Votre club\u00a0?', help: 'Un seul\u00a0: le vôtre', choices: ['Oui\u00a0!', 'Non'] });
    expect(documentFormSchema.parse({ label: 'RIB ?', help: '' }).label).toBe('RIB\u00a0?');
  });

  it('explains each mistake on its field', () => {
    expect(errors(procedureInfoSchema.safeParse({ ...info, title: '', slug: 'Pas Bon', audience: '', opensOn: '' }))).toEqual({
      title: 'Saisissez le titre de la démarche',
      audience: 'Choisissez le public concerné',
      opensOn: 'Saisissez la date d’ouverture',
    });
    expect(errors(procedureInfoSchema.safeParse({ ...info, slug: 'pas bon!', closesOn: '2026-01-14', featuredOrder: '0' }))).toEqual({
      featuredOrder: 'Saisissez un nombre entier entre 1 et 99',
    });
    expect(errors(procedureInfoSchema.safeParse({ ...info, slug: 'pas bon!', closesOn: '2026-01-14' }))).toEqual({
      slug: 'Saisissez l’identifiant en lettres minuscules sans accent, chiffres et tirets (80 caractères au plus), par exemple aide-aux-associations',
      closesOn: 'La date de clôture doit être le jour de l’ouverture ou après',
    });
  });
});

describe('fieldFormSchema', () => {
  it('keeps the options of the chosen type only', () => {
    const amount = fieldFormSchema.parse({
      type: 'amount',
      label: 'Montant',
      help: '',
      required: 'on',
      min: '500',
      max: '15 000',
      maxLength: '12',
      choices: 'a',
    });
    expect(amount).toEqual({ type: 'amount', label: 'Montant', required: true, min: 500, max: 15000 });
    const choice = fieldFormSchema.parse({ type: 'choice', label: 'Discipline', choices: 'Football\r\n\r\n  Judo \nTennis', min: '3' });
    expect(choice).toEqual({ type: 'choice', label: 'Discipline', required: false, choices: ['Football', 'Judo', 'Tennis'] });
    expect(fieldFormSchema.parse({ type: 'section', label: 'Budget', required: 'on' })).toEqual({
      type: 'section',
      label: 'Budget',
      required: false,
    });
  });

  it('reports typing mistakes and definition rules on the option typed', () => {
    expect(errors(fieldFormSchema.safeParse({ type: 'number', label: 'N', min: 'dix' }))).toEqual({
      min: 'Saisissez un nombre, par exemple 1500, ou laissez vide',
    });
    expect(errors(fieldFormSchema.safeParse({ type: 'number', label: 'N', min: '10', max: '2' }))).toEqual({
      max: 'La valeur maximale doit être supérieure ou égale à la valeur minimale',
    });
    expect(errors(fieldFormSchema.safeParse({ type: 'choice', label: 'C', choices: 'Seul' }))).toEqual({
      choices: 'Saisissez au moins 2 choix, un par ligne',
    });
    expect(errors(fieldFormSchema.safeParse({ type: 'text', label: '' }))).toEqual({ label: 'Saisissez le libellé' });
    expect(errors(fieldFormSchema.safeParse({ type: 'hack', label: 'X' }))).toEqual({ type: 'Choisissez le type du champ' });
  });
});

describe('documentFormSchema', () => {
  it('reads a document and refuses one without label', () => {
    expect(documentFormSchema.parse({ label: 'RIB', help: '', required: 'on' })).toEqual({ label: 'RIB', help: undefined, required: true });
    expect(errors(documentFormSchema.safeParse({ label: ' ' }))).toEqual({ label: 'Saisissez le libellé' });
  });

  it('links a document to a type of the porte-documents, or to none', () => {
    expect(documentFormSchema.parse({ label: 'Statuts de l’association', required: 'on', profileDocumentType: 'STATUTS' }).profileDocumentType).toBe('STATUTS');
    expect(documentFormSchema.parse({ label: 'Devis', profileDocumentType: '' }).profileDocumentType).toBeUndefined();
    expect(errors(documentFormSchema.safeParse({ label: 'Devis', profileDocumentType: 'PASSEPORT' }))).toEqual({
      profileDocumentType: 'Choisissez le type de document',
    });
  });
});

describe('the builder’s hidden ids', () => {
  const procedureId = '0b0f4c1e-7d7a-4c5e-9a55-3f1c8f3a2b10';

  it('keep a valid target and give the draft apart', () => {
    expect(saveFieldSchema.parse({ procedureId, type: 'yesno', label: 'Adhérent ?', required: 'on' })).toEqual({
      procedureId,
      draft: { type: 'yesno', label: 'Adhérent ?', required: true },
    });
    expect(moveItemSchema.parse({ procedureId, itemId: 'nom-du-projet', direction: 'up' })).toEqual({ procedureId, itemId: 'nom-du-projet', direction: 'up' });
  });

  it('refuse what names nothing on the fields the actions list in `targets` (a 404); an absent item is a new one', () => {
    const forged = moveItemSchema.safeParse({ procedureId: 'pas-un-id', itemId: 'Pas Un Id', direction: 'gauche' });
    expect(forged.error?.issues.map((issue) => issue.path[0]).sort()).toEqual(['direction', 'itemId', 'procedureId']);
    expect(saveFieldSchema.parse({ procedureId, itemId: '', type: 'yesno', label: 'Adhérent ?' }).itemId).toBeUndefined();
  });
});
