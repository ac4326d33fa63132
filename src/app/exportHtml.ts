/**
 * The HTML parts of a panel for its PNG: titles, legends, verdicts and captions are HTML, not
 * SVG, and a picture without its title and key says little. This draws what a reader needs
 * from them, where they sit on screen: each element's background and borders (legend swatches
 * are borders), then every word of visible text in its computed font and colour. Controls
 * (buttons, selects, inputs, labels, a control's output, a details' summary) are left out: a
 * picture has nothing to click. It is a faithful sketch, not a browser: no rounded corners or shadows.
 */

/** Elements left out with everything inside them. */
const SKIP = 'button, select, input, textarea, label, output[for], summary, script, style, svg, canvas, [data-export-skip]';

const transparent = (c: string) => c === '' || c === 'transparent' || /rgba\(.*,\s*0\)$/.test(c);

/** Visible in the picture: rendered, not hidden, not a control and not inside one. */
function shown(el: Element): boolean {
  if (el.closest(SKIP)) return false;
  // A closed details' body still has boxes in Chromium, though nothing of it shows.
  const details = el.closest('details');
  if (details && !details.open) return false;
  const cs = getComputedStyle(el);
  return cs.visibility !== 'hidden' && cs.display !== 'none' && cs.opacity !== '0';
}

const SIDES = [['Top', 0, 0, 1, 0], ['Right', 1, 0, 1, 1], ['Bottom', 0, 1, 1, 1], ['Left', 0, 0, 0, 1]] as const;

/** Backgrounds and borders of `root`'s visible elements, in document order (parents under children). */
export function drawHtmlBoxes(ctx: CanvasRenderingContext2D, root: HTMLElement, box: DOMRect): void {
  for (const el of [root, ...root.querySelectorAll('*')]) {
    if (!(el instanceof HTMLElement) || !shown(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    const cs = getComputedStyle(el);
    const x = r.left - box.left, y = r.top - box.top;
    if (!transparent(cs.backgroundColor) && el !== root) {
      ctx.fillStyle = cs.backgroundColor;
      ctx.fillRect(x, y, r.width, r.height);
    }
    for (const [side, x0, y0, x1, y1] of SIDES) {
      const w = parseFloat(cs.getPropertyValue(`border-${side.toLowerCase()}-width`));
      const style = cs.getPropertyValue(`border-${side.toLowerCase()}-style`);
      const color = cs.getPropertyValue(`border-${side.toLowerCase()}-color`);
      if (!(w > 0) || style === 'none' || style === 'hidden' || transparent(color)) continue;
      ctx.strokeStyle = color;
      ctx.lineWidth = w;
      ctx.setLineDash(style === 'dashed' ? [3 * w, 2 * w] : style === 'dotted' ? [w, w] : []);
      // Inset by half the width, so the line covers the border's own pixels.
      const ix = x0 === x1 ? (x0 ? -w / 2 : w / 2) : 0, iy = y0 === y1 ? (y0 ? -w / 2 : w / 2) : 0;
      ctx.beginPath();
      ctx.moveTo(x + x0 * r.width + ix, y + y0 * r.height + iy);
      ctx.lineTo(x + x1 * r.width + ix, y + y1 * r.height + iy);
      ctx.stroke();
    }
  }
  ctx.setLineDash([]);
}

/** Every visible word of text under `root`, at its own place on screen (wrapped lines stay wrapped). */
export function drawHtmlText(ctx: CanvasRenderingContext2D, root: HTMLElement, box: DOMRect): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    const text = node.textContent ?? '';
    if (!parent || text.trim() === '' || !shown(parent)) continue;
    const cs = getComputedStyle(parent);
    ctx.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
    ctx.fillStyle = cs.color;
    const upper = cs.textTransform === 'uppercase';
    const draw = (word: string, r: DOMRect) => ctx.fillText(upper ? word.toUpperCase() : word, r.left - box.left, r.top - box.top + r.height / 2);
    for (const m of text.matchAll(/\S+/g)) {
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const rects = range.getClientRects();
      if (rects.length === 0 || rects[0]!.width === 0) continue;
      if (rects.length === 1) {
        draw(m[0], rects[0]!);
        continue;
      }
      // The word wraps (Korean breaks between syllables): each character at its own place.
      let at = m.index;
      for (const ch of m[0]) {
        range.setStart(node, at);
        range.setEnd(node, at + ch.length);
        at += ch.length;
        const r = range.getBoundingClientRect();
        if (r.width > 0) draw(ch, r);
      }
    }
  }
  range.detach();
}
