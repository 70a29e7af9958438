/** The product editor's shell: category tree on the left, product form on the right. */
export function App() {
  return (
    <main>
      <h1>Catalog admin</h1>
      <p>Pick a category to edit its products and prices.</p>
    </main>
  );
}
