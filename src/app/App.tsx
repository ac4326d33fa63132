/** Placeholder shell; the real panels replace this. */
export function App() {
  return (
    <main className="app">
      <header className="app-header">
        <h1>Backprop Playground</h1>
        <p>Watch a small neural network learn, one gradient step at a time.</p>
      </header>
    </main>
  );
}
