/**
 * `npm run --silent draft -- FILE [--title T] [--publisher P] [--published-at ISO] [--url URL]`: drafts one bulletin
 * and prints the dataset (one bulletin) as JSON on stdout; warnings go to stderr. A missing, empty or binary file
 * is named on stderr with a non-zero exit.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { datasetSchema } from '../src/data/schema';
import { draftBulletin } from '../src/draft/index';
import { loadChunkFromDisk } from './gazetteer-disk';

export function readBulletinFile(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(
      code === 'ENOENT'
        ? `no such file: ${path}`
        : code === 'EISDIR'
          ? `${path} is a directory, not a text file`
          : `cannot read ${path}: ${String(error)}`,
      { cause: error },
    );
  }
  if (bytes.includes(0)) throw new Error(`${path} is not a text file (it holds binary data)`);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if ((text.match(/\uFFFD/g) ?? []).length > text.length / 20) throw new Error(`${path} is not UTF-8 text`);
  if (!text.trim()) throw new Error(`${path} is empty`);
  return text;
}

async function main(argv: string[]): Promise<number> {
  const flags: Record<string, string> = {};
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--')) flags[a.slice(2)] = argv[++i] ?? '';
    else files.push(a);
  }
  if (files.length !== 1) {
    console.error(
      'usage: npm run --silent draft -- FILE [--title T] [--publisher P] [--published-at ISO] [--url URL]',
    );
    return 2;
  }
  const text = readBulletinFile(files[0]!);
  const result = await draftBulletin(text, {
    ...(flags.title ? { title: flags.title } : {}),
    ...(flags.publisher ? { publisher: flags.publisher } : {}),
    ...(flags['published-at'] ? { publishedAt: flags['published-at'] } : {}),
    ...(flags.url ? { sourceUrl: flags.url } : {}),
    loadChunk: loadChunkFromDisk,
  });
  const parsed = datasetSchema.safeParse(result.dataset);
  if (!parsed.success) {
    console.error(
      `the draft is not valid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
    return 1;
  }
  for (const w of result.warnings)
    console.error(
      `warning${w.paragraph === undefined ? '' : ` (paragraph ${w.paragraph})`}: ${w.message.zh} / ${w.message.en}`,
    );
  process.stdout.write(JSON.stringify(result.dataset, null, 2) + '\n');
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`draft: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
