import { describe, expect, it } from 'vitest';
import { recoveryCodeSchema, totpCodeSchema } from './second-factor';

describe('second-factor forms', () => {
  it('takes the 6 digits, spaces allowed', () => {
    expect(totpCodeSchema.parse({ code: ' 123 456 ' })).toEqual({ code: '123456' });
    expect(totpCodeSchema.safeParse({ code: '' }).error?.issues[0].message).toBe('Saisissez le code de vérification');
    expect(totpCodeSchema.safeParse({ code: '12345' }).error?.issues[0].message).toMatch(/6 chiffres/);
    expect(totpCodeSchema.safeParse({ code: '12a456' }).success).toBe(false);
  });

  it('asks for a recovery code', () => {
    expect(recoveryCodeSchema.parse({ recoveryCode: ' k7qm-4tzp ' })).toEqual({ recoveryCode: 'k7qm-4tzp' });
    expect(recoveryCodeSchema.safeParse({ recoveryCode: '  ' }).error?.issues[0].message).toBe('Saisissez un code de secours');
  });
});
