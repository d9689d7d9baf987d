import { z } from 'zod';
import { parseClamdUrl } from './antivirus/clamd-url';

// Every setting has an embedded default that the environment replaces with a real service
// (README, « Configuration »).

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const smtpUrl = optionalString.refine((v) => v === undefined || /^smtps?:\/\/[^\s]+$/.test(v), {
  message: 'doit être une URL smtp://utilisateur:motdepasse@hôte:port ou smtps://…',
});

const postgresUrl = optionalString.refine((v) => v === undefined || /^postgres(ql)?:\/\/[^\s]+$/.test(v), {
  message: 'doit être une URL postgresql://utilisateur:motdepasse@hôte:port/base',
});

const httpUrl = optionalString.refine((v) => v === undefined || /^https?:\/\/[^\s]+$/.test(v), {
  message: 'doit être une URL http(s)://… (l’émetteur OpenID Connect)',
});

export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DATABASE_URL: postgresUrl,
    STORAGE: z.enum(['fs', 's3']).default('fs'),
    S3_BUCKET: optionalString,
    S3_ENDPOINT: optionalString.refine((v) => v === undefined || URL.canParse(v), { message: 'doit être une URL' }),
    S3_REGION: optionalString,
    S3_ACCESS_KEY_ID: optionalString,
    S3_SECRET_ACCESS_KEY: optionalString,
    S3_FORCE_PATH_STYLE: z
      .enum(['true', 'false', '1', '0', ''])
      .optional()
      .transform((v) => v === 'true' || v === '1'),
    SMTP_URL: smtpUrl,
    AUTH_SECRET: optionalString.refine((v) => v === undefined || v.length >= 32, {
      message: 'doit contenir au moins 32 caractères (par exemple : openssl rand -base64 32)',
    }),
    APP_URL: optionalString.refine((v) => v === undefined || /^https?:\/\/[^\s/]+/.test(v), {
      message: 'doit être une URL http(s)://… (l’adresse publique du service)',
    }),
    DATA_DIR: z.string().trim().min(1).default('./.data'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    HOST: z.string().trim().min(1).default('127.0.0.1'),
    MAIL_FROM: z.string().trim().min(3).default('Guichet <ne-pas-repondre@guichet.localhost>'),
    MAX_UPLOAD_MB: z.coerce.number().positive().max(1024).default(20),
    /** Unattached uploads (lib/files/upload-quota.ts): per account, and per address over 24 h. */
    UPLOAD_QUOTA_FILES: z.coerce.number().int().positive().default(50),
    UPLOAD_QUOTA_MB: z.coerce.number().positive().default(500),
    UPLOAD_QUOTA_ADDRESS_FILES: z.coerce.number().int().positive().default(300),
    UPLOAD_QUOTA_ADDRESS_MB: z.coerce.number().positive().default(3000),
    WORKER: z.enum(['on', 'off']).default('on'),
    /**
     * The ClamAV daemon that scans every upload (lib/antivirus): tcp://hôte:port or unix:/chemin.
     * Empty: no antivirus, files are recorded NOT_SCANNED (the README says why not in production).
     */
    CLAMD_URL: optionalString.refine((v) => v === undefined || parseClamdUrl(v) !== null, {
      message: 'doit être tcp://hôte:port ou unix:/chemin/vers/clamd.ctl',
    }),
    /** Number of reverse proxies in front of the app whose X-Forwarded-For can be trusted. */
    TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
    /**
     * OpenID Connect providers (lib/auth/oidc): the issuer (its discovery document is at
     * /.well-known/openid-configuration) and the client registered there. All three or none:
     * without them the button is hidden.
     */
    FRANCECONNECT_ISSUER: httpUrl,
    FRANCECONNECT_CLIENT_ID: optionalString,
    FRANCECONNECT_CLIENT_SECRET: optionalString,
    /** The algorithm the client was registered with, for the ID token and the userinfo JWT. */
    FRANCECONNECT_SIGNING_ALG: z.enum(['ES256', 'RS256']).default('ES256'),
    /** `on`: also asks preferred_username and birthdate (the client must be allowed them). */
    FRANCECONNECT_EXTRA_CLAIMS: z.enum(['on', 'off']).default('off'),
    PROCONNECT_ISSUER: httpUrl,
    PROCONNECT_CLIENT_ID: optionalString,
    PROCONNECT_CLIENT_SECRET: optionalString,
    PROCONNECT_SIGNING_ALG: z.enum(['ES256', 'RS256']).default('RS256'),
    /** `on`: an agent whose ProConnect sign-in used a second factor (amr "mfa") skips the TOTP step. */
    PROCONNECT_TRUST_MFA: z.enum(['on', 'off']).default('on'),
    /** `on`: the applicant's « Historique » shows « Dossier consulté par les services » (one line a day, no agent's name). */
    DOSSIER_ACCESS_SHOWN_TO_APPLICANT: z.enum(['on', 'off']).default('off'),
    /** Retention of personal data (lib/retention/retention-rules.ts, docs/rgpd.md): each delay of each rule. */
    RETENTION_DRAFT_MONTHS: z.coerce.number().int().min(1).max(120).default(6),
    RETENTION_DRAFT_REMINDER_DAYS: z.coerce.number().int().min(1).max(90).default(14),
    RETENTION_DOSSIER_MONTHS: z.coerce.number().int().min(1).max(1200).default(60),
    RETENTION_DUE_SOON_DAYS: z.coerce.number().int().min(1).max(365).default(30),
    RETENTION_INACTIVE_ACCOUNT_MONTHS: z.coerce.number().int().min(1).max(240).default(36),
    RETENTION_INACTIVE_NOTICE_DAYS: z.coerce.number().int().min(1).max(365).default(30),
    RETENTION_OUTBOX_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
    RETENTION_SHARE_KEY_DAYS: z.coerce.number().int().min(0).max(3650).default(0),
    RETENTION_AUDIT_DETAILS_MONTHS: z.coerce.number().int().min(1).max(240).default(12),
    RETENTION_AUDIT_MONTHS: z.coerce.number().int().min(1).max(240).default(60),
    /** `npm run bench` only: every SQL query written to stdout, to count them per page. */
    BENCH_LOG_QUERIES: z.enum(['0', '1']).default('0'),
  })
  .superRefine((env, ctx) => {
    if (env.STORAGE === 's3') {
      for (const key of ['S3_BUCKET', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const) {
        if (!env[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'obligatoire quand STORAGE=s3' });
      }
    }
    for (const provider of ['FRANCECONNECT', 'PROCONNECT'] as const) {
      const keys = [`${provider}_ISSUER`, `${provider}_CLIENT_ID`, `${provider}_CLIENT_SECRET`] as const;
      const given = keys.filter((key) => env[key] !== undefined);
      if (given.length > 0 && given.length < keys.length) {
        for (const key of keys) {
          if (env[key] === undefined) ctx.addIssue({ code: 'custom', path: [key], message: `obligatoire avec ${given.join(', ')}` });
        }
      }
      const issuer = env[`${provider}_ISSUER`];
      // Plain http only on this machine (the test providers).
      if (env.NODE_ENV === 'production' && issuer?.startsWith('http://') && !/^http:\/\/(localhost|127\.0\.0\.1)[:/]/.test(issuer)) {
        ctx.addIssue({ code: 'custom', path: [`${provider}_ISSUER`], message: 'doit être en https:// en production' });
      }
    }
    if (env.NODE_ENV === 'production' && env.APP_URL?.startsWith('http://') && !/^http:\/\/(localhost|127\.0\.0\.1)/.test(env.APP_URL)) {
      ctx.addIssue({ code: 'custom', path: ['APP_URL'], message: 'doit être en https:// en production' });
    }
  });

export type Env = z.output<typeof envSchema>;

/** Parses an environment; throws one readable error listing every problem. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  - ${issue.path.join('.') || '(env)'} : ${issue.message}`);
  throw new Error(`Configuration invalide :\n${lines.join('\n')}\nVoir la section « Configuration » du README.`);
}

/** The address `npm start` prints: email links then open where the session cookie is. */
export function defaultAppUrl(host: string, port: number): string {
  const listensEverywhere = host === '0.0.0.0' || host === '::';
  return `http://${listensEverywhere ? 'localhost' : host.includes(':') ? `[${host}]` : host}:${port}`;
}
