/**
 * Writes public/data/dataset.schema.json from the zod schema (src/data/schema.ts), the one definition.
 * `npm run data:schema` writes it; `--check` exits 1 when the committed file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderJsonSchema } from '../src/data/json-schema';

const target = fileURLToPath(new URL('../public/data/dataset.schema.json', import.meta.url));
const fresh = renderJsonSchema();
if (process.argv.includes('--check')) {
  const committed = readFileSync(target, 'utf8');
  if (committed !== fresh) {
    console.error('public/data/dataset.schema.json is out of date: run `npm run data:schema`.');
    process.exit(1);
  }
  console.log('dataset.schema.json is up to date.');
} else {
  writeFileSync(target, fresh);
  console.log(`wrote ${target}`);
}
