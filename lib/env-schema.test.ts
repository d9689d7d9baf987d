import { describe, expect, it } from 'vitest';
import { parseEnv } from './env-schema';

describe('parseEnv', () => {
  it('gives every embedded default when nothing is set', () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL ?? env.SMTP_URL ?? env.AUTH_SECRET ?? env.APP_URL).toBeUndefined();
    expect(env).toMatchObject({
      STORAGE: 'fs',
      DATA_DIR: './.data',
      PORT: 3000,
      HOST: '127.0.0.1',
      MAIL_FROM: 'Guichet <ne-pas-repondre@guichet.localhost>',
      MAX_UPLOAD_MB: 20,
      WORKER: 'on',
      TRUST_PROXY: 0,
    });
  });

  it('treats empty strings as unset', () => {
    expect(parseEnv({ DATABASE_URL: '', SMTP_URL: ' ' }).DATABASE_URL).toBeUndefined();
  });

  it('accepts a production configuration', () => {
    const env = parseEnv({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgresql://guichet:secret@db:5432/guichet',
      SMTP_URL: 'smtps://user:pass@smtp.example.org:465',
      AUTH_SECRET: 'x'.repeat(40),
      APP_URL: 'https://guichet.departement.fr',
      STORAGE: 's3',
      S3_BUCKET: 'guichet',
      S3_REGION: 'fr-par',
      S3_ACCESS_KEY_ID: 'id',
      S3_SECRET_ACCESS_KEY: 'key',
      S3_FORCE_PATH_STYLE: 'true',
      PORT: '8080',
    });
    expect(env.PORT).toBe(8080);
    expect(env.S3_FORCE_PATH_STYLE).toBe(true);
  });

  it('lists every problem in one French message', () => {
    let message = '';
    try {
      parseEnv({ PORT: 'abc', SMTP_URL: 'http://x', AUTH_SECRET: 'short' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^Configuration invalide/);
    expect(message).toContain('  - PORT : ');
    expect(message).toContain('  - SMTP_URL : doit être une URL smtp');
    expect(message).toContain('  - AUTH_SECRET : doit contenir au moins 32 caractères');
  });

  it('asks for the S3 settings when STORAGE=s3', () => {
    expect(() => parseEnv({ STORAGE: 's3', S3_BUCKET: 'b' })).toThrowError(/S3_REGION\s: obligatoire quand STORAGE=s3/);
  });

  it('refuses a plain-http public URL in production', () => {
    expect(() => parseEnv({ NODE_ENV: 'production', APP_URL: 'http://guichet.departement.fr' })).toThrowError(/APP_URL\s: doit être en https/);
    expect(parseEnv({ NODE_ENV: 'production', APP_URL: 'http://localhost:3000' }).APP_URL).toBe('http://localhost:3000');
  });

  it('refuses a database URL that is not PostgreSQL', () => {
    expect(() => parseEnv({ DATABASE_URL: 'mysql://root@localhost/db' })).toThrowError(/DATABASE_URL/);
  });

  it('leaves the OpenID Connect providers off unless configured, and asks for all three settings', () => {
    const env = parseEnv({});
    expect(env.FRANCECONNECT_ISSUER ?? env.PROCONNECT_ISSUER).toBeUndefined();
    expect(env.PROCONNECT_TRUST_MFA).toBe('on');
    expect(() => parseEnv({ FRANCECONNECT_ISSUER: 'https://fcp.integ01.dev-franceconnect.fr/api/v2' })).toThrowError(
      /FRANCECONNECT_CLIENT_ID\s: obligatoire avec FRANCECONNECT_ISSUER/,
    );
    expect(() => parseEnv({ PROCONNECT_ISSUER: 'pas une url', PROCONNECT_CLIENT_ID: 'a', PROCONNECT_CLIENT_SECRET: 'b' })).toThrowError(
      /PROCONNECT_ISSUER\s: doit être une URL/,
    );
    expect(() => parseEnv({ PROCONNECT_TRUST_MFA: 'yes' })).toThrowError(/PROCONNECT_TRUST_MFA/);
    const configured = parseEnv({
      PROCONNECT_ISSUER: 'https://fca.integ01.dev-agentconnect.fr/api/v2',
      PROCONNECT_CLIENT_ID: 'a',
      PROCONNECT_CLIENT_SECRET: 'b',
    });
    expect(configured.PROCONNECT_CLIENT_ID).toBe('a');
  });

  it('refuses a plain-http issuer in production', () => {
    expect(() =>
      parseEnv({ NODE_ENV: 'production', FRANCECONNECT_ISSUER: 'http://fc.example', FRANCECONNECT_CLIENT_ID: 'a', FRANCECONNECT_CLIENT_SECRET: 'b' }),
    ).toThrowError(/FRANCECONNECT_ISSUER\s: doit être en https/);
    const local = { NODE_ENV: 'production', FRANCECONNECT_ISSUER: 'http://127.0.0.1:4000', FRANCECONNECT_CLIENT_ID: 'a', FRANCECONNECT_CLIENT_SECRET: 'b' };
    expect(parseEnv(local).FRANCECONNECT_ISSUER).toBe('http://127.0.0.1:4000');
  });
});
