// CNIL délibération 2022-100, case 2: after 5 consecutive failures, a wait of more than 1 minute
// that grows exponentially, keeping an attacker well under 25 attempts per 24 hours.

export const FREE_LOGIN_FAILURES = 5;
export const FIRST_BLOCK_SECONDS = 60;
export const MAX_BLOCK_SECONDS = 24 * 60 * 60;

/** How long to refuse logins after the `failures`-th consecutive failure (0: not blocked). */
export function blockSecondsAfterFailures(failures: number): number {
  if (failures < FREE_LOGIN_FAILURES) return 0;
  const doublings = failures - FREE_LOGIN_FAILURES;
  // 2 ** 11 minutes already exceeds a day: stop before the number gets silly.
  if (doublings > 11) return MAX_BLOCK_SECONDS;
  return Math.min(FIRST_BLOCK_SECONDS * 2 ** doublings, MAX_BLOCK_SECONDS);
}

/** An address (a CGNAT, a mairie's public computers) is refused only past this rate of failures, whatever the accounts. */
export const LOGIN_FAILURES_PER_ADDRESS = { perHour: 100, windowSeconds: 60 * 60 };
