/**
 * The font embedded in an exported image. Loaded only when an image is exported.
 *
 * The glyphs come from the subsets that scripts/build-export-font.ts builds from Noto Sans SC for the bundled
 * dataset and the message catalogues (fonts/*.woff2, listed in fonts/manifest.json): an export embeds the pieces
 * whose characters its text uses, as `@font-face` rules with `data:` URLs. A character no piece holds (a user's own
 * dataset may bring new names) is taken from the fontsource unicode-range chunk that holds it, so it is drawn with
 * the same design instead of a viewer's fallback font or a box.
 *
 * Each file is embedded once. The pieces are per weight; a chunk (weight 400 only) serves both weights, so it is
 * one rule of a family of its own, next in the stack, declared for weights 400 to 700: CSS matches a weight
 * within one family's faces of the same descriptors, so the chunk cannot sit with the pieces under one family
 * without a rule (and a copy of the file) per weight. A bold character from a chunk is drawn regular.
 */
import { ExportError } from './export-error';
import { NOT_DRAWN, type FontManifest, type FontPiece } from './font-charset';
import manifestJson from './fonts/manifest.json';

/** The family name the exported SVG uses: unique, so that no installed font can stand in for it. */
export const EXPORT_FONT_FAMILY = 'Yiyang Export Noto Sans SC';
/** The family of the fontsource chunks embedded for characters no piece holds (a user's own names). */
export const EXPORT_CHUNK_FAMILY = 'Yiyang Export Noto Sans SC Chunks';
/**
 * What the SVG asks for: the embedded families first (the pieces, then the chunks); the rest only matters to a
 * renderer that ignores @font-face.
 */
export const EXPORT_FONT_STACK = `'${EXPORT_FONT_FAMILY}', '${EXPORT_CHUNK_FAMILY}', 'Noto Sans SC', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif`;

export type Weight = 400 | 700;
/** The face a computed font-weight is drawn with: CSS font matching picks 700 for 600 and above, else 400. */
export const weightBucket = (weight: number): Weight => (weight >= 600 ? 700 : 400);

export const manifest = manifestJson as FontManifest;

const pieceUrls = import.meta.glob<string>('./fonts/*.woff2', {
  query: '?url',
  import: 'default',
  eager: true,
});

export type Chunk = {
  name: string;
  url: string;
  ranges: (readonly [number, number])[];
  unicodeRange: string;
};

export function parseUnicodeRanges(value: string): (readonly [number, number])[] {
  return value.split(',').map((part) => {
    const [from = '0', to] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from, 16), parseInt(to ?? from, 16)] as const;
  });
}

/**
 * fontsource's unicode-range chunks (weight 400) with the URL of each file: the fallback for characters no piece
 * holds. Loaded only when an image has such a character (the table is ~75 kB).
 */
export async function loadChunks(): Promise<Chunk[]> {
  const { chunkTable } = await import('./font-chunks');
  return chunkTable.map(({ name, url, unicodeRange: range }) => ({
    name,
    url,
    ranges: parseUnicodeRanges(range),
    unicodeRange: range,
  }));
}

/** A CSS unicode-range listing exactly some characters, with runs merged: "U+20-22,U+4e00". */
export function unicodeRange(chars: Iterable<string>): string {
  const points = [...new Set([...chars].map((ch) => ch.codePointAt(0) ?? 0))].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < points.length;) {
    let j = i;
    while (j + 1 < points.length && points[j + 1] === (points[j] ?? 0) + 1) j += 1;
    const from = (points[i] ?? 0).toString(16);
    parts.push(j === i ? `U+${from}` : `U+${from}-${(points[j] ?? 0).toString(16)}`);
    i = j + 1;
  }
  return parts.join(',');
}

export type PlannedFace = {
  /** Where the font file is: a built piece or a fontsource chunk. */
  source: { kind: 'piece'; file: string } | { kind: 'chunk'; name: string; url: string };
  /** A piece's weight; a chunk is drawn for either weight (`'400 700'`, in its own family). */
  weight: Weight | '400 700';
  unicodeRange: string;
};

/** The family a face is declared under: the chunks apart (see the top of this module). */
export const faceFamily = (face: PlannedFace): string =>
  face.source.kind === 'chunk' ? EXPORT_CHUNK_FAMILY : EXPORT_FONT_FAMILY;

/**
 * Which font files an image needs, given the characters it draws in each weight: the pieces of that weight whose
 * characters it uses, then for characters no piece holds the fontsource chunk holding each, once whatever the
 * weights (weight 400 only; a bold character from a chunk is drawn regular). Chunk faces come first; they are of
 * a family after the pieces' in the stack, so the pieces win where both hold a character. `missing`: characters
 * no Noto file has.
 */
