import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { projectRoot } from '../../src/knowledge/paths';
import { iconErrors } from '../../src/tools/app-package';
import { accentColorOf, drawColorIcon, drawOutlineIcon } from '../../src/tools/draw-icons';

const manifestDir = join(projectRoot(), 'manifest');
const colorPng = readFileSync(join(manifestDir, 'color.png'));
const outlinePng = readFileSync(join(manifestDir, 'outline.png'));
const color = PNG.sync.read(colorPng);
const outline = PNG.sync.read(outlinePng);
const accentColor = accentColorOf(readFileSync(join(manifestDir, 'manifest.json'), 'utf8'));
const accent = [1, 3, 5].map((i) => parseInt(accentColor.slice(i, i + 2), 16));

function pixel(png: PNG, x: number, y: number): number[] {
  const i = (y * png.width + x) * 4;
  return [...png.data.subarray(i, i + 4)];
}

function pixels(png: PNG): { x: number; y: number; rgba: number[] }[] {
  const all: { x: number; y: number; rgba: number[] }[] = [];
  for (let y = 0; y < png.height; y++) for (let x = 0; x < png.width; x++) all.push({ x, y, rgba: pixel(png, x, y) });
  return all;
}

describe('color.png', () => {
  it('is 192×192 and fully opaque', () => {
    expect([color.width, color.height]).toEqual([192, 192]);
    expect(pixels(color).filter((p) => p.rgba[3] !== 255)).toEqual([]);
  });

  it('is full colour: a square in the manifest accent colour, corners included (Teams rounds them)', () => {
    for (const [x, y] of [[0, 0], [191, 0], [0, 191], [191, 191], [96, 20]] as const) expect(pixel(color, x, y)).toEqual([...accent, 255]);
  });

  it('keeps its white glyph inside the central 96×96, so Teams can crop it to a hexagon', () => {
    const glyph = pixels(color).filter((p) => p.rgba.slice(0, 3).join() !== accent.join());
    expect(glyph.length).toBeGreaterThan(2000);
    expect(glyph.filter((p) => p.x < 48 || p.x >= 144 || p.y < 48 || p.y >= 144)).toEqual([]);
    expect(glyph.some((p) => p.rgba.join() === '255,255,255,255')).toBe(true);
  });
});

describe('outline.png', () => {
  it('is 32×32', () => {
    expect([outline.width, outline.height]).toEqual([32, 32]);
  });

  it('is white on transparent: every pixel fully transparent or white with some alpha', () => {
    const other = pixels(outline).filter((p) => p.rgba[3] !== 0 && p.rgba.slice(0, 3).join() !== '255,255,255');
    expect(other).toEqual([]);
    const white = pixels(outline).filter((p) => p.rgba[3] === 255);
    const transparent = pixels(outline).filter((p) => p.rgba[3] === 0);
    expect(white.length).toBeGreaterThan(300);
    expect(transparent.length).toBeGreaterThan(100);
  });

  it('fills its frame without padding, as Teams asks', () => {
    const visible = pixels(outline).filter((p) => p.rgba[3] !== 0);
    expect(Math.min(...visible.map((p) => p.x))).toBe(0);
    expect(Math.max(...visible.map((p) => p.x))).toBe(31);
  });
});

describe('the icon files', () => {
  it('are what src/tools/draw-icons.ts draws (npm run icons)', () => {
    expect(PNG.sync.read(drawColorIcon(accentColor)).data.equals(color.data)).toBe(true);
    expect(PNG.sync.read(drawOutlineIcon()).data.equals(outline.data)).toBe(true);
  });

  it('pass the checks npm run package makes', () => {
    expect(iconErrors(colorPng, outlinePng)).toEqual([]);
  });

  it('fail those checks when swapped or coloured', () => {
    expect(iconErrors(outlinePng, colorPng)).toEqual(['color.png must be 192×192, is 32×32', 'outline.png must be 32×32, is 192×192', expect.stringMatching(/^outline\.png must be white on transparent; pixel 0,0 is rgba\(/)]);
  });
});
