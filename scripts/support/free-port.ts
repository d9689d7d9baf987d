import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

// A port handed to a server that starts later must stay free until then. One the kernel picks
// (`listen(0)`) comes from the ephemeral range, where any outgoing connection or other `listen(0)`
// — the embedded database, a client of it — may take it first (EADDRINUSE seen in CI). So the port
// is drawn below that range, where the kernel never assigns one by itself.

const handedOut = new Set<number>();

function ephemeralRangeStart(): number {
  try {
    return Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]) || 32768;
  } catch {
    return 32768;
  }
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

export async function freePort(): Promise<number> {
  const high = Math.min(ephemeralRangeStart(), 65536) - 1;
  const low = Math.max(1024, high - 12_000);
  for (let attempt = 0; attempt < 200; attempt++) {
    const port = low + Math.floor(Math.random() * (high - low + 1));
    if (handedOut.has(port)) continue;
    handedOut.add(port);
    if (await isFree(port)) return port;
  }
  throw new Error('Aucun port libre trouvé sous la plage éphémère.');
}
