import nodemailer from 'nodemailer';
import { describe, expect, it, vi } from 'vitest';
import { FOOTER_TEXT } from '@/emails/components/email-layout';
import { ordinarySpaceMistakes } from '@/lib/format/french-spacing';
import { assertSingleRecipient, toSingleLine } from './headers';
import { emailDefinitions, type EmailMessage, type EmailTemplate } from './messages';
import { renderEmail } from './render';

vi.mock('@/lib/env', () => ({ env: { APP_URL: 'https://guichet.exemple.test' } }));

const RESET_REQUEST_URL = 'https://guichet.exemple.test/mot-de-passe/reinitialiser';

type Case = { message: EmailMessage; subject: string; urls: string[]; mentions?: string[] };

const cases: Record<EmailTemplate, Case> = {
  'draft-expiring': {
    message: {
      template: 'draft-expiring',
      to: 'a@exemple.test',
      props: { firstName: 'Camille', procedureTitle: 'Aide au permis', deletedOn: '21 décembre 2026', dossierId: 'd-1' },
    },
    subject: 'Votre brouillon va être supprimé',
    urls: ['https://guichet.exemple.test/mon-compte/dossiers/d-1/modifier'],
    mentions: ['Aide au permis', '21 décembre 2026'],
  },
  'account-inactive': {
    message: { template: 'account-inactive', to: 'a@exemple.test', props: { firstName: 'Camille', inactiveFor: '3 ans', deletedOn: '6 janvier 2027' } },
    subject: 'Votre compte Guichet va être supprimé',
    urls: ['https://guichet.exemple.test/connexion'],
    mentions: ['3 ans', '6 janvier 2027'],
  },
  'account-deleted': {
    message: {
      template: 'account-deleted',
      to: 'a@exemple.test',
      props: { firstName: 'Camille', reason: 'requested', draftsDeleted: 2, keptDossiers: 1, keptUntil: '7 décembre 2031', keptUntilDecision: false },
    },
    subject: 'Votre compte Guichet a été supprimé',
    urls: [],
    mentions: ['2 brouillons', '7 décembre 2031'],
  },
  'confirm-email': {
    message: {
      template: 'confirm-email',
      to: 'a@exemple.test',
      props: { firstName: 'Camille', url: 'https://guichet.exemple.test/inscription/confirmer?jeton=abc123' },
    },
    subject: 'Confirmez votre adresse courriel',
    urls: ['https://guichet.exemple.test/inscription/confirmer?jeton=abc123'],
  },
  'already-registered': {
    message: {
      template: 'already-registered',
      to: 'a@exemple.test',
      props: { firstName: 'Camille', loginUrl: 'https://guichet.exemple.test/connexion', resetUrl: RESET_REQUEST_URL },
    },
    subject: 'Vous avez déjà un compte sur Guichet',
    urls: ['https://guichet.exemple.test/connexion', RESET_REQUEST_URL],
  },
  'reset-password': {
    message: {
      template: 'reset-password',
      to: 'a@exemple.test',
      props: { firstName: 'Camille', url: 'https://guichet.exemple.test/mot-de-passe/nouveau?jeton=xyz' },
    },
    subject: 'Réinitialisation de votre mot de passe',
    urls: ['https://guichet.exemple.test/mot-de-passe/nouveau?jeton=xyz'],
    mentions: ['1 heure', 'une seule fois'],
  },
  'password-changed': {
    message: { template: 'password-changed', to: 'a@exemple.test', props: { firstName: 'Camille' } },
    subject: 'Votre mot de passe a été modifié',
    urls: [RESET_REQUEST_URL],
  },
  'email-change-requested': {
    message: { template: 'email-change-requested', to: 'ancienne@exemple.test', props: { firstName: 'Camille', newEmail: 'nouvelle@exemple.test' } },
    subject: "Changement d'adresse courriel demandé",
    urls: [RESET_REQUEST_URL],
    mentions: ['nouvelle@exemple.test'],
  },
  'confirm-new-email': {
    message: {
      template: 'confirm-new-email',
      to: 'nouvelle@exemple.test',
      props: { firstName: 'Camille', url: 'https://guichet.exemple.test/mon-compte/adresse/confirmer?jeton=def' },
    },
    subject: 'Confirmez votre nouvelle adresse courriel',
    urls: ['https://guichet.exemple.test/mon-compte/adresse/confirmer?jeton=def'],
  },
  'email-changed': {
    message: { template: 'email-changed', to: 'ancienne@exemple.test', props: { firstName: 'Camille', newEmail: 'nouvelle@exemple.test' } },
    subject: 'Votre adresse courriel a été modifiée',
    urls: [],
    mentions: ['nouvelle@exemple.test'],
  },
  'member-joined': {
    message: {
      template: 'member-joined',
      to: 'admin@exemple.test',
      props: { firstName: 'Camille', memberName: 'Dominique Bernard', profileName: 'Les Amis du Moulin', profileId: '5f0c6a4e-1111-4222-8333-944445555666' },
    },
    subject: 'Dominique Bernard a rejoint Les Amis du Moulin',
    urls: ['https://guichet.exemple.test/mon-compte/profils/5f0c6a4e-1111-4222-8333-944445555666/composition'],
    mentions: ['Dominique Bernard', 'Composition'],
  },
  'dossier-submitted': {
    message: {
      template: 'dossier-submitted',
      to: 'a@exemple.test',
      props: {
        firstName: 'Camille',
        number: '2026-000123',
        procedureTitle: 'Subvention de fonctionnement',
        profileName: 'Les Amis du Moulin',
        submittedAt: '29 novembre 2026 à 11 h 42',
        dossierId: '5f0c6a4e-1111-4222-8333-944445555666',
      },
    },
    subject: 'Dossier n° 2026-000123 : votre demande a été déposée',
    urls: ['https://guichet.exemple.test/mon-compte/dossiers/5f0c6a4e-1111-4222-8333-944445555666'],
    mentions: ['2026-000123', 'Subvention de fonctionnement', 'Les Amis du Moulin', 'récépissé de dépôt'],
  },
  'complement-requested': {
    message: {
      template: 'complement-requested',
      to: 'a@exemple.test',
      props: {
        firstName: 'Camille',
        dossierNumber: '2026-000123',
        dossierId: '5f0c6a4e-1111-4222-8333-944445555666',
        procedureTitle: 'Aide aux projets culturels',
        request: 'Merci de joindre le budget prévisionnel.\nEt le devis signé.',
        dueOn: '2026-12-21',
      },
    },
    subject: 'Des informations complémentaires sont demandées pour votre dossier n° 2026-000123',
    urls: ['https://guichet.exemple.test/mon-compte/dossiers/5f0c6a4e-1111-4222-8333-944445555666'],
    mentions: [
      'Transmettre',
      'Aide aux projets culturels',
      'Merci de joindre le budget prévisionnel.',
      'Et le devis signé.',
      'Merci de répondre avant le 21 décembre 2026',
    ],
  },
  'complement-answered': {
    message: {
      template: 'complement-answered',
      to: 'agent@exemple.test',
      props: {
        firstName: 'Camille',
        dossierNumber: '2026-000123',
        dossierId: '5f0c6a4e-1111-4222-8333-944445555666',
        procedureTitle: 'Aide aux projets culturels',
      },
    },
    subject: 'Le demandeur a répondu pour le dossier n° 2026-000123',
    urls: ['https://guichet.exemple.test/instruction/dossiers/5f0c6a4e-1111-4222-8333-944445555666'],
    mentions: ['En instruction', 'Aide aux projets culturels'],
  },
  'attachment-rejected': {
    message: {
      template: 'attachment-rejected',
      to: 'a@exemple.test',
      props: { firstName: 'Camille', dossierNumber: '2026-000123', dossierId: '5f0c6a4e-1111-4222-8333-944445555666', documentLabel: 'Relevé bancaire' },
    },
    subject: 'Un justificatif de votre dossier n° 2026-000123 a été rejeté',
    urls: ['https://guichet.exemple.test/mon-compte/dossiers/5f0c6a4e-1111-4222-8333-944445555666/justificatifs'],
    mentions: ['Relevé bancaire', 'Justificatifs'],
  },
  'profile-document-expiring': {
    message: {
      template: 'profile-document-expiring',
      to: 'a@exemple.test',
      props: {
        firstName: 'Camille',
        profileName: 'Les Amis du Vieux Moulin',
        profileId: '5f0c6a4e-1111-4222-8333-944445555666',
        documentLabel: 'Derniers comptes approuvés',
        validUntil: '31 décembre 2026',
      },
    },
    subject: 'Un document de Les Amis du Vieux Moulin arrive à échéance',
    urls: ['https://guichet.exemple.test/mon-compte/profils/5f0c6a4e-1111-4222-8333-944445555666/documents'],
    mentions: ['Derniers comptes approuvés', '31 décembre 2026'],
  },
  'file-infected': {
    message: {
      template: 'file-infected',
      to: 'a@exemple.test',
      props: {
        firstName: 'Camille',
        fileName: 'Relevé bancaire.pdf',
        dossierNumber: '2026-000123',
        dossierId: '5f0c6a4e-1111-4222-8333-944445555666',
      },
    },
    subject: 'Un fichier que vous avez envoyé a été bloqué par l’antivirus',
    urls: ['https://guichet.exemple.test/mon-compte/dossiers/5f0c6a4e-1111-4222-8333-944445555666/justificatifs'],
    mentions: ['Relevé bancaire.pdf', '2026-000123', 'autre fichier'],
  },
  'new-message': {
    message: {
      template: 'new-message',
      to: 'a@exemple.test',
      props: { firstName: 'Camille', dossierNumber: '2026-000123', dossierId: '5f0c6a4e-1111-4222-8333-944445555666' },
    },
    subject: 'Nouveau message pour votre dossier n° 2026-000123',
    urls: ['https://guichet.exemple.test/mon-compte/dossiers/5f0c6a4e-1111-4222-8333-944445555666/echanges'],
  },
  'document-received': {
    message: { template: 'document-received', to: 'a@exemple.test', props: { firstName: 'Camille', title: 'Notification de subvention' } },
    subject: 'Vous avez reçu un document',
    urls: ['https://guichet.exemple.test/mon-compte/documents-recus'],
    mentions: ['Notification de subvention', 'Mes documents reçus'],
  },
  'agent-invitation': {
    message: {
      template: 'agent-invitation',
      to: 'a@exemple.test',
      props: {
        firstName: 'Camille',
        inviterName: 'Karim Benali',
        roleLabel: 'instructrice ou instructeur',
        url: 'https://guichet.exemple.test/invitation-agent?jeton=abc123',
      },
    },
    subject: 'Invitation à l’espace instruction de Guichet',
    urls: ['https://guichet.exemple.test/invitation-agent?jeton=abc123'],
    mentions: ['Karim Benali', 'instructrice ou instructeur', '72 heures'],
  },
  'instruction-started': {
    message: {
      template: 'instruction-started',
      to: 'a@exemple.test',
      props: {
        firstName: 'Camille',
        dossierNumber: '2026-000123',
        dossierId: '5f0c6a4e-1111-4222-8333-944445555666',
        procedureTitle: 'Aide aux projets culturels',
      },
    },
    subject: 'Votre dossier n° 2026-000123 est en instruction',
    urls: ['https://guichet.exemple.test/mon-compte/dossiers/5f0c6a4e-1111-4222-8333-944445555666'],
    mentions: ['En instruction', 'Aide aux projets culturels'],
  },
  'dossier-decided': {
    message: {
      template: 'dossier-decided',
      to: 'a@exemple.test',
      props: {
        firstName: 'Camille',
        dossierNumber: '2026-000123',
        dossierId: '5f0c6a4e-1111-4222-8333-944445555666',
        procedureTitle: 'Aide aux projets culturels',
        decisionLabel: 'Refusé',
        reason: 'Budget hors barème',
        documentTitle: 'Notification de refus',
      },
    },
    subject: 'Décision sur votre dossier n° 2026-000123 : Refusé',
    urls: ['https://guichet.exemple.test/mon-compte/dossiers/5f0c6a4e-1111-4222-8333-944445555666'],
    mentions: ['Budget hors barème', 'Notification de refus', 'Mes documents reçus'],
  },
  'instruction-reopened': {
    message: {
      template: 'instruction-reopened',
      to: 'a@exemple.test',
      props: {
        firstName: 'Camille',
        dossierNumber: '2026-000123',
        dossierId: '5f0c6a4e-1111-4222-8333-944445555666',
        procedureTitle: 'Aide aux projets culturels',
        reason: 'Décision enregistrée par erreur',
      },
    },
    subject: 'Votre dossier n° 2026-000123 est de nouveau en instruction',
    urls: ['https://guichet.exemple.test/mon-compte/dossiers/5f0c6a4e-1111-4222-8333-944445555666'],
    mentions: ['Décision enregistrée par erreur', 'En instruction'],
  },
  'data-export-ready': {
    message: {
      template: 'data-export-ready',
      to: 'a@exemple.test',
      props: {
        firstName: 'Camille',
        profileName: 'Les Amis du Lavoir',
        profileId: '5f0c6a4e-1111-4222-8333-944445555666',
        expiresAt: '2026-12-14T10:00:00.000Z',
      },
    },
    subject: 'Les données de Les Amis du Lavoir sont prêtes',
    urls: ['https://guichet.exemple.test/mon-compte/profils/5f0c6a4e-1111-4222-8333-944445555666/informations#mes-donnees'],
    mentions: ['14 décembre 2026', 'donnees.json'],
  },
};

