import 'server-only';
import type { Role } from '@/lib/generated/prisma/client';

export type AgentViewer = { id: string; role: Role };

export class NotAnAgentError extends Error {
  constructor() {
    super('Cette action est réservée aux agents du Département.');
    this.name = 'NotAnAgentError';
  }
}

export function assertAgent(viewer: AgentViewer): void {
  if (viewer.role !== 'INSTRUCTEUR' && viewer.role !== 'ADMIN') throw new NotAnAgentError();
}
