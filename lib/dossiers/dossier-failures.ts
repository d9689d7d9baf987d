import { failWithCode, NOT_FOUND_CODE, type ActionFailure } from '@/lib/actions/result';

export const ALREADY_SUBMITTED_CODE = 'already-submitted';

export function dossierNotFound(): ActionFailure {
  return failWithCode(NOT_FOUND_CODE, 'Ce dossier est introuvable.');
}

export function alreadySubmitted(): ActionFailure {
  return failWithCode(ALREADY_SUBMITTED_CODE, 'Cette demande a déjà été déposée.');
}

export const PROCEDURE_CLOSED = 'Cette démarche est fermée : les demandes ne sont plus acceptées.';
export const PROCEDURE_NOT_OPEN = 'Cette démarche n’est pas ouverte : vous ne pouvez pas déposer de demande.';

/** A file the person chose is not theirs to attach, or is already used. */
export const FILE_UNAVAILABLE = 'Ce fichier est introuvable ou déjà utilisé. Choisissez-le de nouveau.';
