/**
 * The fast check (fast-validate.ts: the validator compiled from dataset.schema.json) and the incremental reading
 * (DatasetAssembler) must give zod's verdict on every input: never accept what zod refuses (the page would show
 * data that is not valid), never refuse what zod accepts (a good file would take the slow path, or fail).
 * Thousands of datasets, each a valid one with one thing changed, are judged both ways. The generator's seed is
 * fixed (src/testing/fast-check-seed.ts) and printed with a failure.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixture } from '../testing/fixtures';
import { elementCheck } from './fast-validate';
import { DatasetLoadError } from './load-error';
import { PageCopy } from './page-copy';
import { synthYiyang } from '../testing/synth';
import {
  DatasetAssembler,
  DatasetBuilder,
  fastAccepts,
  formatPath,
  parseDatasetText,
  validateInSlices,
} from './parse-dataset';
import { cutter } from './parse-worker';
import {
  bulletinSchema,
  datasetSchema,
  organizationSchema,
  personSchema,
  placeSchema,
  supplyTypeSchema,
  type WritableDataset,
} from './schema';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Values that sit on the edge of some rule of the schema. */
const edgeValues: Json[] = [
  '',
  'a',
  'tan-xihua',
  'Tan-Xihua',
  'tan--xihua',
  '-tan',
  'constructor',
  '__proto__',
  '2020-02-07',
  '2020-02-30',
  '2020-2-7',
  '2020-02-07T10:00:00+08:00',
  '2020-02-07T10:00:00Z',
  '2020-02-07T10:00:00',
  '2020-02-07 10:00:00+08:00',
  'https://www.example.org/a?b=1',
  'http://localhost',
  'ftp://example.org/a',
  'javascript:alert(1)',
  'not a url',
  '430902',
  '430902001',
  '43090200',
  'morning',
  'noon',
  'lead',
  'entrusted-by',
  'district',
  'street',
  'prefecture',
  '口罩',
  0,
  -1,
  1,
  1.5,
  2 ** 53,
  3,
  99,
  null,
  true,
  false,
  {},
  [],
  [{}],
  { zh: '益阳' },
  { zh: '' },
  { zh: '益阳', en: '' },
  { zh: '益阳', en: 'Yiyang' },
  { paragraph: 0, quote: '益阳' },
];

type Step =
  | { op: 'set'; at: number; value: number }
  | { op: 'delete'; at: number }
  | { op: 'extra'; at: number }
  | { op: 'duplicate'; at: number }
  | { op: 'empty'; at: number };

/** Every object and array in the value, with how to reach it (depth first). */
function containers(root: Json): (Json[] | { [key: string]: Json })[] {
  const out: (Json[] | { [key: string]: Json })[] = [];
  const walk = (value: Json) => {
    if (value === null || typeof value !== 'object') return;
    out.push(value);
    for (const child of Array.isArray(value) ? value : Object.values(value)) walk(child);
  };
  walk(root);
  return out;
}

/** Applies one change to a copy; `pick` chooses among the candidates by a number from the generator. */
function mutate(dataset: Json, step: Step, pick: number): Json {
  const copy = structuredClone(dataset);
  const all = containers(copy);
  const target = all[step.at % all.length];
  if (!target) return copy;
  const keys = Array.isArray(target) ? target.map((_, i) => i) : Object.keys(target);
  const key = keys[pick % Math.max(1, keys.length)];
  const at = target as Record<string | number, Json>;
  switch (step.op) {
    case 'set':
      if (key !== undefined) at[key] = structuredClone(edgeValues[step.value % edgeValues.length] ?? null);
      break;
    case 'delete':
      if (key !== undefined) {
        if (Array.isArray(target)) target.splice(Number(key), 1);
        else delete at[key];
      }
      break;
    case 'extra':
      if (!Array.isArray(target)) at[['extra', 'constructor', 'toString'][pick % 3] as string] = 'x';
      break;
    case 'duplicate':
      if (Array.isArray(target) && key !== undefined)
        target.push(structuredClone(target[Number(key)] ?? null));
      break;
    case 'empty':
      if (Array.isArray(target)) target.length = 0;
      break;
  }
  return copy;
}

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ op: fc.constant('set' as const), at: fc.nat(), value: fc.nat() }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('extra' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('empty' as const), at: fc.nat() }),
);

