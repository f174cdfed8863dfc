import { crc32, MAX_CANVAS_SIDE, pngSize, withinCanvasLimits, withPngDpi } from './raster';

// A 1×1 PNG as Chrome writes it (IHDR, IDAT, IEND).
const tinyPng = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

function chunks(png: Uint8Array): { type: string; data: Uint8Array; crcOk: boolean }[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const out = [];
  for (let at = 8; at < png.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + length);
    const crcOk = view.getUint32(at + 8 + length) === crc32(png.subarray(at + 4, at + 8 + length));
    out.push({ type, data, crcOk });
    at += 12 + length;
  }
  return out;
}

describe('canvas size', () => {
  it('is the CSS size times the scale', () => {
    expect(pngSize({ width: 688, height: 401 }, 2)).toEqual({ width: 1376, height: 802 });
    expect(pngSize({ width: 688.4, height: 401 }, 3)).toEqual({ width: 2065, height: 1203 });
  });

  it('is refused above the side or area limit, before anything is drawn', () => {
    expect(withinCanvasLimits({ width: 4000, height: 3000 })).toBe(true);
    expect(withinCanvasLimits({ width: MAX_CANVAS_SIDE + 1, height: 10 })).toBe(false);
    expect(withinCanvasLimits({ width: 16_000, height: 16_000 })).toBe(true);
    expect(withinCanvasLimits({ width: 0, height: 10 })).toBe(false);
  });
});

describe('withPngDpi', () => {
  it('knows the CRC of IEND', () => {
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
  });

  it('adds a pHYs chunk after IHDR with a valid CRC, keeping the other chunks', () => {
    const out = withPngDpi(tinyPng, 192);
    const list = chunks(out);
    expect(list.map((c) => c.type)).toEqual(['IHDR', 'pHYs', 'IDAT', 'IEND']);
    expect(list.every((c) => c.crcOk)).toBe(true);
    const phys = new DataView(list[1]!.data.buffer, list[1]!.data.byteOffset, 9);
    expect(phys.getUint32(0)).toBe(Math.round(192 / 0.0254));
    expect(phys.getUint8(8)).toBe(1);
  });

  it('replaces an existing pHYs and leaves other bytes alone', () => {
    const twice = withPngDpi(withPngDpi(tinyPng, 96), 288);
    expect(chunks(twice).filter((c) => c.type === 'pHYs')).toHaveLength(1);
    const notPng = new Uint8Array([1, 2, 3]);
    expect(withPngDpi(notPng, 96)).toBe(notPng);
  });
});
