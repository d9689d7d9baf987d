'use client';
import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The page's h1, focused on arrival: after a form that leads here (« Déposer »), keyboard and
 * screen reader users start from what happened instead of wherever the browser left them.
 */
export function FocusedHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
