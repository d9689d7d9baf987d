/** What the site header shows of the person browsing (app/api/session/visiteur). */
export type HeaderViewer = {
  firstName: string;
  role: 'USAGER' | 'INSTRUCTEUR' | 'ADMIN';
};
