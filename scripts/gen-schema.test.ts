/**
 * The committed JSON Schema and the validator compiled from it are what `npm run data:schema` writes today: a change
 * to the zod schema that was not carried over fails here, before a page refuses (or lets through) a file that zod
 * judges otherwise.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderJsonSchema } from '../src/data/json-schema';
import { renderValidatorModule } from './validator-code';

const committed = (path: string) => readFileSync(resolve(process.cwd(), path), 'utf8');

describe('npm run data:schema', () => {
  // (src/data/schema.test.ts holds the JSON Schema to the zod schema.)
  it('has compiled the JSON Schema of the zod schema into the committed validator', () => {
    const fresh = renderValidatorModule(renderJsonSchema());
    expect(committed('src/data/dataset-validator.gen.js')).toBe(fresh.js);
    expect(committed('src/data/dataset-validator.gen.d.ts')).toBe(fresh.dts);
  });

  it('compiles code that needs no run-time compiler (the page’s CSP forbids one)', () => {
    const { js } = renderValidatorModule(renderJsonSchema());
    expect(js).not.toMatch(/new Function|\beval\(|\brequire\(/);
  });
});
