import { Body, Button, Container, Head, Heading, Hr, Html, Link, Preview, Section, Text } from '@react-email/components';
import type { CSSProperties, ReactNode } from 'react';

// Shared frame of every Guichet email. Email clients ignore stylesheets, hence inline styles;
// colours match the site (text 18:1, accent 14.9:1 on white) and the body text stays at 16 px.

const colors = { text: '#161616', muted: '#3a3a3a', accent: '#000091', border: '#cecece', bg: '#f6f6f6' };
const fontFamily = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

const styles = {
  body: { margin: 0, padding: '24px 0', backgroundColor: colors.bg, color: colors.text, fontFamily },
  container: { maxWidth: '560px', margin: '0 auto', padding: '32px', backgroundColor: '#ffffff', border: `1px solid ${colors.border}` },
  brand: { margin: '0 0 24px', fontSize: '14px', fontWeight: 700, color: colors.accent, letterSpacing: '0.02em' },
  heading: { margin: '0 0 24px', fontSize: '24px', lineHeight: 1.25, color: colors.text },
  paragraph: { margin: '0 0 16px', fontSize: '16px', lineHeight: 1.6, color: colors.text },
  quote: {
    margin: '0 0 16px',
    padding: '4px 0 4px 16px',
    borderLeft: `4px solid ${colors.accent}`,
    fontSize: '16px',
    lineHeight: 1.6,
    whiteSpace: 'pre-line' as const,
  },
  button: {
    display: 'inline-block',
    padding: '12px 20px',
    backgroundColor: colors.accent,
    color: '#ffffff',
    fontSize: '16px',
    fontWeight: 700,
    textDecoration: 'none',
    borderRadius: '4px',
  },
  hint: { margin: '16px 0 4px', fontSize: '14px', lineHeight: 1.5, color: colors.muted },
  rawUrl: { margin: '0 0 24px', fontSize: '14px', lineHeight: 1.5, wordBreak: 'break-all' as const },
  link: { color: colors.accent, textDecoration: 'underline' },
  rule: { margin: '32px 0 16px', borderColor: colors.border },
  footer: { margin: 0, fontSize: '13px', lineHeight: 1.5, color: colors.muted },
} satisfies Record<string, CSSProperties>;

export const FOOTER_TEXT = 'Guichet — Conseil départemental. Ce courriel est envoyé automatiquement, merci de ne pas y répondre.';

type EmailLayoutProps = {
  title: string;
  preview: string;
  children: ReactNode;
};

export function EmailLayout({ title, preview, children }: EmailLayoutProps) {
  return (
    <Html lang="fr" dir="ltr">
      <Head>
        <title>{title}</title>
        <meta name="color-scheme" content="light" />
        <meta name="supported-color-schemes" content="light" />
      </Head>
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={styles.brand}>Guichet — Conseil départemental</Text>
          <Heading as="h1" style={styles.heading}>
            {title}
          </Heading>
          {children}
          <Hr style={styles.rule} />
          <Text style={styles.footer}>{FOOTER_TEXT}</Text>
        </Container>
      </Body>
    </Html>
  );
}

export function Paragraph({ children }: { children: ReactNode }) {
  return <Text style={styles.paragraph}>{children}</Text>;
}

/** Someone's own words (a request, a motif), kept with their line breaks. */
export function Quote({ children }: { children: ReactNode }) {
  return <Text style={styles.quote}>{children}</Text>;
}

export function Greeting({ firstName }: { firstName: string }) {
  return <Paragraph>{`Bonjour ${firstName},`}</Paragraph>;
}

/** The address again as text: some clients strip buttons, and people who copy links by hand need the full URL. */
export function EmailAction({ href, label }: { href: string; label: string }) {
  return (
    <Section>
      <Button href={href} style={styles.button}>
        {label}
      </Button>
      {/* The plain-text version already shows the address next to the label. */}
      <Section data-skip-in-text="true">
        <Text style={styles.hint}>Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur :</Text>
        <Text style={styles.rawUrl}>
          <Link href={href} style={styles.link}>
            {href}
          </Link>
        </Text>
      </Section>
    </Section>
  );
}

export function Strong({ children }: { children: ReactNode }) {
  return <strong style={{ fontWeight: 700 }}>{children}</strong>;
}
