// @vitest-environment happy-dom
/**
 * What a panel's PNG takes from its HTML: the words a reader needs (titles, legends) and the
 * swatches' borders, never a control's words (buttons, labels, a closed details' body). Layout
 * is stubbed (happy-dom has none): every box and every word sits at a known place.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { drawHtmlBoxes, drawHtmlText } from './exportHtml';

const RECT = { left: 10, top: 20, width: 40, height: 10, right: 50, bottom: 30, x: 10, y: 20, toJSON: () => ({}) } as DOMRect;

/** A 2D context that records what is drawn. */
function recorder() {
  const texts: string[] = [];
  const strokes: string[] = [];
  const ctx = {
    fillStyle: '', strokeStyle: '', lineWidth: 1, font: '', textBaseline: '', textAlign: '',
    fillRect: vi.fn(), setLineDash: vi.fn(), beginPath: vi.fn(), moveTo: vi.fn(), lineTo: vi.fn(),
    stroke() { strokes.push(String(ctx.strokeStyle)); },
    fillText(t: string) { texts.push(t); },
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, texts, strokes };
}

describe('panel PNG: the HTML parts', () => {
  let root: HTMLElement;
  beforeEach(() => {
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue(RECT);
    vi.spyOn(Range.prototype, 'getBoundingClientRect').mockReturnValue(RECT);
    vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue([RECT] as unknown as DOMRectList);
    root = document.createElement('section');
    root.innerHTML = `
      <h3>Loss chart</h3>
      <ul><li><span class="swatch" style="border-top: 2px solid rgb(1, 2, 3)"></span>train</li></ul>
      <label><input type="checkbox">Log scale</label>
      <button>PNG</button>
      <details><summary>Numbers</summary><p>inside closed details</p></details>
      <p data-export-skip="">skipped on purpose</p>
      <p style="visibility: hidden">invisible</p>`;
    document.body.append(root);
  });
  afterEach(() => {
    root.remove();
    vi.restoreAllMocks();
  });

  it('draws every visible word and no control\'s words', () => {
    const { ctx, texts } = recorder();
    drawHtmlText(ctx, root, RECT);
    expect(texts).toEqual(['Loss', 'chart', 'train']);
  });

  it('draws a legend swatch\'s border in its colour', () => {
    const { ctx, strokes } = recorder();
    drawHtmlBoxes(ctx, root, RECT);
    expect(strokes).toContain('rgb(1, 2, 3)');
  });

  it('an open details shows its body', () => {
    root.querySelector('details')!.open = true;
    const { ctx, texts } = recorder();
    drawHtmlText(ctx, root, RECT);
    expect(texts).toEqual(['Loss', 'chart', 'train', 'inside', 'closed', 'details']);
  });
});
