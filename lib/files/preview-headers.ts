// Replaces the site's framing ban (next.config.ts) so that our own pages, and only they, can show
// the file. PDFs get no `sandbox`: with it (or `allow-scripts`) Chromium's PDF viewer shows an empty
// frame, and only `allow-same-origin` on top shows the PDF, which voids the sandbox. The PDFs were
// checked at upload (lib/files/check-pdf.ts), the viewer runs in its own process, and the CSP
// still forbids scripts, plugins and forms of the document itself.

export const PREVIEWABLE_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'] as const;

export function isPreviewable(mime: string): boolean {
  return (PREVIEWABLE_TYPES as readonly string[]).includes(mime);
}

export function previewHeaders(mime: string): Record<string, string> {
  const policy = ["default-src 'none'", "img-src 'self'", "style-src 'unsafe-inline'", "frame-ancestors 'self'", "base-uri 'none'", "form-action 'none'"];
  if (mime !== 'application/pdf') policy.push('sandbox');
  return {
    'Content-Security-Policy': policy.join('; '),
    'X-Frame-Options': 'SAMEORIGIN',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}

export function filePreviewPath(fileId: string): string {
  return `/api/fichiers/${fileId}/apercu`;
}
