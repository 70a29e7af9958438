/** The shop's front page, rendered at the edge nearest the shopper. */
export default function Home({ region }) {
  return (
    <main data-region={region}>
      <h1>ACME shop</h1>
    </main>
  );
}

export function getServerSideProps() {
  return { props: { region: process.env.AWS_REGION ?? 'local' } };
}
