import { describe, expect, it } from 'vitest';
import { getClientIp, isLoopbackHost, isLoopbackIp, isLoopbackRequest, normalizeIp } from './client-ip';

const withForwardedFor = (value: string | null, host = 'localhost:3000') => {
  const headers = new Headers({ host });
  if (value !== null) headers.set('x-forwarded-for', value);
  return headers;
};

describe('getClientIp', () => {
  it('takes the socket address (the last entry) when no proxy is trusted', () => {
    expect(getClientIp(withForwardedFor('203.0.113.7'), 0)).toBe('203.0.113.7');
    expect(getClientIp(withForwardedFor('127.0.0.1, 203.0.113.7'), 0)).toBe('203.0.113.7');
  });

  it('skips one entry per trusted proxy, from the right', () => {
    const headers = withForwardedFor('10.9.9.9, 198.51.100.4, 10.0.0.2');
    expect(getClientIp(headers, 1)).toBe('198.51.100.4');
    expect(getClientIp(headers, 2)).toBe('10.9.9.9');
  });

  it('takes the leftmost entry when there are fewer entries than trusted proxies', () => {
    expect(getClientIp(withForwardedFor('198.51.100.4, 10.0.0.2'), 5)).toBe('198.51.100.4');
  });

  it('joins repeated headers as the Headers API does', () => {
    const headers = new Headers();
    headers.append('x-forwarded-for', '127.0.0.1');
    headers.append('x-forwarded-for', '203.0.113.7');
    expect(getClientIp(headers, 0)).toBe('203.0.113.7');
  });

  it('answers unknown without the header or with garbage', () => {
    expect(getClientIp(withForwardedFor(null), 0)).toBe('unknown');
    expect(getClientIp(withForwardedFor(' , '), 0)).toBe('unknown');
    expect(getClientIp(withForwardedFor('not-an-ip'), 0)).toBe('unknown');
    expect(getClientIp(withForwardedFor('1.2.3.400'), 0)).toBe('unknown');
  });

  it('normalizes ports, brackets, case and IPv4-mapped addresses', () => {
    expect(getClientIp(withForwardedFor('203.0.113.7:51234'), 0)).toBe('203.0.113.7');
    expect(getClientIp(withForwardedFor('[2001:DB8::1]:443'), 0)).toBe('2001:db8::1');
    expect(getClientIp(withForwardedFor('::ffff:203.0.113.7'), 0)).toBe('203.0.113.7');
    expect(getClientIp(withForwardedFor('fe80::1%eth0'), 0)).toBe('fe80::1');
  });
});

describe('normalizeIp', () => {
  it.each([
    ['::', '::'],
    ['2001:db8:0:0:0:0:0:1', '2001:db8:0:0:0:0:0:1'],
    ['::ffff:7f00:1', '::ffff:7f00:1'],
    ['64:ff9b::192.0.2.33', '64:ff9b::192.0.2.33'],
  ])('accepts %s', (input, expected) => {
    expect(normalizeIp(input)).toBe(expected);
  });

  it.each(['1:2:3:4:5:6:7:8:9', '1::2::3', ':::', 'g::1', '1.2.3', '12345::1', ''])('rejects %s', (input) => {
    expect(normalizeIp(input)).toBeNull();
  });
});

describe('isLoopbackIp', () => {
  it.each(['127.0.0.1', '127.255.0.9', '::1', '0:0:0:0:0:0:0:1', '[::1]:3000', '::ffff:127.0.0.1', '127.0.0.1:80'])('recognizes %s', (ip) => {
    expect(isLoopbackIp(ip)).toBe(true);
  });

  it.each(['10.0.0.1', '128.0.0.1', '::2', '::', '::ffff:10.0.0.1', '1::1', 'unknown', 'localhost', '127.0.0.1.evil.example'])('refuses %s', (ip) => {
    expect(isLoopbackIp(ip)).toBe(false);
  });
});

describe('isLoopbackHost', () => {
  it.each(['localhost', 'localhost:3000', 'LOCALHOST', 'app.localhost:8080', '127.0.0.1:3000', '[::1]:3000', '[::1]'])('recognizes %s', (host) => {
    expect(isLoopbackHost(host)).toBe(true);
  });

  it.each([null, '', 'guichet.example', 'localhost.evil.example', '127.0.0.1.nip.io', '10.0.0.1:3000'])('refuses %s', (host) => {
    expect(isLoopbackHost(host)).toBe(false);
  });
});

describe('isLoopbackRequest', () => {
  it('needs both a loopback client address and a loopback Host', () => {
    expect(isLoopbackRequest(withForwardedFor('127.0.0.1'), 0)).toBe(true);
    expect(isLoopbackRequest(withForwardedFor('::1', '[::1]:3000'), 0)).toBe(true);
    expect(isLoopbackRequest(withForwardedFor('203.0.113.7'), 0)).toBe(false);
    // DNS rebinding: loopback socket, foreign Host.
    expect(isLoopbackRequest(withForwardedFor('127.0.0.1', 'evil.example'), 0)).toBe(false);
  });

  it('does not believe a loopback address the client prepended itself', () => {
    expect(isLoopbackRequest(withForwardedFor('127.0.0.1, 203.0.113.7'), 0)).toBe(false);
    expect(isLoopbackRequest(withForwardedFor('127.0.0.1, 203.0.113.7, 10.0.0.2'), 1)).toBe(false);
  });
});
