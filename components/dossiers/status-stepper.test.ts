import { describe, expect, it } from 'vitest';
import { stepsFor } from './status-stepper';

const states = (status: Parameters<typeof stepsFor>[0]) => stepsFor(status).map((step) => `${step.label}:${step.state}${step.detail ? `:${step.detail}` : ''}`);

describe('the status stepper', () => {
  it('follows Déposé → En instruction → Décision, the request for more information being a state of the instruction', () => {
    expect(states('DEPOSE')).toEqual(['Déposé:current', 'En instruction:upcoming', 'Décision:upcoming']);
    expect(states('EN_INSTRUCTION')).toEqual(['Déposé:done', 'En instruction:current', 'Décision:upcoming']);
    expect(states('COMPLEMENT_DEMANDE')).toEqual(['Déposé:done', 'En instruction:current:complément demandé', 'Décision:upcoming']);
    expect(states('REFUSE')).toEqual(['Déposé:done', 'En instruction:done', 'Décision : Refusé:done']);
  });
});
