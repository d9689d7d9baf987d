'use client';
import { useEffect, useRef, type ReactNode } from 'react';

type ConfirmationPanelProps = {
  /** Also the target of the link that opened the panel (#id), for the page without JavaScript. */
  id: string;
  title: string;
  children: ReactNode;
};

/** Takes the focus where the person clicked, so keyboard and screen reader users land on it too. */
export function ConfirmationPanel({ id, title, children }: ConfirmationPanelProps) {
  const titleRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    titleRef.current?.focus();
  }, []);
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of buttons with a heading, not form fields for a fieldset
    <div id={id} className="confirmation-panel" role="group" aria-labelledby={`${id}-titre`}>
      <p id={`${id}-titre`} className="confirmation-panel__title" ref={titleRef} tabIndex={-1}>
        {title}
      </p>
      {children}
    </div>
  );
}
