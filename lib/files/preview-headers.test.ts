import { describe, expect, it } from 'vitest';
import { isPreviewable, previewHeaders } from './preview-headers';

describe('previewHeaders', () => {
  it('lets only our own pages frame the file, and sandboxes images', () => {
    const image = previewHeaders('image/png');
    expect(image['Content-Security-Policy']).toContain("frame-ancestors 'self'");
    expect(image['Content-Security-Policy']).toContain("default-src 'none'");
    expect(image['Content-Security-Policy']).toMatch(/(^|; )sandbox($|;)/);
    expect(image['X-Frame-Options']).toBe('SAMEORIGIN');
  });

  it('does not sandbox a PDF (Chromium would not show it) but forbids everything else', () => {
    const pdf = previewHeaders('application/pdf');
    expect(pdf['Content-Security-Policy']).not.toContain('sandbox');
    expect(pdf['Content-Security-Policy']).toContain("frame-ancestors 'self'");
    expect(pdf['Content-Security-Policy']).not.toContain('script-src');
  });

  it('previews only the checked types', () => {
    expect(['application/pdf', 'image/png', 'image/jpeg', 'image/webp'].every(isPreviewable)).toBe(true);
    expect(isPreviewable('text/html')).toBe(false);
    expect(isPreviewable('image/svg+xml')).toBe(false);
  });
});
