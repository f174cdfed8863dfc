/**
 * Writes public/data/dataset.schema.json from the zod schema (src/data/schema.ts), the one definition, and the
 * validator compiled from it (src/data/dataset-validator.gen.js and its .d.ts: Ajv standalone code).
 * `npm run data:schema` writes them; `--check` exits 1 when a committed file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderJsonSchema } from '../src/data/json-schema';
import { renderValidatorModule } from './validator-code';

const at = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const schema = renderJsonSchema();
const validator = renderValidatorModule(schema);
const files: [string, string][] = [
  [at('../public/data/dataset.schema.json'), schema],
  [at('../src/data/dataset-validator.gen.js'), validator.js],
  [at('../src/data/dataset-validator.gen.d.ts'), validator.dts],
];
if (process.argv.includes('--check')) {
  const stale = files.filter(([path, fresh]) => readFileSync(path, 'utf8') !== fresh);
  for (const [path] of stale) console.error(`${path} is out of date: run \`npm run data:schema\`.`);
  if (stale.length > 0) process.exit(1);
  console.log('dataset.schema.json and its compiled validator are up to date.');
} else {
  for (const [path, text] of files) {
    writeFileSync(path, text);
    console.log(`wrote ${path}`);
  }
}
