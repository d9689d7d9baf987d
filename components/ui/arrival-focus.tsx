'use client';
import { useEffect, useRef, type ReactNode } from 'react';

/**
 * Takes the focus when it appears, e.g. the message that confirms a form posted on another page:
 * the form's button is gone, and keyboard and screen reader users land on what happened.
 */
export function ArrivalFocus({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div ref={ref} tabIndex={-1} className="arrival-focus">
      {children}
    </div>
  );
}
