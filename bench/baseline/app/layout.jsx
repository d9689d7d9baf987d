// The benchmark's baseline (docs/decisions/015-benchmark.md): a minimal Next.js app of the same
// version, one static page, served like the product. Built with `next build bench/baseline`.
export const metadata = { title: 'Référence' };

export default function RootLayout({ children }) {
  return (
    <html lang="fr">
      <body>{children}</body>
    </html>
  );
}