/** The incremental reading, fed in small pieces so that elements are cut across chunk boundaries. */
function readInPieces(text: string): 'valid' | 'invalid' {
  const bytes = new TextEncoder().encode(text);
  const assembler = new DatasetAssembler('test.json');
  try {
    for (let i = 0; i < bytes.length; i += 97) assembler.push(bytes.slice(i, i + 97));
    assembler.finish();
    return 'valid';
  } catch (error) {
    if (error instanceof DatasetLoadError) return 'invalid';
    throw error;
  }
}

/** As the page reads it: the worker's cutter (checking every other piece) feeding the page's copy. */
async function readAsThePage(text: string): Promise<'valid' | 'invalid'> {
  const bytes = new TextEncoder().encode(text);
  const pieces: Parameters<PageCopy['take']>[0][] = [];
  const worker = cutter('test.json', (reply) => {
    if (
      reply.type === 'array' ||
      reply.type === 'items' ||
      reply.type === 'array-end' ||
      reply.type === 'verdict'
    )
      pieces.push(reply);
  });
  try {
    for (let i = 0; i < bytes.length; i += 89) worker.push(bytes.slice(i, i + 89));
    if (worker.finishCutting() !== null) return 'valid'; // not split: read whole, as parseDatasetText does
    const copy = new PageCopy(new DatasetBuilder('test.json'));
    for (const piece of pieces) copy.take(piece);
    await copy.finish(worker.skeletonText ?? '', worker.lastLine);
    return 'valid';
  } catch (error) {
    if (error instanceof DatasetLoadError) return 'invalid';
    throw error;
  }
}

describe('the fast check gives zod’s verdict', () => {
  const bases = {
    small: fixture('small') as unknown as Json,
    tiny: fixture('tiny') as unknown as Json,
    bundled: fixture('bundled') as unknown as Json,
  };

  it.each(Object.keys(bases))('accepts the valid %s dataset, whole and element by element', async (name) => {
    const dataset = bases[name as keyof typeof bases];
    expect(fastAccepts(dataset)).toBe(true);
    expect(readInPieces(JSON.stringify(dataset))).toBe('valid');
    expect(await readAsThePage(JSON.stringify(dataset))).toBe('valid');
  });

  it.each(Object.keys(bases))('agrees with zod on datasets with one thing changed (%s)', (name) => {
    const base = bases[name as keyof typeof bases];
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 2 }), fc.nat(), (steps, pick) => {
        const changed = steps.reduce((value, s) => mutate(value, s, pick), base);
        expect(fastAccepts(changed)).toBe(datasetSchema.safeParse(changed).success);
      }),
      { numRuns: 600 },
    );
  });

  it('reads a file in pieces to the same verdict as zod on the whole text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 2 }), fc.nat(), async (steps, pick) => {
        const text = JSON.stringify(steps.reduce((value, s) => mutate(value, s, pick), bases.small));
        let whole: 'valid' | 'invalid' = 'valid';
        try {
          parseDatasetText(text, 'test.json');
        } catch {
          whole = 'invalid';
        }
        expect(readInPieces(text)).toBe(whole);
        expect(await readAsThePage(text)).toBe(whole);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['bulletins', bulletinSchema, () => fixture('small').bulletins[0]],
    ['people', personSchema, () => fixture('small').people[0]],
    ['organizations', organizationSchema, () => ({ id: 'red-cross', name: { zh: '红十字会' } })],
    ['places', placeSchema, () => fixture('small').places[1]],
    ['supplyTypes', supplyTypeSchema, () => fixture('small').supplyTypes[0]],
  ] as const)('agrees with zod on one element of %s, at any depth', (key, schema, make) => {
    const check = elementCheck(key);
    const base = make() as unknown as Json;
    expect(check?.(base)).toBe(true);
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 2 }), fc.nat(), (steps, pick) => {
        const changed = steps.reduce((value, s) => mutate(value, s, pick), base);
        expect(check?.(changed)).toBe(schema.safeParse(changed).success);
      }),
      { numRuns: 300 },
    );
  });

  /** A small valid dataset whose first bulletin, visit and participant `change` alters. */
  const refusal = (change: (d: WritableDataset) => void) => {
    const data = fixture('small');
    change(data);
    const text = JSON.stringify(data);
    let message = '';
    try {
      parseDatasetText(text, 'test.json');
    } catch (error) {
      if (!(error instanceof DatasetLoadError) || error.problem.kind !== 'schema') throw error;
      message = error.problem.issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n');
    }
    return { fast: fastAccepts(JSON.parse(text)), pieces: readInPieces(text), message };
  };

  it('refuses what JSON Schema cannot say by itself, with the message zod gives', () => {
    // A refinement: a participant names a person or an organisation.
    expect(
      refusal((d) => {
        const p = d.bulletins[0]!.visits[0]!.participants[0]!;
        delete p.personId;
        delete p.organizationId;
      }),
    ).toEqual({
      fast: false,
      pieces: 'invalid',
      message: 'bulletins[0].visits[0].participants[0]: needs a personId or an organizationId',
    });
    // A URL: only http(s), as zod reads an address (not a pattern).
    for (const url of ['ftp://example.org/a', 'javascript:alert(1)', 'not a url', 'https://'])
      expect(refusal((d) => (d.bulletins[0]!.sourceUrl = url))).toEqual({
        fast: false,
        pieces: 'invalid',
        message: 'bulletins[0].sourceUrl: must be an http(s) address',
      });
    for (const url of ['https://www.example.org/a?b=1', 'http://localhost', 'HTTPS://EXAMPLE.ORG'])
      expect(refusal((d) => (d.bulletins[0]!.sourceUrl = url))).toEqual({
        fast: true,
        pieces: 'valid',
        message: '',
      });
    // A day that is not in the calendar, a length counted in UTF-16 units as zod counts it.
    expect(refusal((d) => (d.bulletins[0]!.visits[0]!.date = '2021-02-29'))).toEqual({
      fast: false,
      pieces: 'invalid',
      message: 'bulletins[0].visits[0].date: must be a date written YYYY-MM-DD',
    });
    expect(refusal((d) => (d.bulletins[0]!.visits[0]!.date = '2020-02-29')).fast).toBe(true);
    expect(refusal((d) => (d.people[0]!.name.zh = '𠀀')).fast).toBe(true);
  });
});

