/**
 * Panel pictures and files for download. A panel's PNG is composed from its own drawings: every
 * canvas (heatmaps, thumbnails) and every SVG (axes, points, links), placed where they sit on
 * screen, at `scale` times the CSS size, over the HTML's boxes and under its text (titles,
 * legends, verdicts: exportHtml.ts). SVGs are serialized with their computed styles as
 * presentation attributes, since a standalone SVG image does not see the page's style sheets.
 */
import { drawHtmlBoxes, drawHtmlText } from './exportHtml';

/** Style properties that decide how the playground's SVG drawings look. */
const SVG_STYLE = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'opacity',
  'font-family', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline', 'visibility', 'display',
] as const;

/**
 * Copies the computed styles as SVG presentation attributes (not a style attribute: the page's
 * Content Security Policy forbids inline styles, and presentation attributes are not styles).
 */
function inlineStyles(src: Element, dst: Element): void {
  const cs = getComputedStyle(src);
  dst.removeAttribute('style');
  for (const p of SVG_STYLE) {
    const v = cs.getPropertyValue(p);
    if (v) dst.setAttribute(p, v);
  }
  for (let i = 0; i < src.children.length; i++) inlineStyles(src.children[i]!, dst.children[i]!);
}

function svgImage(svg: SVGSVGElement, w: number, h: number): Promise<HTMLImageElement> {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(w));
  clone.setAttribute('height', String(h));
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(clone)], { type: 'image/svg+xml' }));
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => { URL.revokeObjectURL(url); resolve(img); };
    img.onerror = () => { URL.revokeObjectURL(url); reject(new Error('could not draw the SVG')); };
    img.src = url;
  });
}

/** A PNG of `root`'s canvases and SVGs at `scale` × its CSS size, on white. */
export async function panelToPng(root: HTMLElement, scale = 2): Promise<Blob> {
  const box = root.getBoundingClientRect();
  const out = document.createElement('canvas');
  out.width = Math.max(1, Math.round(box.width * scale));
  out.height = Math.max(1, Math.round(box.height * scale));
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.scale(scale, scale);
  drawHtmlBoxes(ctx, root, box);
  const parts = root.querySelectorAll<HTMLCanvasElement | SVGSVGElement>('canvas, svg');
  for (const el of parts) {
    if (el instanceof SVGSVGElement && el.parentElement?.closest('svg')) continue; // nested: drawn with its parent
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
    const x = r.left - box.left, y = r.top - box.top;
    if (el instanceof HTMLCanvasElement) {
      ctx.globalAlpha = Number(getComputedStyle(el).opacity) || 1;
      ctx.imageSmoothingEnabled = getComputedStyle(el).imageRendering !== 'pixelated';
      ctx.drawImage(el, x, y, r.width, r.height);
      ctx.globalAlpha = 1;
    } else {
      ctx.drawImage(await svgImage(el, r.width, r.height), x, y, r.width, r.height);
    }
  }
  drawHtmlText(ctx, root, box);
  return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
}

/** Offers `blob` as a download named `name`. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Offers text as a download. */
export function downloadText(text: string, name: string, type = 'text/csv'): void {
  download(new Blob([text], { type }), name);
}
