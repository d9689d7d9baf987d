import type { ReactNode } from 'react';

type AlertProps = {
  tone: 'success' | 'info' | 'error';
  title?: string;
  children?: ReactNode;
  className?: string;
  id?: string;
};

/** The title is a paragraph, not a heading, so that an alert above the page's h1 keeps the heading order. */
export function Alert({ tone, title, children, className, id }: AlertProps) {
  return (
    <div id={id} role={tone === 'error' ? 'alert' : 'status'} className={`alert alert-${tone}${className ? ` ${className}` : ''}`}>
      {title ? <p className="alert-title">{title}</p> : null}
      {children}
    </div>
  );
}
