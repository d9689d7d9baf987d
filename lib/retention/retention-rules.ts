import type { Env } from '@/lib/env-schema';

// The one place where retention delays live: read by the worker (apply-retention.ts), by the
// « Données personnelles » page and by the administrators' « Durées de conservation » page.
// Each delay comes from the environment (lib/env-schema.ts, README « Configuration »).

export type RetentionConfig = {
  draftMonths: number;
  draftReminderDays: number;
  /** For démarches without their own « Durée de conservation ». */
  dossierMonths: number;
  dueSoonDays: number;
  inactiveAccountMonths: number;
  inactiveNoticeDays: number;
  outboxDays: number;
  shareKeyDays: number;
  auditDetailsMonths: number;
  auditMonths: number;
};

export function retentionConfigFrom(env: Env): RetentionConfig {
  return {
    draftMonths: env.RETENTION_DRAFT_MONTHS,
    draftReminderDays: env.RETENTION_DRAFT_REMINDER_DAYS,
    dossierMonths: env.RETENTION_DOSSIER_MONTHS,
    dueSoonDays: env.RETENTION_DUE_SOON_DAYS,
    inactiveAccountMonths: env.RETENTION_INACTIVE_ACCOUNT_MONTHS,
    inactiveNoticeDays: env.RETENTION_INACTIVE_NOTICE_DAYS,
    outboxDays: env.RETENTION_OUTBOX_DAYS,
    shareKeyDays: env.RETENTION_SHARE_KEY_DAYS,
    auditDetailsMonths: env.RETENTION_AUDIT_DETAILS_MONTHS,
    auditMonths: env.RETENTION_AUDIT_MONTHS,
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function daysBefore(date: Date, days: number): Date {
  return new Date(date.getTime() - days * DAY_MS);
}

export function daysAfter(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** Calendar months in UTC (the 31st of a shorter month becomes its last day's overflow, as Date does). */
export function monthsBefore(date: Date, months: number): Date {
  const result = new Date(date);
  result.setUTCMonth(result.getUTCMonth() - months);
  return result;
}

export function monthsAfter(date: Date, months: number): Date {
  return monthsBefore(date, -months);
}

/** « 6 mois », « 3 ans », « 18 mois »: a whole number of years is said in years. */
export function formatMonths(months: number): string {
  if (months % 12 === 0) return `${months / 12} an${months === 12 ? '' : 's'}`;
  return `${months} mois`;
}

export function formatDays(days: number): string {
  return `${days} jour${days === 1 ? '' : 's'}`;
}

/** A démarche's « Durée de conservation » in months. */
export function dossierRetentionMonths(procedure: { retentionMonths: number | null }, config: RetentionConfig): number {
  return procedure.retentionMonths ?? config.dossierMonths;
}

/** The day a decided dossier's answers and files are deleted. */
export function dossierRetentionEnd(decidedAt: Date, procedure: { retentionMonths: number | null }, config: RetentionConfig): Date {
  return monthsAfter(decidedAt, dossierRetentionMonths(procedure, config));
}

export type RetentionRuleDescription = {
  id: string;
  /** What is stored. */
  data: string;
  /** Why. */
  purpose: string;
  /** How long, then what happens. */
  duration: string;
  /** Who sees it. */
  audience: string;
  legalBasis: string;
};

/** The rules in force, in words: the transparency page and the administrators' page show exactly these. */
export function describeRetentionRules(config: RetentionConfig): RetentionRuleDescription[] {
  return [
    {
      id: 'compte',
      data: 'Votre compte : prénom, nom, adresse courriel, mot de passe chiffré, date de dernière connexion.',
      purpose: 'Vous identifier et vous écrire au sujet de vos démarches.',
      duration: `Tant que vous utilisez le service. Sans connexion pendant ${formatMonths(config.inactiveAccountMonths)}, un courriel vous prévient ; sans connexion dans les ${formatDays(config.inactiveNoticeDays)} qui suivent, le compte est supprimé. Vous pouvez le supprimer vous-même à tout moment.`,
      audience: 'Vous ; les agents qui instruisent vos dossiers voient vos nom, prénom et adresse courriel.',
      legalBasis: 'Mission d’intérêt public (article 6.1.e du RGPD).',
    },
    {
      id: 'brouillons',
      data: 'Vos brouillons de dossier : réponses et justificatifs.',
      purpose: 'Vous laisser préparer un dossier en plusieurs fois.',
      duration: `${formatMonths(config.draftMonths)} après la dernière modification ; un courriel vous prévient ${formatDays(config.draftReminderDays)} avant la suppression.`,
      audience: 'Vous seul (et les membres du profil pour un dossier d’association).',
      legalBasis: 'Mission d’intérêt public (article 6.1.e du RGPD).',
    },
    {
      id: 'dossiers',
      data: 'Vos dossiers déposés : réponses, justificatifs, échanges, décisions et documents reçus.',
      purpose: 'Instruire votre demande, puis répondre aux obligations d’archivage et de contrôle du Département.',
      duration: `La « Durée de conservation » de chaque démarche après la décision (${formatMonths(config.dossierMonths)} si la démarche n’en fixe pas). Ensuite, réponses, fichiers et échanges sont supprimés ; il ne reste qu’une ligne anonyme pour les statistiques. Les agents voient ${formatDays(config.dueSoonDays)} à l’avance les dossiers concernés.`,
      audience: 'Vous, les membres du profil de l’association et les agents chargés de la démarche.',
      legalBasis: 'Obligation légale et mission d’intérêt public (articles 6.1.c et 6.1.e du RGPD).',
    },
    {
      id: 'courriels',
      data: 'Le contenu des courriels envoyés.',
      purpose: 'Les renvoyer si l’envoi échoue et vérifier un envoi.',
      duration: `${formatDays(config.outboxDays)} après l’envoi ; seuls restent l’adresse, l’objet et la date.`,
      audience: 'Les administrateurs techniques du service.',
      legalBasis: 'Intérêt légitime : la bonne délivrance des messages (article 6.1.f du RGPD).',
    },
    {
      id: 'cles-de-partage',
      data: 'Les clés de partage des profils d’association.',
      purpose: 'Permettre à une personne de rejoindre un profil.',
      duration:
        config.shareKeyDays === 0
          ? 'Effacées dès qu’elles sont utilisées, révoquées ou expirées.'
          : `Effacées ${formatDays(config.shareKeyDays)} après leur utilisation, révocation ou expiration.`,
      audience: 'Les administrateurs du profil.',
      legalBasis: 'Mission d’intérêt public (article 6.1.e du RGPD).',
    },
    {
      id: 'limitations',
      data: 'Les compteurs de tentatives de connexion (adresse courriel et adresse IP).',
      purpose: 'Protéger les comptes contre les essais de mots de passe.',
      duration: 'Supprimés dès que la limitation a pris fin.',
      audience: 'Personne : seul le service les lit.',
      legalBasis: 'Intérêt légitime : la sécurité du service (article 6.1.f du RGPD).',
    },
    {
      id: 'journal',
      data: 'Le journal de sécurité : qui a fait quelle action, quand, depuis quelle adresse IP.',
      purpose: 'Détecter et expliquer un usage frauduleux.',
      duration: `Adresse IP et détails effacés après ${formatMonths(config.auditDetailsMonths)} ; l’action et sa date sont gardées ${formatMonths(config.auditMonths)}.`,
      audience: 'Les administrateurs du service.',
      legalBasis: 'Intérêt légitime : la sécurité du service (article 6.1.f du RGPD).',
    },
  ];
}
