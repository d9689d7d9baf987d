// File sizes as French readers expect them: « 850 o », « 12 ko », « 1,2 Mo ».

const oneDecimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

export function formatFileSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} o`;
  if (bytes < 1_000_000) return `${oneDecimal.format(bytes / 1000)} ko`;
  return `${oneDecimal.format(bytes / 1_000_000)} Mo`;
}
