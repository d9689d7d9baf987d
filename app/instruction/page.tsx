import type { Metadata } from 'next';
import { PageHeader } from '@/components/ui/page-header';
import { requireAgent } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Espace instruction' };

export default async function InstructionPage() {
  const agent = await requireAgent('/instruction');
  return (
    <div className="stack">
      <PageHeader
        title="Espace instruction"
        lead={`Bonjour ${agent.firstName}. Les outils d’instruction des dossiers arrivent prochainement.`}
      />
    </div>
  );
}
