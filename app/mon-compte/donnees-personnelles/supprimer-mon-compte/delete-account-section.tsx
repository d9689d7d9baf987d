import Link from 'next/link';

/** In « Mes données personnelles »: what follows is explained on the page before anything is confirmed. */
export function DeleteAccountSection() {
  return (
    <section className="narrow stack" aria-labelledby="supprimer-compte">
      <h2 id="supprimer-compte">Supprimer mon compte</h2>
      <p>Vous pouvez supprimer votre compte. La page suivante dit ce qui sera supprimé et ce qui sera conservé, et jusqu’à quand, avant toute confirmation.</p>
      <p>
        <Link href="/mon-compte/donnees-personnelles/supprimer-mon-compte">Supprimer mon compte</Link>
      </p>
    </section>
  );
}
