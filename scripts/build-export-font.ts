/**
 * Builds the font embedded in exported chart images: Noto Sans SC (SIL OFL 1.1, from @fontsource/noto-sans-sc),
 * subset to the characters of the bundled dataset and the message catalogues, in weights 400 and 700 and in three
 * tiers (latin / core / rest, see src/features/export/font-charset.ts), so that an export embeds only the tiers its
 * text touches. Writes src/features/export/fonts/*.woff2 and manifest.json.
 *
 *   npx tsx scripts/build-export-font.ts           write the subsets
 *   npx tsx scripts/build-export-font.ts --check   exit 1 when the committed subsets miss a character
 *
 * Run it after changing the dataset or a message catalogue (the unit test in fonts.test.ts says when). A character a
 * user's own dataset adds is not lost: the export then embeds the fontsource chunk that holds it (fonts.ts).
 * Source of the glyphs: the `chinese-simplified` file of each weight (one font, ~1.1 MB); a character it lacks is
 * taken from the unicode-range chunk that holds it.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Blob as HbBlob, Face } from 'harfbuzzjs';
import { format, resolveConfig } from 'prettier';
import subsetFont from 'subset-font';
import type { Dataset } from '../src/data/schema';
import {
  exportCharset,
  tiers,
  uncoveredChars,
  type FontManifest,
  type FontPiece,
} from '../src/features/export/font-charset';
import { en } from '../src/i18n/en';
import { zh as zhFirst } from '../src/i18n/zh';
import { zhLater } from '../src/i18n/zh-later';

const zh = { ...zhFirst, ...zhLater };

const root = fileURLToPath(new URL('..', import.meta.url));
const fontsource = join(root, 'node_modules/@fontsource/noto-sans-sc');
const outDir = join(root, 'src/features/export/fonts');
const manifestPath = join(outDir, 'manifest.json');
const weights = [400, 700] as const;

const dataset = JSON.parse(readFileSync(join(root, 'public/data/dataset.json'), 'utf8')) as Dataset;
const charset = exportCharset(dataset, [zh, en]);

if (process.argv.includes('--check')) {
  if (!existsSync(manifestPath)) fail('src/features/export/fonts/manifest.json is missing');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as FontManifest;
  const all = tiers.map((t) => charset[t]).join('');
  const problems = weights.flatMap((w) => {
    const missing = uncoveredChars(manifest, all, w);
    return missing ? [`weight ${w} lacks ${JSON.stringify(missing)}`] : [];
  });
  for (const piece of manifest.pieces) {
    if (!existsSync(join(outDir, piece.file))) problems.push(`${piece.file} is missing`);
  }
  if (problems.length > 0) fail(`The export font is out of date (${problems.join('; ')})`);
  console.log('The export font covers the dataset and the message catalogues.');
  process.exit(0);
}

function fail(message: string): never {
  console.error(`${message}.\nRun: npx tsx scripts/build-export-font.ts`);
  process.exit(1);
}

/** fontsource's unicode-range chunks: "[119]" -> ranges of code points. */
const chunks = Object.entries(
  JSON.parse(readFileSync(join(fontsource, 'unicode.json'), 'utf8')) as Record<string, string>,
).map(([key, value]) => ({
  name: key.replace(/[[\]]/g, ''),
  ranges: value.split(',').map((part) => {
    const [from = '0', to] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from, 16), parseInt(to ?? from, 16)] as const;
  }),
}));
const chunkOf = (ch: string) => {
  const cp = ch.codePointAt(0) ?? 0;
  return chunks.find((c) => c.ranges.some(([a, b]) => cp >= a && cp <= b));
};

const fontFile = (name: string) => readFileSync(join(fontsource, 'files', name));

/** Code points a subset really holds (harfbuzz reads the sfnt's cmap). */
async function heldBy(source: Buffer, chars: string): Promise<Set<string>> {
  const sfnt = await subsetFont(source, chars, { targetFormat: 'sfnt' });
  const face = new Face(new HbBlob(new Uint8Array(sfnt)), 0);
  return new Set([...face.collectUnicodes()].map((cp) => String.fromCodePoint(cp)));
}

async function build(): Promise<FontManifest> {
  mkdirSync(outDir, { recursive: true });
  for (const file of readdirSync(outDir)) if (file.endsWith('.woff2')) rmSync(join(outDir, file));
  const pieces: FontPiece[] = [];
  const uncovered = new Set<string>();
  for (const weight of weights) {
    const main = fontFile(`noto-sans-sc-chinese-simplified-${weight}-normal.woff2`);
    for (const tier of tiers) {
      const chars = charset[tier];
      if (!chars) continue;
      const held = await heldBy(main, chars);
      const here = [...chars].filter((ch) => held.has(ch) || ch === ' ').join('');
      const write = async (file: string, source: Buffer, text: string) => {
        const woff2 = await subsetFont(source, text, { targetFormat: 'woff2' });
        writeFileSync(join(outDir, file), woff2);
        pieces.push({ file, weight, tier, chars: text });
        console.log(`${file}: ${[...text].length} characters, ${woff2.length} bytes`);
      };
      if (here) await write(`noto-sans-sc-${weight}-${tier}.woff2`, main, here);
      // Characters the chinese-simplified file lacks: from the unicode-range chunk that holds each.
      const byChunk = new Map<string, string>();
      for (const ch of chars) {
        if (here.includes(ch)) continue;
        const chunk = chunkOf(ch);
        if (chunk) byChunk.set(chunk.name, (byChunk.get(chunk.name) ?? '') + ch);
        else uncovered.add(ch);
      }
      for (const [name, text] of byChunk) {
        const source = fontFile(`noto-sans-sc-${name}-${weight}-normal.woff2`);
        const held2 = await heldBy(source, text);
        const found = [...text].filter((ch) => held2.has(ch)).join('');
        [...text].filter((ch) => !held2.has(ch)).forEach((ch) => uncovered.add(ch));
        if (found) await write(`noto-sans-sc-${weight}-${tier}-${name}.woff2`, source, found);
      }
    }
  }
  const version = (JSON.parse(readFileSync(join(fontsource, 'package.json'), 'utf8')) as { version: string })
    .version;
  return {
    note: 'Generated by scripts/build-export-font.ts from the dataset and the message catalogues; do not edit by hand.',
    font: `Noto Sans SC, from @fontsource/noto-sans-sc ${version}, subset`,
    license: 'SIL Open Font License 1.1 (https://openfontlicense.org)',
    pieces,
    uncovered: [...uncovered].join(''),
  };
}

const manifest = await build();
const prettierOptions = (await resolveConfig(manifestPath)) ?? {};
writeFileSync(
  manifestPath,
  await format(JSON.stringify(manifest), { ...prettierOptions, filepath: manifestPath }),
);
if (manifest.uncovered) console.warn(`No Noto Sans SC glyph for: ${JSON.stringify(manifest.uncovered)}`);
console.log(`wrote ${manifestPath}`);
