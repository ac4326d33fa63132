import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App, bootStore } from './App';
import { ErrorBoundary } from './ErrorBoundary';
import { browserLang, hasLang, loadLang } from '../i18n';
import { linkLang } from '../store/url';
import './app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html is missing <div id="root">');

function start() {
  // Before the first render: the worker loads and builds while React draws the page.
  const boot = bootStore();

  // As a transition, React renders the first screen in short slices and the main thread answers
  // the browser in between: the worker's start needs a few main-thread turns, so it no longer
  // waits for the whole first render (about 150 ms later on a loaded machine).
  startTransition(() => {
    createRoot(root!).render(
      <StrictMode>
        <ErrorBoundary>
          <App boot={boot} />
        </ErrorBoundary>
      </StrictMode>,
    );
  });
}

// Only English is bundled: a page opening in another language fetches its strings first, so
// it never flashes English (nor words a link's notices in it). If the fetch fails it opens in
// English, which the switch can retry.
const opening = linkLang(location.hash) ?? browserLang();
if (hasLang(opening)) start();
else void loadLang(opening).catch(() => undefined).finally(start);
