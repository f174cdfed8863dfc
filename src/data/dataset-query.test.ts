import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchDataset } from './dataset-query';
import { PageCopy } from './page-copy';
import { DatasetLoadError, type LoadProblem } from './load-error';
import { DatasetAssembler, DatasetBuilder, mayHoldProtoKey, parseDatasetText } from './parse-dataset';
import { cutter } from './parse-worker';
import { synthYiyang } from '../testing/synth';
import { emptyFilters, selectView } from './select';
import { buildIndex } from './index-builder';

const bytes = readFileSync('public/data/dataset.json');
const text = bytes.toString('utf8');

/** Feeds a text to the assembler in chunks of `size` bytes. */
function assemble(body: Uint8Array, size: number) {
  const assembler = new DatasetAssembler('data/dataset.json');
  for (let i = 0; i < body.length; i += size) assembler.push(body.subarray(i, i + size));
  return assembler.finish();
}

const problemOf = (run: () => unknown): LoadProblem => {
  try {
    run();
  } catch (error) {
    if (error instanceof DatasetLoadError) return error.problem;
    throw error;
  }
  throw new Error('no problem');
};

describe('reading a dataset file in pieces', () => {
  it.each([1, 7, 1000, 1 << 16])('gives the same dataset as a whole parse, in chunks of %i bytes', (size) => {
    expect(assemble(bytes, size)).toEqual(parseDatasetText(text, 'data/dataset.json'));
  });

  it('reads a file with a byte order mark, nested objects and escaped quotes', () => {
    const data = JSON.parse(text);
    data.people[0].titles[0].zh = '主任 "引号" \\ [方括号] {花括号}';
    const body = new TextEncoder().encode(`\uFEFF${JSON.stringify(data, null, 2)}`);
    expect(assemble(body, 3).people[0]?.titles[0]?.zh).toBe('主任 "引号" \\ [方括号] {花括号}');
  });

  it.each([
    ['{\n  "schemaVersion": 1,\n  "bulletins": [ nope ]\n}', 3, 19],
    ['{"schemaVersion": 1, "bulletins": [{}, , {}]}', 1, 40],
    ['{"schemaVersion": 1, "bulletins": [{}, {}', 1, 42],
    ['{"schemaVersion": 1 "bulletins": []}', 1, 21],
    ['[1, 2', 1, 6],
  ])('locates broken JSON as the whole-text parser does: %j', (broken, line, column) => {
    const body = new TextEncoder().encode(broken);
    for (const size of [1, 5, 1000]) {
      expect(problemOf(() => assemble(body, size))).toMatchObject({ kind: 'json', line, column });
    }
  });

  it('names an HTML page', () => {
    const body = new TextEncoder().encode('<!doctype html><html><body>Login</body></html>');
    expect(problemOf(() => assemble(body, 4))).toMatchObject({ kind: 'html' });
  });

  it('validates the whole: a schema problem keeps its path', () => {
    const data = JSON.parse(text);
    data.bulletins[0].visits[1].participants[0].personId = 'ghost';
    const problem = problemOf(() => assemble(new TextEncoder().encode(JSON.stringify(data)), 100));
    expect(problem).toMatchObject({ kind: 'schema' });
    expect(JSON.stringify(problem)).toContain('bulletins[0].visits[1].participants[0].personId');
  });
});

/** A fetch that answers with a body made of these chunks, then ends, stalls or breaks. */
function fakeFetch(
  chunks: Uint8Array[],
  then: 'end' | 'stall' | 'break',
  headers: Record<string, string> = {},
): typeof fetch {
  return vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    let i = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (i < chunks.length) {
          controller.enqueue(chunks[i] as Uint8Array);
          i += 1;
          return;
        }
        if (then === 'end') controller.close();
        else if (then === 'break') controller.error(new TypeError('network error'));
        else
          return new Promise<void>((_resolve, reject) =>
            init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
          );
      },
    });
    return new Response(body, { status: 200, headers: { 'content-type': 'application/json', ...headers } });
  }) as unknown as typeof fetch;
}

const rejection = async (promise: Promise<unknown>): Promise<LoadProblem> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DatasetLoadError) return error.problem;
    throw error;
  }
  throw new Error('it loaded');
};

