'use client';

import type { UseFormRegisterReturn } from 'react-hook-form';
import { FieldsetField } from '@/components/forms/fieldset-field';
import { AGENT_ROLE_LABELS } from '@/lib/instruction/agents/agent-labels';
import { AGENT_ROLES } from '@/lib/validation/agent';

type FieldProps = { id: string; error?: string; registration: UseFormRegisterReturn };

const ROLE_HINTS = {
  INSTRUCTEUR: 'Instruit les dossiers des démarches cochées ci-dessous.',
  ADMIN: 'Voit et instruit toutes les démarches, gère les démarches, les agents et consulte le journal.',
};

export function AgentAccessFields({
  role,
  roleValue,
  procedures,
  procedureIds,
  checkedIds,
}: {
  role: FieldProps;
  roleValue?: string;
  procedures: { id: string; title: string }[];
  procedureIds: FieldProps;
  checkedIds: readonly string[];
}) {
  return (
    <>
      <FieldsetField id={role.id} legend="Rôle" error={role.error}>
        {AGENT_ROLES.map((value) => (
          <div key={value} className="choice-with-hint">
            <label className="choice" htmlFor={`${role.id}-${value}`}>
              <input
                type="radio"
                id={`${role.id}-${value}`}
                value={value}
                defaultChecked={roleValue === value}
                aria-describedby={`${role.id}-${value}-hint`}
                {...role.registration}
              />
              {AGENT_ROLE_LABELS[value]}
            </label>
            <span id={`${role.id}-${value}-hint`} className="hint checkbox-hint">
              {ROLE_HINTS[value]}
            </span>
          </div>
        ))}
      </FieldsetField>
      <FieldsetField
        id={procedureIds.id}
        legend="Démarches instruites"
        hint="Un instructeur ne voit que les dossiers de ces démarches. Un administrateur voit de toute façon toutes les démarches."
        error={procedureIds.error}
      >
        {procedures.length === 0 ? (
          <p className="empty-state">Aucune démarche pour le moment.</p>
        ) : (
          procedures.map((procedure) => (
            <label key={procedure.id} className="choice" htmlFor={`${procedureIds.id}-${procedure.id}`}>
              <input
                type="checkbox"
                id={`${procedureIds.id}-${procedure.id}`}
                value={procedure.id}
                defaultChecked={checkedIds.includes(procedure.id)}
                {...procedureIds.registration}
              />
              {procedure.title}
            </label>
          ))
        )}
      </FieldsetField>
    </>
  );
}
