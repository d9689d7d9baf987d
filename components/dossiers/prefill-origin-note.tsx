import type { PrefillOrigin } from '@/lib/dossiers/prefill-origins';

// Under an answer, for the agent: it came from the profile or the account, and was kept or changed.

const FROM = { profile: 'Pré-rempli depuis le profil de l’association', account: 'Pré-rempli depuis le compte du demandeur' } as const;

export function PrefillOriginNote({ origin }: { origin: PrefillOrigin | undefined }) {
  if (!origin) return null;
  return (
    <span className="prefill-origin">
      <span className="tag tag-neutral">{origin.changed ? `${FROM[origin.source]}, modifié par le demandeur` : FROM[origin.source]}</span>
      {origin.changed ? <span className="muted"> Valeur pré-remplie&nbsp;: {origin.prefilled}</span> : null}
    </span>
  );
}
