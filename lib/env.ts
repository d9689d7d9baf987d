import 'server-only';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defaultAppUrl, parseEnv, type Env } from './env-schema';

export type ResolvedEnv = Env & { AUTH_SECRET: string; APP_URL: string; DATA_DIR: string };

function readOrCreateAuthSecret(dataDir: string): string {
  const file = path.join(dataDir, 'auth-secret');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(dataDir, { recursive: true });
    const secret = randomBytes(32).toString('base64url');
    // 'wx' fails if another process created it first; then we read theirs.
    try {
      writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
      return secret;
    } catch {
      return readFileSync(file, 'utf8').trim();
    }
  }
}

function resolveEnv(): ResolvedEnv {
  const parsed = parseEnv(process.env);
  const dataDir = path.resolve(parsed.DATA_DIR);
  return {
    ...parsed,
    DATA_DIR: dataDir,
    AUTH_SECRET: parsed.AUTH_SECRET ?? readOrCreateAuthSecret(dataDir),
    APP_URL: (parsed.APP_URL ?? defaultAppUrl(parsed.HOST, parsed.PORT)).replace(/\/$/, ''),
  };
}

export const env: ResolvedEnv = resolveEnv();
