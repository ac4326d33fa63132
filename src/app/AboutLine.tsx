/**
 * The page's small print: which kernels the worker trains with, WebAssembly SIMD or the
 * TypeScript fallback (chosen once when the worker starts; see core/kernels/backend.ts).
 */
import { useApp } from './StoreContext';
import { useT } from '../i18n';
import type { AppState } from '../store/types';

const selKernel = (s: AppState) => s.models[0]?.info.kernel ?? null;

export function AboutLine() {
  const t = useT();
  const kernel = useApp(selKernel);
  if (!kernel) return null;
  return (
    <footer className="app-about" data-testid="about-line" data-kernel={kernel}>
      {t('app.about.kernels', { kernels: t(`app.about.${kernel}`) })}
    </footer>
  );
}
