import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { projectRoot } from '../knowledge/paths';

/**
 * Draws the two app icons (run once, output committed): a full-bleed square in
 * the accent colour with a white bar chart for the colour icon (Teams rounds it), and the same bar
 * chart in white on transparent for the outline icon.
 */
type Paint = (x: number, y: number) => [number, number, number, number];

function draw(size: number, paint: Paint): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = paint(x, y);
      const i = (y * size + x) * 4;
      png.data[i] = r;
      png.data[i + 1] = g;
      png.data[i + 2] = b;
      png.data[i + 3] = a;
    }
  }
  return PNG.sync.write(png);
}

/** Three bars of rising height, in a unit square. */
function inBars(u: number, v: number): boolean {
  const bars: [number, number, number][] = [[0.22, 0.36, 0.55], [0.43, 0.57, 0.38], [0.64, 0.78, 0.22]];
  return bars.some(([x0, x1, top]) => u >= x0 && u < x1 && v >= top && v < 0.78) || (v >= 0.8 && v < 0.84 && u >= 0.18 && u < 0.82);
}

const WHITE: [number, number, number, number] = [255, 255, 255, 255];
const ACCENT: [number, number, number, number] = [0x0b, 0x5c, 0xab, 255];
const CLEAR: [number, number, number, number] = [0, 0, 0, 0];

const dir = join(projectRoot(), 'manifest');
writeFileSync(join(dir, 'color.png'), draw(192, (x, y) => {
  const u = (x + 0.5) / 192;
  const v = (y + 0.5) / 192;
  return inBars(u, v) ? WHITE : ACCENT;
}));
writeFileSync(join(dir, 'outline.png'), draw(32, (x, y) => (inBars((x + 0.5) / 32, (y + 0.5) / 32) ? WHITE : CLEAR)));
console.log(`[icons] wrote ${dir}/color.png and outline.png`);
