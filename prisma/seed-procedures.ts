import type { PrismaClient } from '../lib/generated/prisma/client';
import { toParisDay } from '../lib/procedures/campaign-dates';
import { documentListSchema, fieldListSchema } from '../lib/procedures/field-definitions';
import { procedureData } from '../lib/procedures/procedure-data';
import { procedureInfoSchema } from '../lib/validation/procedure';
import { createAuditEntries } from '../test/factories/audit';
import { createProcedure } from '../test/factories/procedures';

// Demo démarches of a département, created on the first start by the factory the tests use, with
// the version and journal rows an administrator's builder would have written (create, publish,
// feature). Their information and forms are checked by the builder's own schemas. Dates are
// relative to the first start: open since a month, closing a few months later (one without
// closing date).

const DAY = 24 * 60 * 60 * 1000;
const day = (offset: number) => toParisDay(new Date(Date.now() + offset * DAY));

// Linked to the porte-documents: an association that keeps its RIB on its profile finds it joined.
const RIB = { id: 'rib', label: 'Relevé d’identité bancaire (RIB) au nom de l’association', required: true, profileDocumentType: 'RIB' as const };
const BUDGET = {
  id: 'budget-previsionnel',
  label: 'Budget prévisionnel',
  help: 'Le budget de l’année ou du projet, en dépenses et en recettes.',
  required: true,
};

