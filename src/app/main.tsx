import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App, bootStore } from './App';
import { ErrorBoundary } from './ErrorBoundary';
import './app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html is missing <div id="root">');

// Before the first render: the worker loads and builds while React draws the page.
const boot = bootStore();

// As a transition, React renders the first screen in short slices and the main thread answers
// the browser in between: the worker's start needs a few main-thread turns, so it no longer
// waits for the whole first render (about 150 ms later on a loaded machine).
startTransition(() => {
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        <App boot={boot} />
      </ErrorBoundary>
    </StrictMode>,
  );
});