describe('a file found wanting, judged in slices', () => {
  // Many bulletins, people and places: every top-level array is walked in slices.
  const many = synthYiyang(40, 7) as unknown as Json;
  const zodIssues = (value: unknown) => {
    const result = datasetSchema.safeParse(value);
    return result.success ? [] : result.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`);
  };

  it('finds what zod finds, without zod walking the whole file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 2 }), fc.nat(), async (steps, pick) => {
        const changed = steps.reduce((value, s) => mutate(value, s, pick), many);
        const expected = zodIssues(changed);
        let problem: DatasetLoadError['problem'] | null = null;
        try {
          await validateInSlices(changed, () => Promise.resolve());
        } catch (error) {
          if (!(error instanceof DatasetLoadError)) throw error;
          problem = error.problem;
        }
        // The same verdict; each issue named is one zod names too.
        expect(problem !== null).toBe(expected.length > 0);
        if (problem?.kind === 'schema') {
          for (const issue of problem.issues) expect(expected).toContain(`${issue.path}: ${issue.message}`);
          expect(problem.count).toBeGreaterThan(0);
          expect(problem.count).toBeLessThanOrEqual(expected.length);
        }
      }),
      { numRuns: 250 },
    );
  });

  it('names a broken visit deep in a long file by its place, with the whole-file rules where the rest is sound', async () => {
    const data = structuredClone(many) as { bulletins: { visits: { date: unknown; placeId: unknown }[] }[] };
    const last = data.bulletins.length - 1;
    data.bulletins[last]!.visits[0]!.date = '2020-02-30';
    const problem = await validateInSlices(data, () => Promise.resolve()).catch(
      (error: unknown) => (error as DatasetLoadError).problem,
    );
    expect(problem).toMatchObject({
      kind: 'schema',
      count: 1,
      issues: [{ path: `bulletins[${last}].visits[0].date` }],
    });
    const refs = structuredClone(many) as typeof data;
    refs.bulletins[last]!.visits[0]!.placeId = 'nowhere';
    await expect(validateInSlices(refs, () => Promise.resolve())).rejects.toMatchObject({
      problem: { kind: 'schema', issues: [{ path: `bulletins[${last}].visits[0].placeId` }] },
    });
  });
});
