import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageHeader } from '@/components/ui/page-header';
import { findCaughtEmail } from '@/lib/mail/catcher';
import { EmailStatusTag, formatDateTime } from '../caught-email-parts';

export const metadata: Metadata = { title: 'Courriel (environnement local)', robots: { index: false, follow: false } };

type Props = { params: Promise<{ emailId: string }> };

export default async function CaughtEmailPage({ params }: Props) {
  const email = await findCaughtEmail((await params).emailId);
  if (!email) notFound();

  return (
    <div className="stack-lg">
      <p>
        <Link href="/dev/courriels">Retour aux courriels envoyés</Link>
      </p>
      <PageHeader title={email.subject} lead={`Courriel à ${email.to}`} />

      <dl className="definition-list">
        <div>
          <dt>Date</dt>
          <dd>{formatDateTime(email.createdAt)}</dd>
        </div>
        <div>
          <dt>Destinataire</dt>
          <dd>{email.to}</dd>
        </div>
        <div>
          <dt>Statut</dt>
          <dd>
            <EmailStatusTag status={email.status} />
            {email.sentAt ? ` le ${formatDateTime(email.sentAt)}` : null}
          </dd>
        </div>
        <div>
          <dt>Modèle</dt>
          <dd>{email.template}</dd>
        </div>
        <div>
          <dt>Tentatives d’envoi</dt>
          <dd>{email.attempts}</dd>
        </div>
        {email.messageId ? (
          <div>
            <dt>Message-ID</dt>
            <dd>
              <code>{email.messageId}</code>
            </dd>
          </div>
        ) : null}
        {email.attachmentNames.length > 0 ? (
          <div>
            <dt>Pièces jointes</dt>
            <dd>{email.attachmentNames.join(', ')}</dd>
          </div>
        ) : null}
        {email.lastError ? (
          <div>
            <dt>Dernière erreur</dt>
            <dd>{email.lastError}</dd>
          </div>
        ) : null}
      </dl>

      {email.links.length > 0 ? (
        <section className="card" aria-labelledby="liens">
          <h2 id="liens">Liens du courriel</h2>
          <ul>
            {email.links.map((href) => (
              <li key={href}>
                <a href={href} style={{ overflowWrap: 'anywhere' }}>
                  {href}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="card" aria-labelledby="version-texte">
        <h2 id="version-texte">Version texte</h2>
        <pre style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{email.text}</pre>
      </section>

      <section className="card" aria-labelledby="version-html">
        <h2 id="version-html">Version HTML</h2>
        {/* sandbox="" grants nothing: no script, no form, no navigation of this page, unique origin. */}
        <iframe
          sandbox=""
          srcDoc={email.html}
          title={`Version HTML du courriel « ${email.subject} »`}
          style={{ width: '100%', height: '40rem', border: '1px solid var(--color-border-light)', background: '#fff' }}
        />
      </section>
    </div>
  );
}
