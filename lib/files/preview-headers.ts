// Headers of an inline preview (GET /api/fichiers/[id]/apercu). The site's global headers
// (next.config.ts) forbid framing (frame-ancestors 'none', X-Frame-Options DENY); this response
// replaces them so that our own pages, and only they, can show the file.
// - Images: a sandboxed document that may load nothing but itself.
// - PDFs: no `sandbox`. Checked in Chromium (2026-11-29): with `sandbox` or `sandbox allow-scripts`
//   its PDF viewer shows an empty frame; only adding `allow-same-origin` shows the PDF, and that
//   pair voids the sandbox. The PDFs were checked at upload (no JavaScript, no launch action, no
//   encryption: lib/files/check-pdf.ts) and the viewer runs in its own process; the CSP still
//   forbids scripts, plugins and forms of the document itself.

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
