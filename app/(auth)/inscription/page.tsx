import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { PageHeader } from '@/components/ui/page-header';
import { OidcButton } from '@/components/auth/oidc-buttons';
import { oidcSettings } from '@/lib/auth/oidc/settings';
import { env } from '@/lib/env';
import { RegisterForm } from './register-form';

export const metadata: Metadata = { title: 'Créer un compte' };

export default async function RegisterPage() {
  // Rendered per request: the FranceConnect button depends on the running configuration.
  await connection();
  return (
    <div className="narrow stack-lg">
      <PageHeader title="Créer un compte" lead="Tous les champs sont obligatoires." />
      {oidcSettings(env, 'franceconnect') ? (
        <section className="stack" aria-labelledby="avec-franceconnect">
          <h2 id="avec-franceconnect">Avec FranceConnect</h2>
          <p>Votre compte est créé avec l’identité transmise par FranceConnect, sans mot de passe à inventer.</p>
          <OidcButton provider="franceconnect" />
          <p>Ou créez votre compte avec une adresse courriel et un mot de passe :</p>
        </section>
      ) : null}
      <RegisterForm />
      <section aria-labelledby="vos-donnees" className="card">
        <h2 id="vos-donnees">Vos données personnelles</h2>
        <p>
          Le Conseil départemental utilise votre prénom, votre nom et votre adresse courriel pour gérer votre compte et vos démarches, dans le cadre de sa
          mission de service public (article 6.1.e du RGPD). Seuls les agents habilités du Département y ont accès. Un compte inactif pendant 2 ans est
          supprimé, après un courriel de préavis.
        </p>
        <p>
          Vous pouvez accéder à vos données, les rectifier ou vous opposer à leur traitement en écrivant au délégué à la protection des données.{' '}
          <Link href="/donnees-personnelles">En savoir plus sur vos données personnelles</Link>
        </p>
      </section>
      <p>
        Vous avez déjà un compte ? <Link href="/connexion">Connexion</Link>
      </p>
    </div>
  );
}
