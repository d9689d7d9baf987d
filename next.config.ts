import path from 'node:path';
import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants';
import { contentSecurityPolicy } from './lib/security/content-security-policy';

// The security headers every response carries (docs/security.md §1 checks 23 to 26). The signed-in
// areas get their CSP, with a nonce, from proxy.ts.
const noStore = [{ key: 'Cache-Control', value: 'private, no-cache, no-store, max-age=0, must-revalidate' }];

export default function config(phase: string): NextConfig {
  return {
    poweredByHeader: false,
    reactStrictMode: true,
    experimental: { authInterrupts: true },
    // The types are checked by `npm run typecheck` (CI runs it before the tests), not by every
    // build: a first `npm start` would wait for it, a third of the build on the 2-core machine
    // (docs/decisions/032-throttled-actions-worker-memory.md, « Démarrage »).
    typescript: { ignoreBuildErrors: true },
    // Emails are rendered inside server actions (the react-server layer, where react-dom/server is
    // refused): load React Email with Node's own resolution instead of bundling it.
    serverExternalPackages: ['@react-email/render', '@react-email/components'],
    // Rendered public pages and their data: in memory, bounded, expired on every instance when a
    // démarche changes in the database (docs/decisions/025-public-pages-cache.md).
    cacheHandler: path.join(process.cwd(), 'lib/cache/public-cache-handler.mjs'),
    cacheMaxMemorySize: 0,
    // The cached home page lives under /accueil/courante (decision 009), the cached catalogue under
    // /catalogue/<key>: without a search here, with one through proxy.ts (decision 025).
    async rewrites() {
      return {
        beforeFiles: [
          { source: '/', destination: '/accueil/courante' },
          {
            source: '/demarches',
            missing: ['recherche', 'public', 'page'].map((key) => ({ type: 'query' as const, key })),
            destination: '/catalogue/toutes',
          },
          // A search alone, without the characters a key would read as separators: its key written
          // here, without the proxy's cost (lib/procedures/catalogue-key.ts reads both).
          {
            source: '/demarches',
            has: [{ type: 'query', key: 'recherche', value: '(?<recherche>[^&=+%]{1,200})' }],
            missing: ['public', 'page'].map((key) => ({ type: 'query' as const, key })),
            destination: '/catalogue/recherche=:recherche',
          },
        ],
        afterFiles: [],
        fallback: [],
      };
    },
    async headers() {
      return [
        {
          source: '/:path*',
          headers: [
            { key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' },
            { key: 'X-Content-Type-Options', value: 'nosniff' },
            { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
            { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
            { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
          ],
        },
        // Framing and CSP: everywhere but the inline preview of a file (/api/fichiers/[id]/apercu),
        // which sets its own (lib/files/preview-headers.ts: framed by our own pages only), and the
        // signed-in areas, whose CSP has a nonce (proxy.ts).
        {
          source: '/((?!api/fichiers/[^/]+/apercu$).*)',
          headers: [{ key: 'X-Frame-Options', value: 'DENY' }],
        },
        {
          source: '/((?!api/fichiers/[^/]+/apercu$|mon-compte$|mon-compte/|instruction$|instruction/).*)',
          headers: [{ key: 'Content-Security-Policy', value: contentSecurityPolicy({ dev: phase === PHASE_DEVELOPMENT_SERVER }) }],
        },
        ...['/demarches/:slug/deposer', '/mon-compte/:path*', '/mon-compte', '/instruction/:path*', '/instruction', '/api/:path*', '/dev/:path*'].map(
          (source) => ({ source, headers: noStore }),
        ),
      ];
    },
  };
}
