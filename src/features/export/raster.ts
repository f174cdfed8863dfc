/**
 * SVG -> PNG: the composed SVG (with its embedded font) is loaded as an <img> from a blob: URL and drawn onto a
 * canvas at `scale` device pixels per CSS pixel. The canvas size is checked before drawing: against the limits
 * browsers document, then by a probe that the canvas really holds pixels (small devices fail earlier).
 */
import { ExportError } from './export-error';

/** Chrome and Firefox on desktop: at most 32,767 px a side and 268 megapixels; we stay well inside. */
export const MAX_CANVAS_SIDE = 16_384;
export const MAX_CANVAS_AREA = 16_384 * 16_384;

export function pngSize(
  size: { width: number; height: number },
  scale: number,
): { width: number; height: number } {
  return { width: Math.round(size.width * scale), height: Math.round(size.height * scale) };
}

export function withinCanvasLimits(size: { width: number; height: number }): boolean {
  return (
    size.width > 0 &&
    size.height > 0 &&
    size.width <= MAX_CANVAS_SIDE &&
    size.height <= MAX_CANVAS_SIDE &&
    size.width * size.height <= MAX_CANVAS_AREA
  );
}

/** A canvas of that size that really holds pixels, or null: a browser over its limit gives a dead canvas. */
function usableCanvas(size: {
  width: number;
  height: number;
}): { canvas: HTMLCanvasElement; ctx: CanvasRenderingContext2D } | null {
  if (!withinCanvasLimits(size)) return null;
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const ctx = canvas.getContext('2d');
  if (!ctx || canvas.width !== size.width || canvas.height !== size.height) return null;
  try {
    ctx.fillStyle = '#010203';
    ctx.fillRect(size.width - 1, size.height - 1, 1, 1);
    const [r, g, b, a] = ctx.getImageData(size.width - 1, size.height - 1, 1, 1).data;
    if (r !== 1 || g !== 2 || b !== 3 || a !== 255) return null;
  } catch {
    return null;
  }
  return { canvas, ctx };
}

async function loadImage(url: string): Promise<HTMLImageElement> {
  const img = new Image();
  img.decoding = 'sync';
  img.src = url;
  try {
    await img.decode();
  } catch {
    throw new ExportError('canvas', 'the SVG could not be decoded as an image');
  }
  return img;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Waits until the image draws the same twice. An SVG image loads its @font-face files on its own, after
 * decode() has resolved: drawn too early, its text is missing (the font's block period). The caller has already
 * loaded the same data: URLs into the page, which in Chromium makes them ready at once; this check, on a small
 * canvas, covers the browsers where it does not.
 */
async function settle(img: HTMLImageElement, size: { width: number; height: number }): Promise<void> {
  const scale = Math.min(1, 800 / Math.max(size.width, size.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(size.width * scale));
  canvas.height = Math.max(1, Math.round(size.height * scale));
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return;
  const snapshot = () => {
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return ctx.getImageData(0, 0, canvas.width, canvas.height).data;
  };
  const same = (a: Uint8ClampedArray, b: Uint8ClampedArray) => a.every((v, i) => v === b[i]);
  let previous = snapshot();
  for (let attempt = 1; attempt <= 8; attempt += 1) {
    await pause(50 * attempt);
    const next = snapshot();
    if (same(previous, next)) return;
    previous = next;
  }
}

/** Draws the SVG (whose width and height are already the pixel size) on `background` and encodes a PNG. */
export async function svgToPng(
  svgText: string,
  size: { width: number; height: number },
  background: string,
  dpi: number,
): Promise<Blob> {
  const target = usableCanvas(size);
  if (!target) throw new ExportError('tooLarge', `${size.width}×${size.height}`);
  const { canvas, ctx } = target;
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = await loadImage(url);
    await settle(img, size);
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, size.width, size.height);
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(img, 0, 0, size.width, size.height);
  } finally {
    URL.revokeObjectURL(url);
  }
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  // Let the browser free the pixels now rather than when the canvas is collected.
  canvas.width = 0;
  canvas.height = 0;
  if (!blob) throw new ExportError('canvas', 'the browser returned no PNG');
  return new Blob([withPngDpi(new Uint8Array(await blob.arrayBuffer()), dpi)], { type: 'image/png' });
}

/* ---------- PNG resolution: a pHYs chunk, so that a 2× image pastes into a document at its CSS size. ---------- */

const crcTable = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (crcTable[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const PNG_SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

/**
 * The PNG with a pHYs chunk saying `dpi` (pixels per inch, stored per metre) right after IHDR, replacing any pHYs
 * the encoder wrote. Bytes that are not a PNG are returned unchanged.
 */
export function withPngDpi(png: Uint8Array<ArrayBuffer>, dpi: number): Uint8Array<ArrayBuffer> {
  if (png.length < 33 || PNG_SIGNATURE.some((b, i) => png[i] !== b)) return png;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const ihdrEnd = 8 + 12 + view.getUint32(8);
  const ppm = Math.round(dpi / 0.0254);
  const chunk = new Uint8Array(21);
  const cv = new DataView(chunk.buffer);
  cv.setUint32(0, 9);
  chunk.set([0x70, 0x48, 0x59, 0x73], 4); // "pHYs"
  cv.setUint32(8, ppm);
  cv.setUint32(12, ppm);
  chunk[16] = 1; // unit: metre
  cv.setUint32(17, crc32(chunk.subarray(4, 17)));
  // Copy the other chunks, leaving out an existing pHYs.
  const parts: Uint8Array[] = [png.subarray(0, ihdrEnd), chunk];
  for (let at = ihdrEnd; at + 12 <= png.length;) {
    const length = view.getUint32(at);
    const end = at + 12 + length;
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    if (type !== 'pHYs') parts.push(png.subarray(at, end));
    at = end;
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}
