export default function Page() {
  return (
    <main>
      <h1>Page de référence</h1>
      <p>Une page statique servie par Next.js, pour comparer l’accueil du Guichet.</p>
    </main>
  );
}
