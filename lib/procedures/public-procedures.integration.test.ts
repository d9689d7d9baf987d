import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { keepOpen, queryFeaturedCandidates } from './find-featured-procedures';
import { getPublishedProcedure } from './get-published-procedure';
import { createTestProcedure, daysFromNow, uniqueSlug } from '@/test/integration/procedures';
import { searchOpenProcedures } from './search-open-procedures';

// Every test makes démarches with a unique word in their title, and looks only at those.
function marker() {
  return `zq${Math.random().toString(36).slice(2, 10)}`;
}

describe('« Démarches à la Une »', () => {
  it('lists featured, published démarches open now, in the administrators’ order; closed, upcoming, unpublished or not featured ones stay out', async () => {
    const word = marker();
    const make = (title: string, overrides: Parameters<typeof createTestProcedure>[0]) =>
      createTestProcedure({ title: `${title} ${word}`, published: true, featured: true, ...overrides });
    await make('Deuxième', { featuredOrder: 2 });
    await make('Première', { featuredOrder: 1, closesOn: null });
    await make('Fermée', { featuredOrder: 1, opensOn: daysFromNow(-30), closesOn: daysFromNow(-1) });
    const upcoming = await make('À venir', { opensOn: daysFromNow(3), closesOn: null, featuredOrder: 3 });
    await make('Brouillon', { published: false });
    await make('Pas à la Une', { featured: false });

    const titles = (cards: { title: string }[]) => cards.filter((card) => card.title.endsWith(word)).map((card) => card.title.replace(` ${word}`, ''));
    const candidates = await queryFeaturedCandidates();
    // The cached list keeps the upcoming one, with its dates, so that it enters on its own.
    expect(titles(candidates)).toEqual(['Première', 'Deuxième', 'À venir']);
    expect(titles(keepOpen(candidates))).toEqual(['Première', 'Deuxième']);
    const opening = await db.procedure.findUniqueOrThrow({ where: { id: upcoming.id }, select: { opensAt: true } });
    expect(titles(keepOpen(candidates, new Date(opening.opensAt.getTime() + 1000)))).toEqual(['Première', 'Deuxième', 'À venir']);

    // A démarche closes by itself: past its closing time it leaves the list, without any change.
    const deuxieme = candidates.find((card) => card.title.startsWith('Deuxième'))!;
    expect(titles(keepOpen(candidates, new Date(deuxieme.closesAt!.getTime() + 1)))).toEqual(['Première', 'À venir']);
  });
});

describe('the catalogue', () => {
  it('searches words without regard to case or accents, in title, summary and description, and filters by audience', async () => {
    const word = marker();
    await createTestProcedure({ title: `Aide à l’Équipement sportif ${word}`, published: true, audience: 'ASSOCIATION' });
    await createTestProcedure({
      title: `Aide au permis de conduire ${word}`,
      summary: 'Pour les jeunes de 18 à 25 ans.',
      published: true,
      audience: 'PARTICULIER',
    });
    await createTestProcedure({ title: `Culture ${word}`, description: 'Spectacles, théâtre et ÉQUIPEMENTS scéniques.', published: true });
    await createTestProcedure({ title: `Équipement fermé ${word}`, published: true, opensOn: daysFromNow(-30), closesOn: daysFromNow(-2) });
    await createTestProcedure({ title: `Équipement brouillon ${word}`, published: false });

    const search = async (text: string, audience?: 'ASSOCIATION' | 'PARTICULIER') => {
      const page = await searchOpenProcedures({ text: `${text} ${word}`, audience });
      return page.cards.map((card) => card.title.replace(` ${word}`, ''));
    };
    expect(await search('equipement')).toEqual(['Aide à l’Équipement sportif', 'Culture']);
    expect(await search('EQUIPEMENT SPORTIF')).toEqual(['Aide à l’Équipement sportif']);
    expect(await search('jeunes')).toEqual(['Aide au permis de conduire']);
    expect(await search('aide', 'PARTICULIER')).toEqual(['Aide au permis de conduire']);
    expect(await search('aide', 'ASSOCIATION')).toEqual(['Aide à l’Équipement sportif']);
    expect(await search('théâtre%')).toEqual(['Culture']);
    expect(await search('introuvable')).toEqual([]);
    expect((await searchOpenProcedures({ text: word })).total).toBe(3);
  });

  it('lists démarches in French alphabetical order (accents among their letter)', async () => {
    const word = marker();
    const titles = ['Aide aux projets', 'Écoles numériques', 'Aide à l’équipement', 'Eau potable', 'Bourse'];
    for (const title of titles) await createTestProcedure({ title: `${title} ${word}`, published: true });
    const page = await searchOpenProcedures({ text: word });
    expect(page.cards.map((card) => card.title.replace(` ${word}`, ''))).toEqual([
      'Aide à l’équipement',
      'Aide aux projets',
      'Bourse',
      'Eau potable',
      'Écoles numériques',
    ]);
  });
});

describe('getPublishedProcedure', () => {
  it('returns a published démarche with its justificatifs, and nothing for an unpublished one', async () => {
    const slug = uniqueSlug();
    await createTestProcedure({ slug, published: true });
    expect(await getPublishedProcedure(slug)).toMatchObject({
      slug,
      processingTime: null,
      documents: [{ id: 'rib', label: 'Relevé d’identité bancaire', required: true }],
    });
    const timed = uniqueSlug();
    await createTestProcedure({ slug: timed, published: true, processingTime: 6, processingTimeUnit: 'WEEKS' });
    expect(await getPublishedProcedure(timed)).toMatchObject({ processingTime: { value: 6, unit: 'WEEKS' } });
    const draft = uniqueSlug();
    await createTestProcedure({ slug: draft, published: false });
    expect(await getPublishedProcedure(draft)).toBeNull();
    expect(await getPublishedProcedure('inexistante')).toBeNull();
  });
});
