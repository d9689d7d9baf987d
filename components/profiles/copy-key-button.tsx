'use client';
import { useState } from 'react';
import { useHydrated } from '@/components/forms/use-hydrated';

type CopyState = 'idle' | 'copied' | 'failed';

const MESSAGES: Record<CopyState, string> = {
  idle: '',
  copied: 'Clé copiée',
  failed: 'La copie a échoué : sélectionnez la clé et copiez-la vous-même.',
};

/** Only with JavaScript: the key itself stays selectable text for everyone else. */
export function CopyKeyButton({ value, keyElementId }: { value: string; keyElementId: string }) {
  const hydrated = useHydrated();
  const [state, setState] = useState<CopyState>('idle');
  if (!hydrated) return null;

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      setState('failed');
    }
  }

  return (
    <span className="copy-key">
      <button type="button" className="btn-secondary btn-small" onClick={copy} aria-describedby={keyElementId}>
        Copier la clé
      </button>
      {/* Present before it speaks, so that screen readers announce the change. */}
      <span role="status" className={state === 'failed' ? 'copy-key__status field-error' : 'copy-key__status'}>
        {MESSAGES[state]}
      </span>
    </span>
  );
}
