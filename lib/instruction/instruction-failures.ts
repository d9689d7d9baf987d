import 'server-only';
import { fail, failOnField, type ActionFailure } from '@/lib/actions/result';
import { InvalidTransitionError } from '@/lib/dossiers/transition-dossier';
import { StoredFileUnavailableError } from '@/lib/files/attach-stored-files';
import { MotifRequiredError, MotifTooLongError } from './decide-dossier';
import { DocumentTitleRequiredError } from './issue-document';
import { NoteRequiredError } from './add-private-note';
import { ComplementMessageRequiredError } from './request-complement';
import { NotDecidedError } from './reopen-instruction';
import { AttachmentNotClearedError, DossierDecidedError, RejectionReasonRequiredError } from './review-attachment';

// The expected refusals of the instruction functions, as the forms show them (ActionResult).
// Conflicts (DossierConflictError, AttachmentChangedError) and « introuvable » are not here: the
// actions answer those with the fresh page (redirect) or a 404.

const FILE_UNAVAILABLE = 'Le fichier n’est plus disponible : envoyez-le de nouveau.';

export function instructionFailure(error: unknown): ActionFailure | null {
  if (error instanceof MotifRequiredError || error instanceof MotifTooLongError || error instanceof RejectionReasonRequiredError) {
    return failOnField('motif', error.message);
  }
  if (error instanceof ComplementMessageRequiredError || error instanceof NoteRequiredError) return failOnField('body', error.message);
  if (error instanceof DocumentTitleRequiredError) return failOnField('title', error.message);
  if (error instanceof StoredFileUnavailableError) return failOnField('fichier', FILE_UNAVAILABLE);
  if (
    error instanceof InvalidTransitionError ||
    error instanceof NotDecidedError ||
    error instanceof DossierDecidedError ||
    error instanceof AttachmentNotClearedError
  ) {
    return fail(error.message);
  }
  return null;
}
