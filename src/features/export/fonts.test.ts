import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { en } from '../../i18n/en';
import { zh } from '../../i18n/zh';
import { zhLater } from '../../i18n/zh-later';
import { fixture } from '../../testing/fixtures';
import { ExportError } from './export-error';
import { exportCharset, uncoveredChars } from './font-charset';
import {
  bytesToBase64,
  fontFaceCss,
  loadChunks,
  loadFaces,
  manifest,
  parseUnicodeRanges,
  planFaces,
  unicodeRange,
  weightBucket,
  type Chunk,
  type PlannedFace,
  type Weight,
} from './fonts';

const fontsDir = resolve(process.cwd(), 'src/features/export/fonts');

describe('the built font subsets', () => {
  it('cover every character a chart image of the dataset can draw, in both weights', () => {
    // Chart and export messages, names, supplies as written, titles (tiers latin and core). A character missing
    // here is not lost (the export then embeds a fontsource chunk, ~35 kB more), but the subset is out of date:
    // run `npx tsx scripts/build-export-font.ts`.
    const charset = exportCharset(fixture('bundled'), [{ ...zh, ...zhLater }, en]);
    const drawn = charset.latin + charset.core;
    expect(uncoveredChars(manifest, drawn, 400)).toBe('');
    expect(uncoveredChars(manifest, drawn, 700)).toBe('');
  });

  it('are files that exist, each a woff2', () => {
    for (const piece of manifest.pieces) {
      const bytes = readFileSync(resolve(fontsDir, piece.file));
      expect(new TextDecoder().decode(bytes.subarray(0, 4))).toBe('wOF2');
    }
    expect(manifest.pieces.every((p) => existsSync(resolve(fontsDir, p.file)))).toBe(true);
  });

  it('keep Latin apart from CJK, so an English image embeds little', () => {
    const latin = manifest.pieces.filter((p) => p.tier === 'latin');
    expect(latin.every((p) => [...p.chars].every((ch) => (ch.codePointAt(0) ?? 0) < 0x2e80))).toBe(true);
    const sizes = new Map(
      manifest.pieces.map((p) => [p.file, readFileSync(resolve(fontsDir, p.file)).length]),
    );
    expect(sizes.get('noto-sans-sc-400-latin.woff2')).toBeLessThan(16_000);
  });
});

const need = (entries: [Weight, string][]) => new Map(entries);
const faceUrlOf = (face: PlannedFace) => (face.source.kind === 'piece' ? face.source.file : face.source.url);

describe('planFaces', () => {
  it('embeds only the pieces whose characters the image draws', () => {
    const english = planFaces(need([[400, 'Supplies by district 123']]));
    expect(english.faces.map((f) => f.source)).toEqual([
      { kind: 'piece', file: 'noto-sans-sc-400-latin.woff2' },
    ]);
    const chinese = planFaces(
      need([
        [400, '筛选：区县为资阳区 12'],
        [700, '走访去向：区县街道社区'],
      ]),
    );
    expect(chinese.faces.map((f) => (f.source.kind === 'piece' ? f.source.file : '')).sort()).toEqual([
      'noto-sans-sc-400-core.woff2',
      'noto-sans-sc-400-latin.woff2',
      'noto-sans-sc-700-core.woff2',
    ]);
    expect(chinese.missing).toBe('');
  });

  it('takes a character no piece holds from the fontsource chunk that holds it, before the pieces', () => {
    const rare = '鑫'; // not in the dataset nor the catalogues
    expect(manifest.pieces.some((p) => p.chars.includes(rare))).toBe(false);
    const chunk: Chunk = {
      name: '42',
      url: '/assets/noto-sans-sc-42-400-normal.woff2',
      ranges: parseUnicodeRanges('U+9000-9fff'),
      unicodeRange: 'U+9000-9fff',
    };
    const plan = planFaces(need([[400, `资阳${rare}😀`]]), manifest.pieces, [chunk]);
    expect(plan.faces[0]).toEqual({
      source: { kind: 'chunk', name: '42', url: chunk.url },
      weight: '400 700',
      unicodeRange: 'U+9000-9fff',
    });
    expect(plan.faces.at(-1)?.source.kind).toBe('piece');
    expect(plan.missing).toBe('😀');
  });

  it('embeds a chunk once, however many weights draw its characters (a map labels names in both)', () => {
    const chunk: Chunk = {
      name: '42',
      url: '/assets/noto-sans-sc-42-400-normal.woff2',
      ranges: parseUnicodeRanges('U+9000-9fff'),
      unicodeRange: 'U+9000-9fff',
    };
    const plan = planFaces(
      need([
        [400, '资阳鑫区'],
        [700, '资阳鑫区'],
      ]),
      manifest.pieces,
      [chunk],
    );
    const files = plan.faces.map((f) => (f.source.kind === 'piece' ? f.source.file : f.source.url));
    expect(files.filter((f) => f === chunk.url)).toHaveLength(1);
    expect(new Set(files).size).toBe(files.length);
    const css = fontFaceCss(
      plan.faces.map((f) => ({ ...f, bytes: new Uint8Array([files.indexOf(faceUrlOf(f))]) })),
    );
    expect(css.match(/@font-face/g)).toHaveLength(files.length);
    expect(css).toContain(
      "@font-face{font-family:'Yiyang Export Noto Sans SC Chunks';font-style:normal;font-weight:400 700;",
    );
  });

  it('has a fontsource chunk, with a file, for any CJK character of Noto Sans SC', async () => {
    const chunks = await loadChunks();
    expect(chunks.length).toBeGreaterThan(90);
    expect(chunks.every((c) => c.url.endsWith('.woff2'))).toBe(true);
    const plan = planFaces(need([[400, '鑫']]), manifest.pieces, chunks);
    expect(plan.faces).toHaveLength(1);
    expect(plan.faces[0]?.source).toMatchObject({ kind: 'chunk', name: '107' });
    expect(plan.missing).toBe('');
  });

  it('maps computed weights to the faces CSS would pick', () => {
    expect([100, 400, 500, 600, 700, 900].map(weightBucket)).toEqual([400, 400, 400, 700, 700, 700]);
  });
});

describe('font CSS', () => {
  it('writes exact unicode ranges, merging runs', () => {
    expect(unicodeRange('cab资 ')).toBe('U+20,U+61-63,U+8d44');
    expect(parseUnicodeRanges('U+20,U+61-63')).toEqual([
      [0x20, 0x20],
      [0x61, 0x63],
    ]);
  });

  it('encodes bytes as base64 like Node does, also past one slice', () => {
    const bytes = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 7) % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });

  it('embeds each face as a data: URL under the export family', () => {
    const css = fontFaceCss([
      {
        source: { kind: 'piece', file: 'x.woff2' },
        weight: 700,
        unicodeRange: 'U+4e00',
        bytes: new Uint8Array([1, 2, 3]),
      },
    ]);
    expect(css).toBe(
      "@font-face{font-family:'Yiyang Export Noto Sans SC';font-style:normal;font-weight:700;src:url(data:font/woff2;base64,AQID) format('woff2');unicode-range:U+4e00}",
    );
  });

  it('says so when a font file cannot be fetched', async () => {
    const face = planFaces(need([[400, 'A']])).faces[0]!;
    const offline = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    await expect(loadFaces([face], offline)).rejects.toEqual(new ExportError('font', 'Failed to fetch'));
    const missing = (() => Promise.resolve(new Response('', { status: 404 }))) as typeof fetch;
    await expect(loadFaces([face], missing)).rejects.toBeInstanceOf(ExportError);
  });
});
