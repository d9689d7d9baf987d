import { describedBy, FieldChrome } from '@/components/forms/field';
import type { AgentProcedureOption } from '@/lib/instruction/agent-procedures';

// « Démarche » in the back-office's GET forms (exports, statistics): only the démarches of the
// agent's scope are offered; the first choice is the empty value (« Toutes mes démarches »…).

type ProcedureSelectProps = {
  procedures: readonly Pick<AgentProcedureOption, 'id' | 'title'>[];
  defaultValue?: string;
  emptyLabel: string;
  error?: string;
};

export function ProcedureSelect({ procedures, defaultValue, emptyLabel, error }: ProcedureSelectProps) {
  return (
    <FieldChrome id="demarche" label="Démarche" error={error}>
      <select
        id="demarche"
        name="demarche"
        defaultValue={defaultValue ?? ''}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy('demarche', { error })}
      >
        <option value="">{emptyLabel}</option>
        {procedures.map((procedure) => (
          <option key={procedure.id} value={procedure.id}>
            {procedure.title}
          </option>
        ))}
      </select>
    </FieldChrome>
  );
}
