// Contract with scripts/web-server.mjs: `x-forwarded-for` always ENDS with the socket's remote
// address (alone with TRUST_PROXY=0), and each trusted proxy appends its peer's, so with N trusted
// proxies the client is the (N+1)-th entry from the right; anything further left is the client's
// own claim. Plain `next start`/`next dev` never append: a client can choose its address there.

export const UNKNOWN_IP = 'unknown';

/** The client's address as seen by the outermost trusted hop, or `unknown`. */
export function getClientIp(headers: Headers, trustProxy: number): string {
  const entries = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return UNKNOWN_IP;
  const hops = Math.max(0, Math.floor(trustProxy));
  // Fewer entries than trusted hops: the request skipped some proxies; the leftmost entry was
  // still written by one of them.
  const entry = entries[Math.max(0, entries.length - 1 - hops)];
  return normalizeIp(entry) ?? UNKNOWN_IP;
}

/** 127.0.0.0/8, ::1 and their IPv4-mapped form. */
export function isLoopbackIp(ip: string): boolean {
  const normalized = normalizeIp(ip);
  if (!normalized) return false;
  if (isIpv4(normalized)) return normalized.startsWith('127.');
  const groups = expandIpv6(normalized);
  if (!groups) return false;
  return groups.slice(0, 7).every((group) => group === 0) && groups[7] === 1;
}

/** Against DNS rebinding: a page on evil.example rebound to 127.0.0.1 still sends `Host: evil.example`. */
export function isLoopbackHost(hostHeader: string | null): boolean {
  if (!hostHeader) return false;
  const host = hostHeader.trim().toLowerCase();
  const name = host.startsWith('[') ? host.slice(1, host.indexOf(']')) : host.replace(/:\d+$/, '');
  return name === 'localhost' || name.endsWith('.localhost') || isLoopbackIp(name);
}

export function isLoopbackRequest(headers: Headers, trustProxy: number): boolean {
  return isLoopbackIp(getClientIp(headers, trustProxy)) && isLoopbackHost(headers.get('host'));
}

/** Null if not an address; one canonical form per client, so one client gets one throttling key. */
export function normalizeIp(value: string): string | null {
  let ip = value.trim().toLowerCase();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(ip);
  if (bracketed) ip = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(ip)) ip = ip.slice(0, ip.lastIndexOf(':'));
  ip = ip.replace(/%[\w.-]+$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(ip);
  if (mapped) ip = mapped[1];
  if (isIpv4(ip)) return ip;
  return expandIpv6(ip) ? ip : null;
}

function isIpv4(value: string): boolean {
  const parts = value.split('.');
  return parts.length === 4 && parts.every((part) => /^\d{1,3}$/.test(part) && Number(part) <= 255);
}

function expandIpv6(value: string): number[] | null {
  if (!/^[0-9a-f:.]+$/.test(value) || value.split('::').length > 2) return null;
  let text = value;
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    if (!isIpv4(dotted[1])) return null;
    const [a, b, c, d] = dotted[1].split('.').map(Number);
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::');
  const parse = (part: string | undefined) => (part ? part.split(':') : []);
  const left = parse(head);
  const right = parse(tail);
  const missing = 8 - left.length - right.length;
  if (tail === undefined ? missing !== 0 : missing < 1) return null;
  const groups = [...left, ...Array<string>(tail === undefined ? 0 : missing).fill('0'), ...right];
  if (!groups.every((group) => /^[0-9a-f]{1,4}$/.test(group))) return null;
  return groups.map((group) => parseInt(group, 16));
}