describe('fetching the dataset', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('loads a body that arrives in pieces', async () => {
    vi.stubGlobal('fetch', fakeFetch([bytes.subarray(0, 1000), bytes.subarray(1000)], 'end'));
    const dataset = await fetchDataset('data/dataset.json');
    expect(dataset.bulletins[0]?.visits).toHaveLength(6);
  });

  it('gives up on a request that never answers, after the time-out', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        (_url: RequestInfo | URL, init?: RequestInit) =>
          new Promise((_resolve, reject) =>
            init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
          ),
      ),
    );
    expect(await rejection(fetchDataset('data/dataset.json', undefined, { timeoutMs: 50 }))).toEqual({
      kind: 'timeout',
      url: 'data/dataset.json',
      seconds: 0.1,
      bytes: 0,
    });
  });

  it('gives up on a body that stops coming, saying how much had come', async () => {
    vi.stubGlobal('fetch', fakeFetch([bytes.subarray(0, 1000)], 'stall'));
    expect(await rejection(fetchDataset('data/dataset.json', undefined, { timeoutMs: 50 }))).toMatchObject({
      kind: 'timeout',
      bytes: 1000,
    });
  });

  it('says when the connection breaks in the middle of the body', async () => {
    vi.stubGlobal(
      'fetch',
      fakeFetch([bytes.subarray(0, 1000)], 'break', { 'content-length': String(bytes.length) }),
    );
    expect(await rejection(fetchDataset('data/dataset.json'))).toMatchObject({
      kind: 'cut',
      bytes: 1000,
      expected: bytes.length,
    });
  });

  it('refuses a file whose Content-Length is past the limit, before reading it', async () => {
    const fetchMock = fakeFetch([bytes], 'end', { 'content-length': String(bytes.length) });
    vi.stubGlobal('fetch', fetchMock);
    expect(await rejection(fetchDataset('data/dataset.json', undefined, { maxBytes: 1000 }))).toEqual({
      kind: 'too-big',
      url: 'data/dataset.json',
      bytes: bytes.length,
      limit: 1000,
      whole: true,
    });
  });

  it('stops reading a body of unknown length once it passes the limit', async () => {
    vi.stubGlobal('fetch', fakeFetch([bytes.subarray(0, 600), bytes.subarray(600, 1200), bytes], 'end'));
    expect(await rejection(fetchDataset('data/dataset.json', undefined, { maxBytes: 1000 }))).toMatchObject({
      kind: 'too-big',
      bytes: 1200,
      limit: 1000,
      whole: false,
    });
  });
});

