// Numbers as French people type and read them: « 1 200,50 », « 1200.5 », « 1 200 € ».

const SPACES = /[\s\u00a0\u202f]/g;

/** The number typed, or null when it is not one (« 12,5,3 », « douze »…). */
export function parseFrenchNumber(input: string): number | null {
  const compact = input.replace(SPACES, '').replace(/€$/, '');
  if (!/^-?\d+(?:[.,]\d+)?$/.test(compact)) return null;
  return Number(compact.replace(',', '.'));
}

const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
const plain = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 6 });

/** « 1 200,00 € », as French readers write amounts. */
export function formatEuros(amount: number): string {
  return euros.format(amount);
}

export function formatNumber(value: number): string {
  return plain.format(value);
}
