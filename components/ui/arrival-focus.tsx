'use client';
import { useEffect, useRef, type ReactNode } from 'react';

/**
 * Takes the focus when it appears: the page's h1 after a form that leads there (« Déposer »), or
 * the message that confirms a form posted on another page. The form's button is gone, and keyboard
 * and screen reader users land on what happened instead of wherever the browser left them.
 */
export function ArrivalFocus({ as: Element = 'div', children }: { as?: 'div' | 'h1'; children: ReactNode }) {
  const ref = useRef<HTMLDivElement & HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <Element ref={ref} tabIndex={-1}>
      {children}
    </Element>
  );
}
