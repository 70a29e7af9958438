export default function Home() {
  return (
    <main>
      <h1>ACME</h1>
      <p>Everything you need, delivered tomorrow.</p>
    </main>
  );
}
