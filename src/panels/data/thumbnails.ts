/**
 * Dataset thumbnails drawn from the real generators, so a thumbnail can never disagree with
 * the data it picks. Each dataset is generated once per page with a fixed seed.
 */
import { CONTINUOUS, makeDataset, REGRESSION, TRUTH_TABLES, type Dataset, type DatasetName } from '../../core/datasets';
import { CLASS_COLORS, divergingColor, MISSING_COLOR } from '../../viz/colors';

/** Picker groups in display order: the truth tables a learner starts with come first. */
/** `id` names the group's title in the i18n resource (data.group.<id>). */
export const DATASET_GROUPS: readonly { id: 'truth' | 'patterns' | 'regression'; names: readonly DatasetName[] }[] = [
  { id: 'truth', names: TRUTH_TABLES },
  { id: 'patterns', names: CONTINUOUS },
  { id: 'regression', names: REGRESSION },
];

const THUMB_SEED = 7;
const cache = new Map<DatasetName, Dataset>();

/** The dataset a thumbnail shows (generated on first use, then cached). */
export function thumbData(name: DatasetName): Dataset {
  let d = cache.get(name);
  if (!d) {
    d = makeDataset(name, { points: 240, noise: 0.05, split: 1 }, THUMB_SEED);
    cache.set(name, d);
  }
  return d;
}

/** Draws the dataset's points into a `size` x `size` canvas context (device pixels). */
export function drawThumb(ctx: CanvasRenderingContext2D, d: Dataset, size: number): void {
  const [x0, x1, y0, y1] = d.extent;
  const sx = (v: number) => ((v - x0) / (x1 - x0)) * size;
  const sy = (v: number) => ((y1 - v) / (y1 - y0)) * size;
  ctx.clearRect(0, 0, size, size);
  ctx.fillStyle = '#fbfbf9';
  ctx.fillRect(0, 0, size, size);
  const s = d.train;
  const truth = s.n === 4 && d.classes === 2 && d.extent[1] - d.extent[0] <= 3;
  const r = truth ? size * 0.11 : Math.max(1.2, size / 50);
  ctx.lineWidth = truth ? Math.max(1, size / 40) : 0;
  ctx.strokeStyle = '#fff';
  for (let i = 0; i < s.n; i++) {
    const v = s.y[i]!;
    ctx.fillStyle = d.classes === 0 ? divergingColor(v, [-1, 1]) : (CLASS_COLORS[v] ?? MISSING_COLOR);
    ctx.beginPath();
    ctx.arc(sx(s.x[2 * i]!), sy(s.x[2 * i + 1]!), r, 0, 2 * Math.PI);
    ctx.fill();
    if (truth) ctx.stroke();
  }
}
