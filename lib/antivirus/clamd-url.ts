// Where clamd listens, from CLAMD_URL: `tcp://127.0.0.1:3310` (TCPSocket) or
// `unix:/run/clamav/clamd.ctl` (LocalSocket, Debian's default; `unix:///run/…` works too).

export type ClamdAddress = { host: string; port: number } | { socket: string };

export function parseClamdUrl(value: string): ClamdAddress | null {
  const unix = /^unix:(?:\/\/)?(\/\S+)$/.exec(value);
  if (unix) return { socket: unix[1] };
  if (!value.startsWith('tcp://') || !URL.canParse(value)) return null;
  const url = new URL(value);
  const port = Number(url.port);
  if (!url.hostname || !Number.isInteger(port) || port < 1 || url.pathname.replace(/^\/$/, '') !== '') return null;
  return { host: url.hostname.replace(/^\[(.*)\]$/, '$1'), port };
}
