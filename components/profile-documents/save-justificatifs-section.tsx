import type { FormAction } from '@/lib/actions/result';
import type { SavableJustificatif } from '@/lib/profile-documents/list-savable-justificatifs';
import { SaveJustificatifToProfileForm } from './save-justificatif-to-profile-form';

/** On a draft for a profile, for its administrators: files joined here that the porte-documents could keep. */
export function SaveJustificatifsSection({
  dossierId,
  justificatifs,
  action,
}: {
  dossierId: string;
  justificatifs: SavableJustificatif[];
  action: FormAction;
}) {
  if (justificatifs.length === 0) return null;
  return (
    <section className="stack" aria-labelledby="documents-association">
      <h2 id="documents-association">Documents de l’association</h2>
      <p>Ces fichiers pourront être proposés directement dans les prochaines demandes de l’association.</p>
      {justificatifs.map((justificatif) => (
        <SaveJustificatifToProfileForm key={justificatif.documentId} dossierId={dossierId} justificatif={justificatif} action={action} />
      ))}
    </section>
  );
}
