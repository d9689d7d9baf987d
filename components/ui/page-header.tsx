import type { ReactNode } from 'react';
import { FocusedHeading } from './focused-heading';

type PageHeaderProps = {
  title: ReactNode;
  lead?: ReactNode;
  children?: ReactNode;
  /** The h1 takes the focus on arrival: a page reached by a form's button (a new draft). */
  focusTitle?: boolean;
};

export function PageHeader({ title, lead, children, focusTitle }: PageHeaderProps) {
  return (
    <div className="page-header">
      {focusTitle ? <FocusedHeading>{title}</FocusedHeading> : <h1>{title}</h1>}
      {lead ? <p className="lead">{lead}</p> : null}
      {children}
    </div>
  );
}
