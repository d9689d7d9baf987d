import 'server-only';
import { createHash } from 'node:crypto';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { getRateLimitStore, type RateLimitStore } from './rate-limit-store';
import { blockSecondsAfterFailures, LOGIN_FAILURES_PER_ADDRESS } from './throttle-rules';

// Counters live in PostgreSQL so that every web instance sees the same ones (decision 004).

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };
export type RequestKind = 'register' | 'password-reset' | 'confirmation-resend' | 'email-change';
type Subject = { email: string; ip: string };

const DAY_SECONDS = 24 * 60 * 60;
const HOUR_SECONDS = 60 * 60;
/** Quotas of the requests that send an email: enough for a person, too few for a spammer. */
const REQUEST_QUOTAS = { perIp: 10, perAddress: 3, windowSeconds: HOUR_SECONDS };
const REQUEST_KINDS: RequestKind[] = ['register', 'password-reset', 'confirmation-resend', 'email-change'];
/** A person retyping a key never gets near it, while guessing a 140-bit key stays hopeless. */
export const SHARE_KEY_FAILURES = { perHour: 10, windowSeconds: HOUR_SECONDS };
type ShareKeySubject = { userId: string; ip: string };

/** Addresses are hashed: the table stays free of personal data and keys fit varchar(255). */
function addressKey(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
}

/** A block limiter holds 1 point; block() stores 2, until the block expires. */
function blockedMs(row: RateLimiterRes | null): number {
  return row && row.consumedPoints > 1 ? row.msBeforeNext : 0;
}

function decide(waitsMs: number[]): ThrottleDecision {
  const waitMs = Math.max(0, ...waitsMs);
  return waitMs > 0 ? { allowed: false, retryAfterSeconds: Math.ceil(waitMs / 1000) } : { allowed: true };
}

