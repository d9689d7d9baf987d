// French messages shared by the applicant's follow-up actions on a dossier.

export const FILE_UNAVAILABLE = 'Ce fichier est introuvable ou déjà utilisé. Choisissez-le de nouveau.';
