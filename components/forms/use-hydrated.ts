'use client';
import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/** False until React hydrates: controls that need JavaScript render only then, so a page without it shows nothing broken. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
