import { formatFileSize } from '@/lib/format/file-size';

// What the file field says in its live regions: each names the file, since several may be sent.

export const uploadStarted = (name: string) => `Envoi de « ${name} » en cours…`;

export const uploadJoined = (name: string, size?: number) =>
  size === undefined ? `« ${name} » est joint.` : `« ${name} » est joint (${formatFileSize(size)}).`;

export const uploadRefused = (name: string, reason: string) => `« ${name} » : ${reason}`;

export const uploadRemoved = (name: string) => `« ${name} » est retiré.`;
