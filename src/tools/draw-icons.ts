import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { projectRoot } from '../knowledge/paths';

/**
 * The two app icons, drawn from code so they can be redrawn in another accent colour
 * (`npm run icons`; the PNGs are committed). The glyph is a speech bubble with a rising bar chart:
 * a chat about figures. Following Teams' icon guidance, the colour icon is a full-bleed square (Teams
 * rounds the corners or crops a hexagon itself) with the glyph inside the central 96×96, and the
 * outline icon is the glyph alone, white on transparent, filling its 32×32.
 */

type Point = [number, number];

/** Is the point (in the glyph's unit square, y downwards) white? */
function inGlyph(x: number, y: number): boolean {
  return (inRoundedRect(x, y, 0, 0.06, 1, 0.76, 0.16) || inTriangle([x, y], [0.2, 0.7], [0.14, 0.97], [0.46, 0.74])) && !inBars(x, y);
}

/** Three rising bars cut out of the bubble. */
function inBars(x: number, y: number): boolean {
  const bars: [number, number, number][] = [
    [0.2, 0.33, 0.46],
    [0.435, 0.565, 0.33],
    [0.67, 0.8, 0.2],
  ];
  return bars.some(([left, right, top]) => x >= left && x < right && y >= top && y < 0.63);
}

function inRoundedRect(x: number, y: number, left: number, top: number, right: number, bottom: number, radius: number): boolean {
  if (x < left || x >= right || y < top || y >= bottom) return false;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function inTriangle(p: Point, a: Point, b: Point, c: Point): boolean {
  const side = (u: Point, v: Point): number => (p[0] - v[0]) * (u[1] - v[1]) - (u[0] - v[0]) * (p[1] - v[1]);
  const d1 = side(a, b);
  const d2 = side(b, c);
  const d3 = side(c, a);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
}

const SAMPLES = 4;

/** Share of the pixel (px, py) covered by the glyph drawn into the square at `offset` with side `size`, from 4×4 samples. */
function coverage(px: number, py: number, offset: number, size: number): number {
  let hits = 0;
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const x = (px + (sx + 0.5) / SAMPLES - offset) / size;
      const y = (py + (sy + 0.5) / SAMPLES - offset) / size;
      if (inGlyph(x, y)) hits++;
    }
  }
  return hits / (SAMPLES * SAMPLES);
}

function parseHexColor(hex: string): [number, number, number] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`[icons] accent colour must be #RRGGBB, got "${hex}"`);
  return [parseInt(match[1] ?? '', 16), parseInt(match[2] ?? '', 16), parseInt(match[3] ?? '', 16)];
}

function drawPng(size: number, paint: (x: number, y: number) => [number, number, number, number]): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      png.data.set(paint(x, y), (y * size + x) * 4);
    }
  }
  return PNG.sync.write(png);
}

/** 192×192, opaque: the accent colour with the white glyph in the central 96×96. */
export function drawColorIcon(accentColor: string): Buffer {
  const accent = parseHexColor(accentColor);
  return drawPng(192, (x, y) => {
    const c = coverage(x, y, 48, 96);
    const mix = (channel: number): number => Math.round(channel + (255 - channel) * c);
    return [mix(accent[0]), mix(accent[1]), mix(accent[2]), 255];
  });
}

/** 32×32: the glyph in white, its edges in partial alpha, everything else fully transparent. */
export function drawOutlineIcon(): Buffer {
  return drawPng(32, (x, y) => {
    const alpha = Math.round(255 * coverage(x, y, 0, 32));
    return alpha === 0 ? [0, 0, 0, 0] : [255, 255, 255, alpha];
  });
}

/** The accent colour is read from the manifest template, so icon and manifest agree. */
export function accentColorOf(manifestTemplate: string): string {
  const { accentColor } = JSON.parse(manifestTemplate) as { accentColor?: unknown };
  if (typeof accentColor !== 'string') throw new Error('[icons] manifest.json has no accentColor');
  return accentColor;
}

if (require.main === module) {
  const dir = join(projectRoot(), 'manifest');
  writeFileSync(join(dir, 'color.png'), drawColorIcon(accentColorOf(readFileSync(join(dir, 'manifest.json'), 'utf8'))));
  writeFileSync(join(dir, 'outline.png'), drawOutlineIcon());
  console.log(`[icons] wrote ${join(dir, 'color.png')} and ${join(dir, 'outline.png')}`);
}
