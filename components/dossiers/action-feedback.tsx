import { Alert } from '@/components/ui/alert';
import type { ActionResult } from '@/lib/actions/result';

/** The failure of a follow-up form, above it (its field errors are shown next to the fields too). */
export function ActionFeedback({ state }: { state: ActionResult | null }) {
  if (!state || state.ok) return null;
  return (
    <Alert tone="error" title="Votre demande n’a pas abouti">
      <p>{state.message}</p>
    </Alert>
  );
}

export function fieldError(state: ActionResult | null, field: string): string | undefined {
  return state && !state.ok ? state.fieldErrors?.[field]?.[0] : undefined;
}
