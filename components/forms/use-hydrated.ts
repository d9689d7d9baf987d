'use client';
import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False in the server HTML and until React hydrates, true after. Controls that only work with
 * JavaScript (show/hide password, live checklist) render only once it is true, so that the page
 * without JavaScript shows nothing that does not work.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
