import { describe, expect, it } from 'vitest';
import { parseClamdUrl } from './clamd-url';

describe('parseClamdUrl', () => {
  it('reads a TCP address and a Unix socket', () => {
    expect(parseClamdUrl('tcp://127.0.0.1:3310')).toEqual({ host: '127.0.0.1', port: 3310 });
    expect(parseClamdUrl('tcp://clamav.interne:3310/')).toEqual({ host: 'clamav.interne', port: 3310 });
    expect(parseClamdUrl('tcp://[::1]:3310')).toEqual({ host: '::1', port: 3310 });
    expect(parseClamdUrl('unix:/run/clamav/clamd.ctl')).toEqual({ socket: '/run/clamav/clamd.ctl' });
    expect(parseClamdUrl('unix:///run/clamav/clamd.ctl')).toEqual({ socket: '/run/clamav/clamd.ctl' });
  });

  it('refuses what would leave uploads unscanned by mistake', () => {
    for (const value of ['127.0.0.1:3310', 'tcp://127.0.0.1', 'tcp://:3310', 'http://127.0.0.1:3310', 'unix:relatif.ctl', 'tcp://h:3310/chemin']) {
      expect(parseClamdUrl(value), value).toBeNull();
    }
  });
});