export function planFaces(
  need: ReadonlyMap<Weight, string>,
  pieces: readonly FontPiece[] = manifest.pieces,
  chunkList: readonly Chunk[] = [],
): { faces: PlannedFace[]; missing: string } {
  const pieceFaces: PlannedFace[] = [];
  const chunkFaces = new Map<string, PlannedFace>();
  const missing = new Set<string>();
  for (const [weight, text] of need) {
    const chars = new Set([...text].filter((ch) => !NOT_DRAWN.test(ch)));
    const covered = new Set<string>();
    for (const piece of pieces) {
      if (piece.weight !== weight) continue;
      const used = [...piece.chars].filter((ch) => chars.has(ch));
      if (used.length === 0) continue;
      used.forEach((ch) => covered.add(ch));
      pieceFaces.push({
        source: { kind: 'piece', file: piece.file },
        weight,
        unicodeRange: unicodeRange(piece.chars),
      });
    }
    for (const ch of chars) {
      if (covered.has(ch)) continue;
      const cp = ch.codePointAt(0) ?? 0;
      const chunk = chunkList.find((c) => c.ranges.some(([a, b]) => cp >= a && cp <= b));
      if (!chunk) {
        missing.add(ch);
        continue;
      }
      if (!chunkFaces.has(chunk.name)) {
        chunkFaces.set(chunk.name, {
          source: { kind: 'chunk', name: chunk.name, url: chunk.url },
          weight: '400 700',
          unicodeRange: chunk.unicodeRange,
        });
      }
    }
  }
  return { faces: [...chunkFaces.values(), ...pieceFaces], missing: [...missing].join('') };
}

export function faceUrl(face: PlannedFace): string {
  const url = face.source.kind === 'piece' ? pieceUrls[`./fonts/${face.source.file}`] : face.source.url;
  if (!url) throw new ExportError('font', `no font file for ${JSON.stringify(face.source)}`);
  return url;
}

/** Base64 of bytes, in slices (String.fromCharCode takes a bounded number of arguments). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export type LoadedFace = PlannedFace & { bytes: Uint8Array };

const cache = new Map<string, Promise<Uint8Array>>();

/** Fetches the files of the planned faces (once each per page); a failure is an ExportError('font'). */
export async function loadFaces(
  faces: readonly PlannedFace[],
  fetcher: typeof fetch = fetch,
): Promise<LoadedFace[]> {
  return Promise.all(
    faces.map(async (face) => {
      const url = faceUrl(face);
      let pending = cache.get(url);
      if (!pending) {
        pending = (async () => {
          let response: Response;
          try {
            response = await fetcher(url);
          } catch (error) {
            throw new ExportError('font', error instanceof Error ? error.message : String(error));
          }
          if (!response.ok) throw new ExportError('font', `HTTP ${response.status} for ${url}`);
          return new Uint8Array(await response.arrayBuffer());
        })();
        cache.set(url, pending);
        pending.catch(() => cache.delete(url));
      }
      return { ...face, bytes: await pending };
    }),
  );
}

const dataUrls = new WeakMap<Uint8Array, string>();

/** The face's file as a data: URL (encoded once per file). */
export function faceDataUrl(face: LoadedFace): string {
  let url = dataUrls.get(face.bytes);
  if (!url) {
    url = `data:font/woff2;base64,${bytesToBase64(face.bytes)}`;
    dataUrls.set(face.bytes, url);
  }
  return url;
}

/** The `@font-face` rules of the loaded faces, each with its file as a data: URL (each file once). */
export function fontFaceCss(faces: readonly LoadedFace[]): string {
  return faces
    .map(
      (face) =>
        `@font-face{font-family:'${faceFamily(face)}';font-style:normal;font-weight:${face.weight};` +
        `src:url(${faceDataUrl(face)}) format('woff2');unicode-range:${face.unicodeRange}}`,
    )
    .join('\n');
}

const registered = new Set<string>();

/**
 * Loads the same faces into this page under the export families, from the same data: URLs as the SVG, for two
 * reasons: canvas text measurement (used to wrap the caption) then measures the glyphs the image will draw, and
 * Chromium then has the font files ready when the SVG is drawn as an image (drawn before its fonts are ready,
 * an SVG image shows no text; see `settle` in raster.ts). Only the export families are added: the page's own
 * text is untouched. A face that fails to load here is an ExportError('font').
 */
export async function loadIntoPage(faces: readonly LoadedFace[]): Promise<void> {
  if (typeof FontFace === 'undefined' || typeof document === 'undefined' || !document.fonts) return;
  const added: Promise<unknown>[] = [];
  for (const face of faces) {
    const family = faceFamily(face);
    const key = `${family}|${face.weight}|${faceUrl(face)}`;
    if (registered.has(key)) continue;
    registered.add(key);
    const fontFace = new FontFace(family, `url(${faceDataUrl(face)}) format('woff2')`, {
      weight: String(face.weight),
      unicodeRange: face.unicodeRange,
    });
    document.fonts.add(fontFace);
    added.push(
      fontFace.load().catch((error: unknown) => {
        registered.delete(key);
        document.fonts.delete(fontFace);
        throw new ExportError('font', error instanceof Error ? error.message : String(error));
      }),
    );
  }
  await Promise.all(added);
}
