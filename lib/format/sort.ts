// French alphabetical order: « Aide à l’équipement » before « Aide aux projets », « Écoles » among
// the E. PostgreSQL's C collation (the embedded database's) sorts by bytes, accents last.
const frenchCollator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

export function compareFrench(a: string, b: string): number {
  return frenchCollator.compare(a, b);
}
