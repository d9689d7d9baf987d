import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import QRCode from 'qrcode';
import { PageHeader } from '@/components/ui/page-header';
import { startEnrolment } from '@/lib/auth/mfa/second-factor';
import { secondFactorPathFor } from '@/lib/auth/mfa/second-factor-paths';
import { formatSecretForDisplay, totpUri } from '@/lib/auth/mfa/totp';
import { safeReturnPath } from '@/lib/auth/return-path';
import { requireAgentAwaitingSecondFactor } from '@/lib/auth/session';
import { firstParam, type SearchParams } from '@/lib/search-params';
import { EnrolmentForm } from './enrolment-form';

export const metadata: Metadata = { title: 'Activer la vérification en deux étapes' };

export default async function EnrolmentPage({ searchParams }: { searchParams: SearchParams }) {
  const returnTo = safeReturnPath(firstParam((await searchParams).retour));
  const user = await requireAgentAwaitingSecondFactor(returnTo);
  const secret = user.secondFactorEnrolled ? null : await startEnrolment(user.id);
  if (!secret) redirect(secondFactorPathFor(true, returnTo));
  const qrCode = await QRCode.toString(totpUri(secret, user.email), { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });

  return (
    <div className="narrow stack-lg">
      <PageHeader
        title="Activer la vérification en deux étapes"
        lead="L’espace instruction donne accès aux dossiers des usagers : en plus de votre mot de passe, chaque connexion demandera un code à usage unique, affiché par une application sur votre téléphone."
      />
      <ol className="enrolment-steps">
        <li>
          <h2>Installez une application d’authentification</h2>
          <p>Par exemple FreeOTP, Aegis, Google Authenticator ou Microsoft Authenticator, sur votre téléphone professionnel.</p>
        </li>
        <li>
          <h2>Ajoutez votre compte Guichet dans l’application</h2>
          <p>Scannez ce QR code avec l’application :</p>
          {/* biome-ignore lint/performance/noImgElement: a QR code made on the server, as a data: URL */}
          <img
            className="qr-code"
            src={`data:image/svg+xml;base64,${Buffer.from(qrCode).toString('base64')}`}
            alt="QR code de configuration de Guichet pour votre application d’authentification. La même clé est écrite en toutes lettres juste en dessous."
            width={200}
            height={200}
          />
          <p>Vous ne pouvez pas scanner ? Choisissez « saisir une clé » dans l’application et recopiez cette clé :</p>
          <dl className="setup-key">
            <dt>Clé de configuration</dt>
            <dd>
              <code>{formatSecretForDisplay(secret)}</code>
            </dd>
          </dl>
          <p className="hint">Type : basé sur le temps (TOTP), 6 chiffres, toutes les 30 secondes.</p>
        </li>
        <li>
          <h2>Saisissez le code affiché</h2>
          <EnrolmentForm returnTo={returnTo} />
        </li>
      </ol>
    </div>
  );
}
