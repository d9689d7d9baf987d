export type HeaderViewer = {
  firstName: string;
  /** Shown by the call to action of a démarche for a particulier (« en votre nom »). */
  lastName: string;
  role: 'USAGER' | 'INSTRUCTEUR' | 'ADMIN';
};
