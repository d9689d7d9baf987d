'use client';

import { useEffect } from 'react';

type FocusOnArrivalProps = {
  /** The element that holds the target (a builder item). */
  containerId: string;
  /** The button to focus inside it, by the start of its text (« Monter »); else the container's heading. */
  buttonText?: string;
  /** Changes with each arrival, so that moving the same item twice focuses twice. */
  token: string;
};

/**
 * After « Monter » or « Descendre » the page is redrawn: keyboard users get the focus back on the
 * button they pressed, or on the item's heading once it reached an end.
 */
export function FocusOnArrival({ containerId, buttonText, token }: FocusOnArrivalProps) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: `token` changes at each arrival, to focus again
  useEffect(() => {
    const container = document.getElementById(containerId);
    if (!container) return;
    const button = buttonText ? [...container.querySelectorAll('button')].find((candidate) => candidate.textContent?.startsWith(buttonText)) : undefined;
    (button ?? container.querySelector<HTMLElement>('[tabindex="-1"]'))?.focus();
  }, [containerId, buttonText, token]);
  return null;
}
