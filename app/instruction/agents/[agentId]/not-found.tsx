import type { Metadata } from 'next';
import Link from 'next/link';
import { ErrorPage } from '@/components/ui/error-page';
import { AGENTS_PATH } from '@/lib/instruction/instruction-paths';

export const metadata: Metadata = { title: 'Agent introuvable' };

export default function AgentNotFound() {
  return (
    <ErrorPage title="Agent introuvable" actions={<Link href={AGENTS_PATH}>Tous les agents</Link>}>
      <p className="lead">Cet agent n’existe pas.</p>
    </ErrorPage>
  );
}
