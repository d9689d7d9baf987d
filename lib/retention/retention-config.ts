import 'server-only';
import { env } from '@/lib/env';
import { formatMonths, retentionConfigFrom, type RetentionConfig } from './retention-rules';

/** The delays in force, from this process's environment. */
export function retentionConfig(): RetentionConfig {
  return retentionConfigFrom(env);
}

/** The « Durée de conservation » of a démarche that sets none, in words (« 5 ans »). */
export function defaultRetentionText(): string {
  return formatMonths(retentionConfig().dossierMonths);
}
