'use client';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useHydrated } from '@/components/forms/use-hydrated';
import { ADD_OR_JOIN_PATH } from '@/lib/profiles/profile-paths';

const PANEL_ID = 'rejoindre-un-profil';

type JoinDisclosureProps = {
  addTile: ReactNode;
  /** Open on arrival (?rejoindre=1: the page without JavaScript, or a link). */
  initiallyOpen: boolean;
  children: ReactNode;
};

/** Without JavaScript the button is a GET form that reloads the page with the panel open (?rejoindre=1) or closed. */
export function JoinDisclosure({ addTile, initiallyOpen, children }: JoinDisclosureProps) {
  const hydrated = useHydrated();
  const [open, setOpen] = useState(initiallyOpen);

  function toggle(event: FormEvent<HTMLFormElement>) {
    if (!hydrated) return;
    event.preventDefault();
    setOpen(!open);
  }

  return (
    <>
      <ul className="tiles">
        <li>{addTile}</li>
        <li>
          <form action={ADD_OR_JOIN_PATH} method="get" onSubmit={toggle} className="tile-form">
            {open ? null : <input type="hidden" name="rejoindre" value="1" />}
            <button
              type="submit"
              className="tile tile--button"
              aria-expanded={open}
              aria-controls={PANEL_ID}
              aria-labelledby={`${PANEL_ID}-bouton`}
              aria-describedby={`${PANEL_ID}-description`}
            >
              <span id={`${PANEL_ID}-bouton`} className="tile__title">
                Rejoindre un profil existant
              </span>
              <span id={`${PANEL_ID}-description`} className="tile__description">
                Vous avez reçu une clé de partage : saisissez-la pour vous rattacher au profil de l’association.
              </span>
            </button>
          </form>
        </li>
      </ul>
      <section id={PANEL_ID} className="card join-panel" aria-labelledby={`${PANEL_ID}-titre`} hidden={!open}>
        <h2 id={`${PANEL_ID}-titre`}>Rejoindre un profil existant</h2>
        {children}
      </section>
    </>
  );
}
