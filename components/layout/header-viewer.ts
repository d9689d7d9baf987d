export type HeaderViewer = {
  firstName: string;
  /** Shown by the call to action of a démarche for a particulier (« en votre nom »). */
  lastName: string;
  role: 'USAGER' | 'INSTRUCTEUR' | 'ADMIN';
};

/** What the header may know of a signed-in person: no more than it shows. */
export function headerViewerOf({ firstName, lastName, role }: HeaderViewer): HeaderViewer {
  return { firstName, lastName, role };
}