export function createThrottle(store: RateLimitStore) {
  let first = true;
  const limiter = (keyPrefix: string, points: number, duration: number) => {
    const instance = new RateLimiterPostgres({
      storeClient: store,
      storeType: 'pool',
      tableName: 'rate_limits',
      tableCreated: true,
      keyPrefix,
      points,
      duration,
      // The cleanup deletes expired rows of every limiter: one timer per process is enough.
      clearExpiredByTimeout: first,
    });
    first = false;
    return instance;
  };

  // For each account, a counter of consecutive failures (forgotten a day after the first one)
  // and a block whose lifetime is the wait. penalty() only counts: the counter has no ceiling.
  const counter = (keyPrefix: string) => limiter(keyPrefix, 1_000_000, DAY_SECONDS);
  const block = (keyPrefix: string) => limiter(keyPrefix, 1, 1);
  const login = {
    account: { failures: counter('login-failures-account'), block: block('login-block-account') },
    // An address is shared by many people (CGNAT, public computers): a rate over an hour, not a
    // count of consecutive failures, so that a few typos never lock everyone behind it.
    ip: limiter('login-failures-ip-hour', LOGIN_FAILURES_PER_ADDRESS.perHour, LOGIN_FAILURES_PER_ADDRESS.windowSeconds),
  };
  const secondFactor = { failures: counter('second-factor-failures-account'), block: block('second-factor-block-account') };
  const requests = Object.fromEntries(
    REQUEST_KINDS.map((kind) => [
      kind,
      {
        ip: limiter(`request-${kind}-ip`, REQUEST_QUOTAS.perIp, REQUEST_QUOTAS.windowSeconds),
        address: limiter(`request-${kind}-address`, REQUEST_QUOTAS.perAddress, REQUEST_QUOTAS.windowSeconds),
      },
    ]),
  ) as Record<RequestKind, { ip: RateLimiterPostgres; address: RateLimiterPostgres }>;
  const shareKeyFailures = {
    account: limiter('share-key-failures-account', SHARE_KEY_FAILURES.perHour, SHARE_KEY_FAILURES.windowSeconds),
    ip: limiter('share-key-failures-ip', SHARE_KEY_FAILURES.perHour, SHARE_KEY_FAILURES.windowSeconds),
  };

  async function recordFailure(dimension: (typeof login)['account'], key: string) {
    const { consumedPoints } = await dimension.failures.penalty(key);
    const seconds = blockSecondsAfterFailures(consumedPoints);
    if (seconds > 0) await dimension.block.block(key, seconds);
  }

  /** Milliseconds to wait (0: consumed). consume() rejects with a RateLimiterRes when the quota is spent. */
  async function consumeQuota(quota: RateLimiterPostgres, key: string): Promise<number> {
    try {
      await quota.consume(key);
      return 0;
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return Math.max(rejection.msBeforeNext, 1);
      throw rejection;
    }
  }

  return {
    async checkLoginAllowed({ email, ip }: Subject): Promise<ThrottleDecision> {
      const [accountBlock, ipFailures] = await Promise.all([login.account.block.get(addressKey(email)), login.ip.get(ip)]);
      const ipWaitMs = ipFailures && ipFailures.consumedPoints >= LOGIN_FAILURES_PER_ADDRESS.perHour ? ipFailures.msBeforeNext : 0;
      return decide([blockedMs(accountBlock), ipWaitMs]);
    },

    async recordLoginFailure({ email, ip }: Subject): Promise<void> {
      await Promise.all([recordFailure(login.account, addressKey(email)), login.ip.penalty(ip)]);
    },

    /** Resets the account's counter only: one good login must not clear an IP that guesses many accounts. */
    async recordLoginSuccess({ email }: Subject): Promise<void> {
      await login.account.failures.delete(addressKey(email));
    },

    /** Clears an account's failures and block, after its owner proved control of the address. */
    async resetAccountThrottle(email: string): Promise<void> {
      const key = addressKey(email);
      await Promise.all([login.account.failures.delete(key), login.account.block.delete(key)]);
    },

    async consumeRequestQuota(kind: RequestKind, { email, ip }: Subject): Promise<ThrottleDecision> {
      const quotas = requests[kind];
      return decide(await Promise.all([consumeQuota(quotas.ip, ip), consumeQuota(quotas.address, addressKey(email))]));
    },

    /** Refused once the account or the IP has spent its failures of the hour, even for a good key. */
    async checkShareKeyAllowed({ userId, ip }: ShareKeySubject): Promise<ThrottleDecision> {
      const rows = await Promise.all([shareKeyFailures.account.get(userId), shareKeyFailures.ip.get(ip)]);
      return decide(rows.map((row) => (row && row.consumedPoints >= SHARE_KEY_FAILURES.perHour ? row.msBeforeNext : 0)));
    },

    async recordShareKeyFailure({ userId, ip }: ShareKeySubject): Promise<void> {
      await Promise.all([shareKeyFailures.account.penalty(userId), shareKeyFailures.ip.penalty(ip)]);
    },

    async checkSecondFactorAllowed(userId: string): Promise<ThrottleDecision> {
      return decide([blockedMs(await secondFactor.block.get(userId))]);
    },

    async recordSecondFactorFailure(userId: string): Promise<void> {
      await recordFailure(secondFactor, userId);
    },

    async recordSecondFactorSuccess(userId: string): Promise<void> {
      await secondFactor.failures.delete(userId);
    },
  };
}

export type Throttle = ReturnType<typeof createThrottle>;

const globalForThrottle = globalThis as unknown as { throttle?: Throttle };

function getThrottle(): Throttle {
  globalForThrottle.throttle ??= createThrottle(getRateLimitStore());
  return globalForThrottle.throttle;
}

export const checkLoginAllowed: Throttle['checkLoginAllowed'] = (subject) => getThrottle().checkLoginAllowed(subject);
export const recordLoginFailure: Throttle['recordLoginFailure'] = (subject) => getThrottle().recordLoginFailure(subject);
export const recordLoginSuccess: Throttle['recordLoginSuccess'] = (subject) => getThrottle().recordLoginSuccess(subject);
export const resetAccountThrottle: Throttle['resetAccountThrottle'] = (email) => getThrottle().resetAccountThrottle(email);
export const consumeRequestQuota: Throttle['consumeRequestQuota'] = (kind, subject) => getThrottle().consumeRequestQuota(kind, subject);
export const checkShareKeyAllowed: Throttle['checkShareKeyAllowed'] = (subject) => getThrottle().checkShareKeyAllowed(subject);
export const recordShareKeyFailure: Throttle['recordShareKeyFailure'] = (subject) => getThrottle().recordShareKeyFailure(subject);
export const checkSecondFactorAllowed: Throttle['checkSecondFactorAllowed'] = (userId) => getThrottle().checkSecondFactorAllowed(userId);
export const recordSecondFactorFailure: Throttle['recordSecondFactorFailure'] = (userId) => getThrottle().recordSecondFactorFailure(userId);
export const recordSecondFactorSuccess: Throttle['recordSecondFactorSuccess'] = (userId) => getThrottle().recordSecondFactorSuccess(userId);