describe("the page's copy (what the worker forwards as it reads)", () => {
  /** Runs the worker's side here: an assembler whose hooks feed a PageCopy, in chunks of `size` bytes. */
  async function forward(body: Uint8Array, size: number) {
    const copy = new PageCopy(new DatasetBuilder('data/dataset.json'));
    let protoKey = false;
    // The worker's cutter, and beside it a whole assembler (cutting and building in one) to compare with.
    const worker = cutter('data/dataset.json', (reply) => {
      if (reply.type === 'items')
        protoKey ||= mayHoldProtoKey(
          typeof reply.text === 'string' ? reply.text : new TextDecoder().decode(reply.text),
        );
      if (['array', 'items', 'array-end', 'verdict'].includes(reply.type))
        copy.take(reply as Parameters<PageCopy['take']>[0]);
    });
    const whole = new DatasetAssembler('data/dataset.json');
    for (let i = 0; i < body.length; i += size) {
      worker.push(body.subarray(i, i + size));
      whole.push(body.subarray(i, i + size));
    }
    const validated = whole.finish();
    expect(worker.finishCutting()).toBeNull();
    return { validated, copy: await copy.finish(worker.skeletonText ?? '', worker.lastLine), protoKey };
  }

  it.each([7, 1000, 1 << 16])(
    'equals the validated dataset, its index built on the way (chunks of %i)',
    async (size) => {
      const { validated, copy } = await forward(bytes, size);
      expect(copy).toEqual(validated);
      const index = buildIndex(copy);
      expect(buildIndex(copy)).toBe(index); // prebuilt: buildIndex hands it over
      const fresh = buildIndex(structuredClone(validated));
      expect(index.rows.map((r) => r.visit.id)).toEqual(fresh.rows.map((r) => r.visit.id));
      expect(index.facetValues).toEqual(fresh.facetValues);
    },
  );

  it('reads a file that arrives as one large chunk to the same dataset (its pieces: npm run bench:pieces)', async () => {
    const big = synthYiyang(3000, 5);
    const body = new TextEncoder().encode(JSON.stringify(big));
    const copy = new PageCopy(new DatasetBuilder('data/dataset.json'));
    const worker = cutter('data/dataset.json', (reply) => {
      if (['array', 'items', 'array-end', 'verdict'].includes(reply.type))
        copy.take(reply as Parameters<PageCopy['take']>[0]);
    });
    worker.push(body); // the whole file as one chunk, as a network read can be when the page was busy
    expect(worker.finishCutting()).toBeNull();
    expect(await copy.finish(worker.skeletonText ?? '', worker.lastLine)).toEqual(big);
  });

  it('indexes a file that lists its places before its bulletins, and one with a key given twice', async () => {
    const data = JSON.parse(text) as Record<string, unknown>;
    const { bulletins, ...rest } = data;
    const placesFirst = new TextEncoder().encode(JSON.stringify({ ...rest, bulletins }));
    const a = await forward(placesFirst, 500);
    expect(a.copy).toEqual(a.validated);
    const index = buildIndex(a.copy);
    expect(selectView(index, emptyFilters).rows.map((r) => r.visit.id)).toEqual(
      selectView(buildIndex(structuredClone(a.validated)), emptyFilters).rows.map((r) => r.visit.id),
    );
    // "bulletins" twice: JSON keeps the last; so must the copy, and its index.
    const twice = `{"bulletins":[],${JSON.stringify({ ...rest, bulletins }).slice(1)}`;
    const b = await forward(new TextEncoder().encode(twice), 300);
    expect(b.copy).toEqual(b.validated);
    expect(buildIndex(b.copy).rows).toHaveLength(a.validated.bulletins[0]!.visits.length);
  });

  it('validates what it builds: a schema problem keeps its path, a JSON error in a piece its line', async () => {
    const data = JSON.parse(text);
    data.bulletins[0].visits[0].date = '2020-02-30';
    // The page's side only: the worker's cutter feeding a PageCopy.
    const problem = async (body: string) => {
      const bytes = new TextEncoder().encode(body);
      const pieces: Parameters<PageCopy['take']>[0][] = [];
      const worker = cutter('data/dataset.json', (reply) => {
        if (['array', 'items', 'array-end', 'verdict'].includes(reply.type))
          pieces.push(reply as Parameters<PageCopy['take']>[0]);
      });
      for (let i = 0; i < bytes.length; i += 700) worker.push(bytes.subarray(i, i + 700));
      expect(worker.finishCutting()).toBeNull();
      const copy = new PageCopy(new DatasetBuilder('data/dataset.json'));
      try {
        for (const piece of pieces) copy.take(piece);
        await copy.finish(worker.skeletonText ?? '', worker.lastLine);
      } catch (error) {
        if (error instanceof DatasetLoadError) return error.problem;
        throw error;
      }
      return null;
    };
    expect(await problem(JSON.stringify(data))).toMatchObject({
      kind: 'schema',
      issues: [{ path: 'bulletins[0].visits[0].date' }],
    });
    // A JSON error found in its piece is at the line and column a parse of the whole text finds (each piece is
    // parsed as a JSON array: the added '[' is not counted).
    const exactly = (body: string) => {
      try {
        parseDatasetText(body, 'data/dataset.json');
      } catch (error) {
        if (error instanceof DatasetLoadError && error.problem.kind === 'json') {
          const { kind, line, column } = error.problem;
          return { kind, line, column };
        }
      }
      throw new Error('the text parsed');
    };
    const clean = JSON.stringify(JSON.parse(text), null, 1).split('\n');
    // A broken value inside the third person, at the start of its line's value.
    const at = clean.findIndex((l) => l.includes('"titles"'));
    const titles = clean.map((l, i) => (i === at ? l.replace('"titles"', '"titles" 1') : l)).join('\n');
    expect(exactly(titles)).toMatchObject({ kind: 'json', line: at + 1 });
    expect(await problem(titles)).toMatchObject(exactly(titles));
    // A bad escape in the middle of a visit's line, deep in the bulletins' piece.
    const deepAt = clean.findIndex((l) => l.includes('"dateText": "'));
    const deep = clean.map((l, i) => (i === deepAt ? l.replace('"dateText": "', '"dateText": "\\x') : l));
    expect(exactly(deep.join('\n'))).toMatchObject({ kind: 'json', line: deepAt + 1 });
    expect(await problem(deep.join('\n'))).toMatchObject(exactly(deep.join('\n')));
  });

  it('knows a text that may hold a "__proto__" key, however it is written', async () => {
    expect(mayHoldProtoKey('{"__proto__":{"x":1}}')).toBe(true);
    expect(mayHoldProtoKey('{"\\u005f_proto__":1}')).toBe(true);
    expect(mayHoldProtoKey('{"_\\u005Fpr\\u006fto__":1}')).toBe(true);
    expect(mayHoldProtoKey('{"name":"\\u4e2d\\u6587 proto"}')).toBe(false);
    const data = JSON.parse(text);
    data.people[0].__proto__x = 1;
    const read = await forward(
      new TextEncoder().encode(JSON.stringify(data).replace('__proto__x', '__proto__')),
      1000,
    );
    expect(read.protoKey).toBe(true);
    // The dataset is zod's output, which leaves the key out, not the parsed text, which keeps it.
    expect(Object.hasOwn(read.copy.people[0]!, '__proto__')).toBe(false);
  });
});
