export type HeaderViewer = {
  firstName: string;
  role: 'USAGER' | 'INSTRUCTEUR' | 'ADMIN';
};
