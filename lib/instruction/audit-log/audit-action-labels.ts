// The journal's « Action » column in French words. Codes are `<domain>.<event>` as written by
// recordAudit() across the code base; an unknown code (a new feature not listed yet) shows as is.

export const AUDIT_ACTION_LABELS: Record<string, string> = {
  // Accounts
  'account.registered': 'Compte créé',
  'account.register-existing': 'Inscription avec une adresse déjà inscrite',
  'account.email-confirmed': 'Adresse courriel confirmée',
  'account.confirmation-resent': 'Lien de confirmation renvoyé',
  'account.email-change-requested': 'Changement d’adresse courriel demandé',
  'account.email-changed': 'Adresse courriel modifiée',
  'account.personal-data-updated': 'Données personnelles modifiées',
  'account.current-password-refused': 'Mot de passe actuel refusé',
  'password.changed': 'Mot de passe modifié',
  'password.reset-requested': 'Réinitialisation du mot de passe demandée',
  'password.reset': 'Mot de passe réinitialisé',
  // Sign-in and sessions
  'login.success': 'Connexion réussie',
  'login.failure': 'Connexion refusée',
  'login.throttled': 'Connexion bloquée (trop de tentatives)',
  'access.forbidden': 'Accès refusé à un espace réservé',
  'login.unverified': 'Connexion avec une adresse non confirmée',
  'session.logout': 'Déconnexion',
  'session.logout-everywhere': 'Déconnexion de toutes les sessions',
  // Second factor (agents)
  'mfa.enrolled': 'Double authentification activée',
  'mfa.success': 'Code de vérification accepté',
  'mfa.failure': 'Code de vérification refusé',
  'mfa.throttled': 'Vérification bloquée (trop de codes erronés)',
  'mfa.unreadable-secret': 'Double authentification illisible (à réinitialiser)',
  'mfa.recovery-code.used': 'Code de secours utilisé',
  'mfa.recovery-codes.regenerated': 'Codes de secours renouvelés',
  // Agents (administration)
  'agent.created': 'Agent créé (commande)',
  'agent.invited': 'Agent invité',
  'agent.invitation-resent': 'Invitation renvoyée',
  'agent.invitation-accepted': 'Invitation acceptée',
  'agent.updated': 'Agent modifié (rôle ou démarches)',
  'agent.disabled': 'Compte d’agent désactivé',
  'agent.enabled': 'Compte d’agent réactivé',
  'agent.second-factor-reset': 'Double authentification réinitialisée',
  // Profiles
  'profile.create': 'Profil créé',
  'profile.update': 'Profil modifié',
  'profile.access-denied': 'Accès à un profil refusé',
  'membership.leave': 'Départ d’un profil',
  'membership.promote': 'Membre nommé administrateur',
  'membership.remove': 'Membre retiré d’un profil',
  'membership.update': 'Fonction d’un membre modifiée',
  'share-key.create': 'Clé de partage créée',
  'share-key.redeem': 'Clé de partage utilisée',
  'share-key.redeem-refused': 'Clé de partage refusée',
  'share-key.redeem-throttled': 'Clé de partage bloquée (trop de tentatives)',
  'share-key.revoke': 'Clé de partage révoquée',
  // Démarches
  'procedure.create': 'Démarche créée',
  'procedure.update': 'Démarche modifiée',
  'procedure.publish': 'Démarche publiée',
  'procedure.unpublish': 'Démarche dépubliée',
  'procedure.feature': 'Démarche mise à la Une',
  'procedure.unfeature': 'Démarche retirée de la Une',
  // Dossiers (applicants)
  'dossier.start': 'Dossier commencé',
  'dossier.submit': 'Dossier déposé',
  'dossier.draft-delete': 'Brouillon supprimé',
  'dossier.attach': 'Justificatif joint',
  'dossier.attachment-replaced': 'Justificatif remplacé',
  'dossier.complement-answered': 'Compléments envoyés',
  'dossier.message': 'Message de l’usager',
  // Instruction
  'instruction.start': 'Instruction commencée',
  'instruction.complement-requested': 'Compléments demandés',
  'instruction.attachment-reviewed': 'Justificatif examiné',
  'instruction.message': 'Message de l’agent',
  'instruction.document-issued': 'Document envoyé',
  'instruction.dossiers-exported': 'Dossiers exportés (CSV)',
  // Files
  'file.uploaded': 'Fichier déposé',
  'file.refused': 'Fichier refusé',
  'file.infected': 'Virus détecté dans un fichier',
};

/** The French words for a code, or the code itself when it is not in the list. */
export function auditActionLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action] ?? action;
}