describe('renderEmail', () => {
  it('has a case for every registered template', () => {
    expect(Object.keys(cases).sort()).toEqual(Object.keys(emailDefinitions).sort());
  });

  describe.each(Object.entries(cases))('%s', (_template, { message, subject, urls, mentions = [] }) => {
    it('renders an accessible French email with its subject, links and footer', async () => {
      const email = await renderEmail(message);
      expect(email.subject).toBe(subject);
      expect(email.html).toContain('lang="fr"');
      expect(email.html).toMatch(new RegExp(`<h1[^>]*>${escapeRegExp(escapeHtml(subject))}</h1>`));
      expect(email.html).toContain('Bonjour Camille,');
      expect(email.text).toContain('Bonjour Camille,');
      expect(email.text).toContain(FOOTER_TEXT);
      expect(email.html).toContain(escapeHtml(FOOTER_TEXT));
      for (const url of urls) {
        // As a button and again as copyable text.
        expect(countOccurrences(email.html, `href="${escapeHtml(url)}"`)).toBeGreaterThanOrEqual(2);
        expect(email.html).toContain(`>${escapeHtml(url)}</a>`);
        expect(email.text).toContain(url);
      }
      for (const mention of mentions) {
        expect(email.html).toContain(mention);
        expect(email.text).toContain(mention);
      }
      expect(ordinarySpaceMistakes(`${email.subject}\n${email.text}`)).toEqual([]);
    });
  });

  it('escapes markup in props', async () => {
    const email = await renderEmail({ template: 'password-changed', to: 'a@exemple.test', props: { firstName: '<script>alert(1)</script>' } });
    expect(email.html).not.toContain('<script>');
    expect(email.html).toContain('&lt;script&gt;');
  });

  it('keeps a header-injection attempt in a first name harmless', async () => {
    const to = 'victime@exemple.test';
    const email = await renderEmail({
      template: 'reset-password',
      to,
      props: { firstName: 'Ana\r\nBcc: espion@exemple.test\r\n\r\n<b>corps</b>', url: 'https://guichet.exemple.test/r?jeton=1' },
    });
    expect(email.subject).not.toMatch(/[\r\n]/);
    expect(email.text).not.toMatch(/^Bcc:/m);
    expect(email.text).toContain('Bonjour Ana Bcc: espion@exemple.test <b>corps</b>,');

    // What actually goes on the wire: one recipient, no Bcc header.
    const wire = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
    const info = await wire.sendMail({ from: 'Guichet <ne-pas-repondre@guichet.test>', to: assertSingleRecipient(to), ...email });
    expect(info.envelope.to).toEqual([to]);
    const raw = (info.message as Buffer).toString('utf8');
    const headerBlock = raw.slice(0, raw.indexOf('\r\n\r\n'));
    expect(headerBlock).not.toMatch(/^bcc:/im);
    expect(raw).not.toContain('espion@exemple.test\r\n\r\n');
  });

  it('does not accept props of another template', () => {
    // @ts-expect-error reset-password needs a url
    const wrong: EmailMessage = { template: 'reset-password', to: 'a@exemple.test', props: { firstName: 'A', newEmail: 'b@exemple.test' } };
    expect(wrong.template).toBe('reset-password');
  });
});

describe('toSingleLine', () => {
  it('turns every line break and control character into a space', () => {
    expect(toSingleLine('Objet\r\nBcc: x@y')).toBe('Objet Bcc: x@y');
    expect(toSingleLine('a\nb\rc\td\u0000e\u2028f\u0085g')).toBe('a b c d e f g');
    expect(toSingleLine('  Déjà vu — « ok »  ')).toBe('Déjà vu — « ok »');
  });
});

describe('assertSingleRecipient', () => {
  it('accepts one bare address', () => {
    expect(assertSingleRecipient('prenom.nom+tag@exemple.test')).toBe('prenom.nom+tag@exemple.test');
  });

  it.each([
    'a@exemple.test\r\nBcc: x@y',
    'a@exemple.test\nBcc: x@y',
    'a@exemple.test, b@exemple.test',
    'a@exemple.test;b@exemple.test',
    'Nom <a@exemple.test>',
    '"x" a@exemple.test',
    'a@exemple.test ',
    'pas-une-adresse',
    '',
  ])('refuses %j', (to) => {
    expect(() => assertSingleRecipient(to)).toThrow('Adresse de destinataire invalide');
  });
});

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#x27;');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function countOccurrences(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}
