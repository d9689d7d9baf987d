import { porteDocumentsNote } from '@/lib/profile-documents/porte-documents-note';

/** A required document's help, and whether the file joined comes from the porte-documents. */
export function JustificatifHint({ help, fromProfile }: { help?: string; fromProfile: { validUntil: Date | null } | null }) {
  return (
    <>
      {help}
      {help && fromProfile ? ' ' : null}
      {fromProfile ? <strong>{porteDocumentsNote(fromProfile.validUntil)}.</strong> : null}
    </>
  );
}
