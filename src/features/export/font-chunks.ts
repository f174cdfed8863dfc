/**
 * The fallback of the export font: fontsource's Noto Sans SC unicode-range chunks (weight 400), each with its
 * unicode-range and the URL of its file in the build. Imported only when an image has a character that the built
 * subsets (fonts/*.woff2) lack, e.g. a name in a user's own dataset; a chunk file is fetched only when needed.
 */
import unicodeJson from '@fontsource/noto-sans-sc/unicode.json';

const files = import.meta.glob<string>(
  [
    '/node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-*-400-normal.woff2',
    '!**/*chinese-simplified*',
  ],
  { query: '?url', import: 'default', eager: true, exhaustive: true },
);

const fileOf = (name: string) =>
  files[`/node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-${name}-400-normal.woff2`];

/** "[119]" -> "119"; chunks without a file in the build are left out. */
export const chunkTable: { name: string; url: string; unicodeRange: string }[] = Object.entries(
  unicodeJson as Record<string, string>,
).flatMap(([key, unicodeRange]) => {
  const name = key.replace(/[[\]]/g, '');
  const url = fileOf(name);
  return url ? [{ name, url, unicodeRange }] : [];
});
