import { describe, expect, it } from 'vitest';
import { emptyErrors, formatTable, judgeErrorAnswer, scenarioPassed, type ScenarioResult } from './report';
import { nginxConfig } from './load-balancer';

describe('judgeErrorAnswer', () => {
  it('accepts the product’s French error page and the load balancer’s', () => {
    expect(judgeErrorAnswer('<html lang="fr"><h1>Une erreur est survenue</h1><p>Réessayez dans quelques instants.</p>')).toBe('clear');
    expect(judgeErrorAnswer('<h1>Service momentanément indisponible</h1>')).toBe('clear');
    expect(judgeErrorAnswer('{"error":"Le fichier n’a pas pu être enregistré. Réessayez dans quelques instants."}')).toBe('clear');
  });

  it('accepts the antivirus’ refusals of an upload and of a download', () => {
    expect(judgeErrorAnswer('{"error":"L’antivirus a détecté un virus dans ce fichier : il est refusé."}')).toBe('clear');
    expect(judgeErrorAnswer('{"error":"Ce fichier est en cours d’analyse antivirus : il pourra être téléchargé dans quelques minutes."}')).toBe('clear');
    expect(judgeErrorAnswer('{"error":"Ce fichier a été bloqué : l’antivirus y a détecté un virus."}')).toBe('clear');
    expect(judgeErrorAnswer('{"error":"Forbidden"}')).toBe('unclear');
  });

  it('refuses an empty shell or an English page', () => {
    expect(judgeErrorAnswer('<!DOCTYPE html><html id="__next_error__"><head></head><body></body></html>')).toBe('unclear');
    expect(judgeErrorAnswer('<html><head><title>502 Bad Gateway</title></head></html>')).toBe('unclear');
  });

  it('finds the server’s insides, even in a French page', () => {
    expect(judgeErrorAnswer('Une erreur est survenue\nError: boom\n    at handler (/app/.next/server/chunks/1.js:10:5)')).toBe('stack-trace');
    expect(judgeErrorAnswer('Une erreur est survenue : Invalid `prisma.user.findFirst()` invocation')).toBe('stack-trace');
    expect(judgeErrorAnswer('connect ECONNREFUSED 127.0.0.1:5432', { serverAction: true })).toBe('stack-trace');
  });

  it('takes a server action’s bare digest as clear (the page’s boundary words it)', () => {
    expect(judgeErrorAnswer('0:{"a":"$@1"}\n1:E{"digest":"3635685330"}', { serverAction: true })).toBe('clear');
  });
});

describe('formatTable and scenarioPassed', () => {
  const ok: ScenarioResult = { title: 'Relais SMTP arrêté', operations: 20, lost: 0, duplicated: 0, userErrors: emptyErrors(), recoveryMs: 6900, problems: [] };

  it('prints one French row per scenario', () => {
    const table = formatTable([ok, { ...ok, title: 'PostgreSQL', userErrors: { clear: 3, unclear: 1, 'stack-trace': 0 }, recoveryMs: null }]);
    expect(table).toContain('| Scénario');
    expect(table).toMatch(/Relais SMTP arrêté\s+\| 20\s+\| 0\s+\| 0\s+\| 0\s+\| 6,9 s\s+\| OK/);
    expect(table).toMatch(/PostgreSQL.*4 dont 1 peu claires.*aucun.*ÉCHEC/);
  });

  it('fails a scenario on a loss, a duplicate, an unclear error, no recovery or a problem', () => {
    expect(scenarioPassed(ok)).toBe(true);
    expect(scenarioPassed({ ...ok, lost: 1 })).toBe(false);
    expect(scenarioPassed({ ...ok, duplicated: 1 })).toBe(false);
    expect(scenarioPassed({ ...ok, userErrors: { clear: 0, unclear: 0, 'stack-trace': 1 } })).toBe(false);
    expect(scenarioPassed({ ...ok, recoveryMs: null })).toBe(false);
    expect(scenarioPassed({ ...ok, recoveryMs: undefined })).toBe(true);
    expect(scenarioPassed({ ...ok, problems: ['x'] })).toBe(false);
  });
});

describe('nginxConfig', () => {
  const config = nginxConfig({ dir: '/tmp/x', port: 8080, upstreams: [3001, 3002] });

  it('never replays a POST already sent to an instance', () => {
    expect(config).toMatch(/proxy_next_upstream error timeout;/);
    expect(config).not.toContain('non_idempotent');
  });

  it('overwrites X-Forwarded-For and keeps every path in its own directory', () => {
    expect(config).toContain('proxy_set_header X-Forwarded-For $remote_addr;');
    expect(config).toContain('server 127.0.0.1:3001');
    expect(config).toContain('server 127.0.0.1:3002');
    for (const line of config.split('\n').filter((l) => /(_path|pid|_log) /.test(l))) expect(line).toContain('/tmp/x/');
  });
});
