import { describe, expect, it } from 'vitest';
import { isSecondFactorProof, secondFactorProof } from './session-proof';

const secret = 's'.repeat(40);

describe('second-factor session proof', () => {
  it('is accepted for its own session only, with the server’s secret only', () => {
    const proof = secondFactorProof('sid-1', secret);
    expect(isSecondFactorProof(proof, 'sid-1', secret)).toBe(true);
    expect(isSecondFactorProof(proof, 'sid-2', secret)).toBe(false);
    expect(isSecondFactorProof(secondFactorProof('sid-1', 't'.repeat(40)), 'sid-1', secret)).toBe(false);
  });

  it('refuses what a client could send instead', () => {
    for (const forged of [true, 'true', '', 1, null, undefined, { secondFactorVerified: true }, `${secondFactorProof('sid-1', secret)}x`]) {
      expect(isSecondFactorProof(forged, 'sid-1', secret)).toBe(false);
    }
  });
});
