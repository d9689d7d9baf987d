/** What a person would see in an answer that is not a success. */
export type ErrorVerdict = 'clear' | 'unclear' | 'stack-trace';

// Traces of the server's insides that must never reach a person.
const STACK_TRACE = [
  /\n\s*at [^\n]+:\d+:\d+/, // a stack frame
  /node_modules\//,
  /PrismaClient|DriverAdapterError|prisma\.\w+\.\w+\(/,
  /\b(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE)\b/,
  /\b(TypeError|ReferenceError|SyntaxError): /,
  /terminating connection|Connection terminated|connect ECONN/i,
];

// Words of the product's error pages, the load balancer's page and the upload and antivirus refusals.
const FRENCH_ERROR = [/Une erreur est survenue/, /Service momentanément indisponible/, /Réessayez/, /n’a pas pu/, /l’antivirus|analyse antivirus/i];

/**
 * Server actions answer an error with only a digest (the page's own error boundary then shows the
 * French message), so for them no trace is enough.
 */
export function judgeErrorAnswer(body: string, options: { serverAction?: boolean } = {}): ErrorVerdict {
  if (STACK_TRACE.some((pattern) => pattern.test(body))) return 'stack-trace';
  if (options.serverAction) return 'clear';
  return FRENCH_ERROR.some((pattern) => pattern.test(body)) ? 'clear' : 'unclear';
}

/** Next.js's answer to a server error on a page: an HTML shell the browser fills with the error boundary. */
export function isErrorShell(body: string): boolean {
  return /<html id="__next_error__"/.test(body) && !STACK_TRACE.some((pattern) => pattern.test(body));
}

export type ScenarioResult = {
  title: string;
  operations: number;
  lost: number;
  duplicated: number;
  userErrors: Record<ErrorVerdict, number>;
  /** Milliseconds from the end of the incident until the service worked again; null: never (within the bound); undefined: not applicable. */
  recoveryMs?: number | null;
  /** Other failed checks, in French. */
  problems: string[];
};

export function emptyErrors(): Record<ErrorVerdict, number> {
  return { clear: 0, unclear: 0, 'stack-trace': 0 };
}

export function scenarioPassed(result: ScenarioResult): boolean {
  return (
    result.lost === 0 &&
    result.duplicated === 0 &&
    result.userErrors.unclear === 0 &&
    result.userErrors['stack-trace'] === 0 &&
    result.recoveryMs !== null &&
    result.problems.length === 0
  );
}

function formatErrors(errors: Record<ErrorVerdict, number>): string {
  const total = errors.clear + errors.unclear + errors['stack-trace'];
  if (total === 0) return '0';
  const bad = [errors.unclear ? `${errors.unclear} peu claires` : '', errors['stack-trace'] ? `${errors['stack-trace']} avec trace technique` : ''].filter(
    Boolean,
  );
  return bad.length ? `${total} dont ${bad.join(', ')}` : `${total} (claires)`;
}

function formatRecovery(ms: number | null | undefined): string {
  if (ms === undefined) return '—';
  if (ms === null) return 'aucun';
  return `${(ms / 1000).toFixed(1).replace('.', ',')} s`;
}

export function formatTable(results: readonly ScenarioResult[]): string {
  const rows = [
    ['Scénario', 'Opérations', 'Perdues', 'Dupliquées', 'Erreurs vues par les usagers', 'Rétablissement', 'Verdict'],
    ...results.map((result) => [
      result.title,
      String(result.operations),
      String(result.lost),
      String(result.duplicated),
      formatErrors(result.userErrors),
      formatRecovery(result.recoveryMs),
      scenarioPassed(result) ? 'OK' : 'ÉCHEC',
    ]),
  ];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  return [line(rows[0]), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}
