import { Component, type ReactNode } from 'react';
import { t } from '../i18n';

interface Props {
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/**
 * Catches render errors so a bug shows a message and a way out, not a blank page.
 * React 19 already logs caught errors to the console, so no componentDidCatch here.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div role="alert" className="error-boundary">
        <h1>{t('app.errorBoundary.title')}</h1>
        <p>{t('app.errorBoundary.body')}</p>
        <pre>{error.message}</pre>
        <button type="button" onClick={() => window.location.reload()}>
          {t('app.errorBoundary.reload')}
        </button>
      </div>
    );
  }
}