const DEMO_PROCEDURES = [
  {
    info: {
      title: 'Subvention de fonctionnement aux associations',
      slug: 'subvention-fonctionnement-associations',
      summary: 'Une aide annuelle au fonctionnement des associations qui agissent dans le département : sport, culture, solidarité, jeunesse, environnement.',
      description: [
        'Le Département soutient la vie associative locale en participant aux dépenses courantes des associations : loyers, assurances, petit matériel, frais de formation des bénévoles.',
        'Pour être éligible, l’association doit :',
        '- être déclarée en préfecture depuis au moins un an,\n- avoir son siège ou une activité régulière dans le département,\n- être à jour de ses obligations administratives et comptables.',
        'Une seule demande par association et par année civile. Le montant accordé dépend du budget de l’association et de son action auprès des habitants. Consultez la [fiche pratique sur les subventions](https://www.service-public.fr/particuliers/vosdroits/F3180).',
      ].join('\n\n'),
      audience: 'ASSOCIATION',
      opensOn: day(-30),
      closesOn: day(120),
      published: 'on',
      featured: 'on',
      featuredOrder: '1',
      processingTime: '2',
      processingTimeUnit: 'MONTHS',
    },
    fields: [
      { id: 'l-association', type: 'section', label: 'L’association' },
      { id: 'numero-rna', type: 'rna', label: 'Numéro RNA', required: true },
      {
        id: 'numero-siret',
        type: 'siret',
        label: 'Numéro SIRET',
        help: 'Si l’association emploie des salariés ou reçoit déjà des subventions publiques.',
        required: false,
      },
      { id: 'nombre-d-adherents', type: 'number', label: 'Nombre d’adhérents', required: true, min: 1, integer: true },
      { id: 'nombre-de-salaries', type: 'number', label: 'Nombre de salariés', required: false, min: 0, integer: true },
      { id: 'votre-demande', type: 'section', label: 'Votre demande' },
      { id: 'budget-annuel', type: 'amount', label: 'Budget annuel de l’association', required: true, min: 0 },
      { id: 'montant-demande', type: 'amount', label: 'Montant demandé', required: true, min: 500, max: 30000 },
      {
        id: 'activites-prevues',
        type: 'paragraph',
        label: 'Activités prévues pour l’année',
        help: 'Les actions menées, le public touché, les communes concernées.',
        required: true,
        maxLength: 3000,
      },
      { id: 'subvention-anterieure', type: 'yesno', label: 'L’association a-t-elle reçu une subvention du Département l’an dernier ?', required: true },
    ],
    documents: [
      { id: 'statuts', label: 'Statuts de l’association, datés et signés', required: true, profileDocumentType: 'STATUTS' },
      { id: 'compte-rendu-ag', label: 'Compte rendu de la dernière assemblée générale', required: true },
      BUDGET,
      RIB,
      { id: 'rapport-activite', label: 'Rapport d’activité de l’année passée', required: false },
    ],
  },
  {
    info: {
      title: 'Aide aux projets culturels',
      slug: 'aide-projets-culturels',
      summary: 'Soutenir les festivals, spectacles, expositions et ateliers organisés par les associations culturelles du département.',
      description: [
        'Cette aide finance un projet culturel ponctuel ouvert au public : festival, création de spectacle, exposition, résidence d’artistes, ateliers d’éducation artistique.',
        'Le Département est attentif :',
        '- à la présence du projet dans les communes rurales,\n- à l’accueil des publics éloignés de la culture,\n- à la rémunération des artistes.',
        'Déposez votre demande au moins deux mois avant le début du projet.',
      ].join('\n\n'),
      audience: 'ASSOCIATION',
      opensOn: day(-20),
      closesOn: day(90),
      published: 'on',
      featured: 'on',
      featuredOrder: '2',
      processingTime: '3',
      processingTimeUnit: 'MONTHS',
    },
    fields: [
      { id: 'titre-du-projet', type: 'text', label: 'Titre du projet', required: true, maxLength: 150 },
      {
        id: 'discipline',
        type: 'choice',
        label: 'Discipline artistique',
        required: true,
        choices: ['Musique', 'Théâtre', 'Danse', 'Arts visuels', 'Cinéma et audiovisuel', 'Lecture et écriture', 'Patrimoine'],
      },
      { id: 'presentation', type: 'paragraph', label: 'Présentation du projet', required: true, maxLength: 4000 },
      { id: 'date-de-debut', type: 'date', label: 'Date de début', required: true },
      { id: 'date-de-fin', type: 'date', label: 'Date de fin', required: true },
      { id: 'lieu', type: 'address', label: 'Lieu principal', required: true },
      { id: 'public-attendu', type: 'number', label: 'Nombre de personnes attendues', required: false, min: 1, integer: true },
      { id: 'budget', type: 'section', label: 'Budget du projet' },
      { id: 'cout-total', type: 'amount', label: 'Coût total du projet', required: true, min: 0 },
      { id: 'montant-demande', type: 'amount', label: 'Montant demandé', help: 'Au plus la moitié du coût total.', required: true, min: 300, max: 15000 },
    ],
    documents: [
      { id: 'dossier-artistique', label: 'Présentation détaillée du projet', help: 'Note d’intention, équipe artistique, calendrier.', required: true },
      { id: 'budget-du-projet', label: 'Budget prévisionnel du projet', required: true },
      RIB,
      { id: 'devis', label: 'Devis des principales dépenses', required: false },
    ],
  },
  {
    info: {
      title: 'Aide à l’équipement sportif',
      slug: 'aide-equipement-sportif',
      summary: 'Financer l’achat de matériel sportif durable par les clubs : buts, tapis, matériel de chronométrage, équipements adaptés au handisport.',
      description: [
        'Le Département aide les clubs affiliés à une fédération sportive à acheter du matériel durable, à hauteur de 50 % du coût hors taxes.',
        'Sont exclus : les tenues, le matériel consommable (ballons, balles, volants) et les véhicules.',
        'Le matériel acheté doit rester la propriété du club pendant au moins trois ans.',
      ].join('\n\n'),
      audience: 'ASSOCIATION',
      opensOn: day(-45),
      closesOn: day(150),
      published: 'on',
      featured: 'on',
      featuredOrder: '3',
      processingTime: '6',
      processingTimeUnit: 'WEEKS',
    },
    fields: [
      {
        id: 'discipline',
        type: 'choice',
        label: 'Discipline sportive',
        required: true,
        choices: ['Football', 'Basket-ball', 'Handball', 'Rugby', 'Judo et arts martiaux', 'Natation', 'Athlétisme', 'Autre'],
      },
      { id: 'nombre-de-licencies', type: 'number', label: 'Nombre de licenciés', required: true, min: 1, integer: true },
      { id: 'materiel', type: 'text', label: 'Matériel à acquérir', help: 'Par exemple : deux buts de handball rabattables.', required: true, maxLength: 300 },
      { id: 'cout-ttc', type: 'amount', label: 'Coût du matériel (TTC)', required: true, min: 0 },
      { id: 'montant-demande', type: 'amount', label: 'Montant demandé', required: true, min: 200, max: 10000 },
      { id: 'materiel-partage', type: 'yesno', label: 'Le matériel sera-t-il partagé avec d’autres clubs ou des écoles ?', required: true },
      { id: 'courriel-responsable', type: 'email', label: 'Courriel du responsable du projet', required: true },
      { id: 'telephone-responsable', type: 'phone', label: 'Téléphone du responsable du projet', required: false },
    ],
    documents: [
      { id: 'devis-fournisseur', label: 'Devis du fournisseur', required: true },
      { id: 'attestation-affiliation', label: 'Attestation d’affiliation à la fédération', required: true },
      RIB,
    ],
  },
  {
    info: {
      title: 'Aide au permis de conduire',
      slug: 'aide-permis-de-conduire',
      summary: 'Une aide de 400 à 800 € pour les jeunes de 18 à 25 ans qui passent le permis B et en ont besoin pour leur formation ou leur emploi.',
      description: [
        'Le permis de conduire est souvent indispensable pour se former ou travailler dans le département. Le Département aide les jeunes qui en ont besoin à financer leur formation.',
        'Conditions :',
        '- avoir entre 18 et 25 ans à la date de la demande,\n- habiter le département depuis au moins six mois,\n- être inscrit dans une auto-école du département.',
        'L’aide est versée directement à l’auto-école, en contrepartie de 35 heures de bénévolat dans une association ou une collectivité du département.',
      ].join('\n\n'),
      audience: 'PARTICULIER',
      opensOn: day(-60),
      closesOn: day(200),
      published: 'on',
      featured: 'on',
      featuredOrder: '4',
      processingTime: '1',
      processingTimeUnit: 'MONTHS',
    },
    fields: [
      { id: 'date-de-naissance', type: 'date', label: 'Date de naissance', required: true },
      { id: 'adresse', type: 'address', label: 'Adresse de votre domicile', required: true },
      { id: 'telephone', type: 'phone', label: 'Téléphone', required: true },
      {
        id: 'situation',
        type: 'choice',
        label: 'Votre situation',
        required: true,
        choices: ['Étudiant ou étudiante', 'En apprentissage', 'Demandeur ou demandeuse d’emploi', 'En insertion professionnelle', 'Salarié ou salariée'],
      },
      { id: 'auto-ecole', type: 'text', label: 'Nom et commune de l’auto-école', required: true, maxLength: 200 },
      { id: 'cout-formation', type: 'amount', label: 'Coût de la formation', required: true, min: 0, max: 5000 },
      { id: 'code-obtenu', type: 'yesno', label: 'Avez-vous déjà obtenu le code de la route ?', required: true },
      {
        id: 'motivation',
        type: 'paragraph',
        label: 'Pourquoi avez-vous besoin du permis ?',
        help: 'Formation, emploi, stage : quelques lignes suffisent.',
        required: true,
        maxLength: 1500,
      },
    ],
    documents: [
      { id: 'piece-identite', label: 'Pièce d’identité', help: 'Carte d’identité, passeport ou titre de séjour, recto et verso.', required: true },
      { id: 'justificatif-domicile', label: 'Justificatif de domicile de moins de 3 mois', required: true },
      { id: 'devis-auto-ecole', label: 'Devis ou contrat de l’auto-école', required: true },
      {
        id: 'justificatif-situation',
        label: 'Justificatif de situation',
        help: 'Certificat de scolarité, contrat d’apprentissage, attestation France Travail…',
        required: false,
      },
    ],
  },
  {
    info: {
      title: 'Fonds d’urgence associations',
      slug: 'fonds-urgence-associations',
      summary: 'Une aide exceptionnelle pour les associations qui font face à une difficulté de trésorerie imprévue menaçant leur activité.',
      description: [
        'Ce fonds aide une association à passer un cap difficile : perte d’un financement, sinistre, annulation d’un événement important.',
        'Il ne remplace pas une subvention de fonctionnement. Une association ne peut en bénéficier qu’une fois tous les trois ans.',
        'Les demandes sont examinées au fil de l’eau, en général sous un mois.',
      ].join('\n\n'),
      audience: 'ASSOCIATION',
      opensOn: day(-90),
      closesOn: '',
      published: 'on',
      featuredOrder: '5',
      processingTime: '15',
      processingTimeUnit: 'DAYS',
    },
    fields: [
      { id: 'difficulte', type: 'paragraph', label: 'Nature de la difficulté rencontrée', required: true, maxLength: 3000 },
      { id: 'date-epuisement', type: 'date', label: 'Date à laquelle la trésorerie sera épuisée', required: true },
      { id: 'deficit', type: 'amount', label: 'Montant du déficit prévisionnel', required: true, min: 0 },
      { id: 'montant-demande', type: 'amount', label: 'Montant demandé', required: true, min: 500, max: 20000 },
      { id: 'autres-financeurs', type: 'yesno', label: 'Avez-vous sollicité d’autres financeurs ?', required: true },
      { id: 'lesquels', type: 'text', label: 'Si oui, lesquels ?', required: false, maxLength: 300 },
    ],
    documents: [
      { id: 'plan-tresorerie', label: 'Plan de trésorerie des six prochains mois', required: true },
      { id: 'comptes-approuves', label: 'Derniers comptes approuvés', required: true, profileDocumentType: 'COMPTES_APPROUVES' },
      RIB,
    ],
  },
  {
    info: {
      title: 'Soutien aux manifestations sportives',
      slug: 'soutien-manifestations-sportives',
      summary: 'Une aide aux associations qui organisent une compétition ou un événement sportif ouvert au public dans le département.',
      description: [
        'Le Département soutient les manifestations sportives qui font vivre le territoire : tournois, courses, championnats, fêtes du sport.',
        'La manifestation doit être ouverte au public et se dérouler dans le département. Les manifestations à but lucratif ne sont pas éligibles.',
      ].join('\n\n'),
      audience: 'ASSOCIATION',
      opensOn: day(-15),
      closesOn: day(60),
      published: 'on',
      featuredOrder: '6',
      processingTime: '6',
      processingTimeUnit: 'WEEKS',
    },
    fields: [
      { id: 'nom-manifestation', type: 'text', label: 'Nom de la manifestation', required: true, maxLength: 150 },
      { id: 'date-manifestation', type: 'date', label: 'Date de la manifestation', required: true },
      { id: 'lieu', type: 'address', label: 'Lieu', required: true },
      { id: 'niveau', type: 'choice', label: 'Niveau de la compétition', required: true, choices: ['Départemental', 'Régional', 'National', 'International'] },
      { id: 'participants', type: 'number', label: 'Nombre de participants attendus', required: true, min: 1, integer: true },
      { id: 'budget-total', type: 'amount', label: 'Budget total de la manifestation', required: true, min: 0 },
      { id: 'montant-demande', type: 'amount', label: 'Montant demandé', required: true, min: 200, max: 8000 },
    ],
    documents: [BUDGET, RIB, { id: 'programme', label: 'Programme de la manifestation', required: false }],
  },
];

export async function seedProcedures(db: PrismaClient, adminId: string): Promise<number> {
  for (const procedure of DEMO_PROCEDURES) {
    const fields = fieldListSchema.parse(procedure.fields);
    const documents = documentListSchema.parse(procedure.documents);
    const { searchText: _computedByTheFactory, ...info } = procedureData(procedureInfoSchema.parse(procedure.info));
    await db.$transaction(async (tx) => {
      const { id } = await createProcedure(tx, { ...info, fields, documents, createdById: adminId });
      const audit = { actorId: adminId, targetType: 'Procedure', targetId: id, ip: '127.0.0.1' };
      await createAuditEntries(tx, [
        { ...audit, action: 'procedure.create', details: { slug: info.slug, title: info.title, fields: fields.length, documents: documents.length } },
        ...(info.published ? [{ ...audit, action: 'procedure.publish' }] : []),
        ...(info.featured ? [{ ...audit, action: 'procedure.feature', details: { featuredOrder: info.featuredOrder } }] : []),
      ]);
    });
  }
  return DEMO_PROCEDURES.length;
}
