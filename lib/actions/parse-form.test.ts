import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CONTROL_CHARACTER_MESSAGE, echoValues, INVALID_FORM_MESSAGE, parseForm } from './parse-form';

const schema = z.object({ email: z.string().min(1, 'Saisissez votre adresse courriel'), password: z.string().min(1, 'Saisissez votre mot de passe') });

function formData(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) data.append(name, value);
  return data;
}

describe('parseForm', () => {
  it('returns the parsed data without the fields the schema does not know', () => {
    const result = parseForm(schema, formData({ email: 'a@exemple.fr', password: 'x', role: 'ADMIN', $ACTION_ID_1: '' }));
    expect(result).toEqual({ success: true, data: { email: 'a@exemple.fr', password: 'x' } });
  });

  it('returns one list of messages per field, and echoes what was typed except secrets', () => {
    const result = parseForm(schema, formData({ email: '', password: '', token: 't' }));
    expect(result).toEqual({
      success: false,
      failure: {
        ok: false,
        message: INVALID_FORM_MESSAGE,
        fieldErrors: { email: ['Saisissez votre adresse courriel'], password: ['Saisissez votre mot de passe'] },
        values: { email: '' },
      },
    });
  });
});

describe('echoValues', () => {
  it('never sends back a password or a token', () => {
    expect(echoValues(formData({ newEmail: 'b@exemple.fr', currentPassword: 's', passwordConfirmation: 's', token: 't' }))).toEqual({
      newEmail: 'b@exemple.fr',
    });
  });

  it('refuses a NUL character on its field (PostgreSQL would refuse it with a 500), whatever the schema', () => {
    const loose = z.object({}).loose();
    const result = parseForm(loose, formData({ 'nom-du-projet': 'Fête\u0000 du moulin', message: 'Bonjour' }));
    expect(result).toMatchObject({ success: false, failure: { fieldErrors: { 'nom-du-projet': [CONTROL_CHARACTER_MESSAGE] } } });
    expect(result.success ? {} : result.failure.fieldErrors).not.toHaveProperty('message');
  });
});
