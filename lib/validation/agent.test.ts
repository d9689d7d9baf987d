import { describe, expect, it } from 'vitest';
import { acceptAgentInvitationSchema, agentTargetSchema, inviteAgentSchema, procedureIdsSchema } from './agent';

const ID = '0b7e1c0e-6a8e-4c1a-9f43-0d1a2b3c4d5e';

describe('procedureIdsSchema', () => {
  it('takes what the boxes give: an array, one value or nothing, without duplicates', () => {
    expect(procedureIdsSchema.parse([ID, ID])).toEqual([ID]);
    expect(procedureIdsSchema.parse(ID)).toEqual([ID]);
    expect(procedureIdsSchema.parse(false)).toEqual([]);
    expect(procedureIdsSchema.parse(undefined)).toEqual([]);
    expect(procedureIdsSchema.safeParse(['pas-un-id']).success).toBe(false);
  });
});

describe('inviteAgentSchema', () => {
  it('lower-cases the address and refuses a role that is not an agent’s', () => {
    const input = { email: ' Ines.Moreau@Departement.FR ', firstName: 'Inès', lastName: 'Moreau', role: 'INSTRUCTEUR', procedureIds: [] };
    expect(inviteAgentSchema.parse(input).email).toBe('ines.moreau@departement.fr');
    expect(inviteAgentSchema.safeParse({ ...input, role: 'USAGER' }).success).toBe(false);
  });
});

describe('acceptAgentInvitationSchema', () => {
  it('asks agents for 12 characters and the same password twice', () => {
    const eleven = 'Tournesol1!';
    expect(acceptAgentInvitationSchema.safeParse({ token: 't', password: eleven, passwordConfirmation: eleven }).success).toBe(false);
    expect(acceptAgentInvitationSchema.safeParse({ token: 't', password: 'Tournesol-42!', passwordConfirmation: 'Tournesol-43!' }).success).toBe(false);
    expect(acceptAgentInvitationSchema.safeParse({ token: 't', password: 'Tournesol-42!', passwordConfirmation: 'Tournesol-42!' }).success).toBe(true);
  });
});

describe('agentTargetSchema', () => {
  it('refuses anything but an id on `agentId`, which the actions list in `targets` (a 404)', () => {
    expect(agentTargetSchema.parse({ agentId: ID })).toEqual({ agentId: ID });
    for (const forged of [{ agentId: 'pas-un-id' }, {}]) {
      const result = agentTargetSchema.safeParse(forged);
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((issue) => issue.path[0])).toEqual(['agentId']);
    }
  });
});
