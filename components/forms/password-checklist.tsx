'use client';
import type { PasswordRule } from '@/lib/validation/password';
import { useHydrated } from './use-hydrated';

type PasswordChecklistProps = {
  id: string;
  password: string;
  rules: readonly PasswordRule[];
};

/** Without JavaScript it cannot follow the typing: it is shown as a plain list of the rules. */
export function PasswordChecklist({ id, password, rules }: PasswordChecklistProps) {
  const hydrated = useHydrated();
  if (!hydrated) {
    return (
      <ul id={id} className="checklist">
        {rules.map((rule) => (
          <li key={rule.id}>{rule.label}</li>
        ))}
      </ul>
    );
  }
  return (
    <ul id={id} className="checklist" aria-live="polite">
      {rules.map((rule) => {
        const met = rule.test(password);
        return (
          <li key={rule.id} className={met ? 'ok' : 'ko'}>
            {rule.label}
            <span className="visually-hidden"> : {met ? 'respecté' : 'non respecté'}</span>
          </li>
        );
      })}
    </ul>
  );
}
