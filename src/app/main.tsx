import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBoundary } from './ErrorBoundary';
import { browserLang, loadLang } from '../i18n';
import { linkLang } from '../store/url';
import './app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html is missing <div id="root">');

const render = () =>
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        <App />
      </ErrorBoundary>
    </StrictMode>,
  );

// Only English is bundled: a page opening in another language fetches its strings first, so
// it never flashes English (nor words a link's notices in it). If the fetch fails it opens in
// English, which the switch can retry.
loadLang(linkLang(location.hash) ?? browserLang()).catch(() => undefined).finally(render);
