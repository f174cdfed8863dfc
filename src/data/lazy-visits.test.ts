import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  keepAsBytes,
  keptAsBytes,
  paragraphsKeptAsBytes,
  RECENT_BULLETINS,
  visitsOfRows,
} from './lazy-visits';
import { DatasetLoadError, type LoadProblem } from './load-error';
import { PageCopy } from './page-copy';
import { DatasetAssembler, DatasetBuilder, parseDatasetText } from './parse-dataset';
import { answerQuotes, cutter, type ParseReply } from './parse-worker';
import { buildIndex } from './index-builder';
import { indexOf, loadIndexBuilder } from './index-of';
import { mergeDatasets, splitBulletins } from './merge';
import {
  writableCopy,
  type Bulletin,
  type Dataset,
  type Visit,
  type WritableBulletin,
  type WritableDataset,
} from './schema';
import { columnsOf, emptyFilters, facetKeys, rowValues, selectView, type DatasetIndex } from './select';
import { synthYiyang } from '../testing/synth';

await loadIndexBuilder();

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const URL = 'data/dataset.json';

/** A dataset's text with its lists first (as `npm run data:synth` writes it) or its bulletins first. */
function fileText(data: Dataset, order: 'lists-first' | 'bulletins-first', indent?: number | string) {
  const { bulletins, schemaVersion, ...lists } = data;
  const ordered =
    order === 'lists-first' ? { schemaVersion, ...lists, bulletins } : { schemaVersion, bulletins, ...lists };
  return JSON.stringify(ordered, null, indent);
}

type Piece = Parameters<PageCopy['take']>[0];

/** As the page reads a file: the worker's cutter (in chunks of `size` bytes) feeding a PageCopy. */
async function readAsThePage(text: string, size = 700): Promise<Dataset> {
  const body = encoder.encode(text);
  const pieces: Piece[] = [];
  const worker = cutter(URL, (reply: ParseReply) => {
    if (['array', 'items', 'array-end', 'verdict'].includes(reply.type)) pieces.push(reply as Piece);
  });
  for (let i = 0; i < body.length; i += size) worker.push(body.slice(i, i + size));
  expect(worker.finishCutting()).toBeNull();
  const copy = new PageCopy(new DatasetBuilder(URL));
  for (const piece of pieces) copy.take(piece);
  return copy.finish(worker.skeletonText ?? '', worker.lastLine);
}

async function problemOf(run: () => Promise<unknown>): Promise<LoadProblem | null> {
  try {
    await run();
    return null;
  } catch (error) {
    if (error instanceof DatasetLoadError) return error.problem;
    throw error;
  }
}

/** A change to the dataset is named by the page's reading just as the whole-text check names it (a schema error). */
async function expectTheSameProblem(
  data: WritableDataset,
  change: (d: WritableDataset) => void,
): Promise<void> {
  const broken = structuredClone(data);
  change(broken);
  const text = fileText(broken, 'lists-first');
  const expected = await problemOf(async () => parseDatasetText(text, URL));
  expect(expected).toMatchObject({ kind: 'schema' });
  expect(await problemOf(() => readAsThePage(text))).toEqual(expected);
}

describe("a bulletin's visits kept as bytes", () => {
  const visits = (n: number): Visit[] => synthYiyang(n, 3).bulletins.flatMap((b) => b.visits);

  it('reads as the visits they were, the same objects while recent, equal ones after', () => {
    const original = visits(12);
    const bulletin = { id: 'b', title: { zh: '标题' }, visits: [] as Visit[], paragraphs: ['甲'] };
    keepAsBytes(bulletin as unknown as Bulletin, encoder.encode(JSON.stringify(original)));
    const b = bulletin as unknown as Bulletin;
    expect(keptAsBytes(b)).toBe(true);
    expect(b.visits).toEqual(original);
    const first = b.visits[3];
    expect(b.visits[3]).toBe(first);
    // Read as any property: in its own place in the key order, by JSON, spreading and cloning.
    expect(Object.keys(b)).toEqual(['id', 'title', 'visits', 'paragraphs']);
    expect(JSON.parse(JSON.stringify(b))).toEqual({ ...bulletin, visits: original });
    expect(structuredClone(b).visits).toEqual(original);
    expect({ ...b }.visits).toEqual(original);
    // Other bulletins read after it push it out of the recent ones: then its visits are parsed again.
    for (let i = 0; i < RECENT_BULLETINS; i += 1) {
      const other = { visits: [] } as unknown as Bulletin;
      keepAsBytes(other, encoder.encode('[]'));
      expect(other.visits).toEqual([]);
    }
    expect(b.visits[3]).not.toBe(first);
    expect(b.visits[3]).toEqual(first);
    // Written (by the loader, which holds it as a bulletin being built), the property is plain again.
    (b as WritableBulletin).visits = original.slice(0, 2);
    expect(keptAsBytes(b)).toBe(false);
    expect(b.visits).toHaveLength(2);
  });
});

describe("the cutter finds each bulletin's visits in the piece's bytes", () => {
  /**
   * Bulletin i with a trap. Where a key is written with an escape, or "visits" is given twice, the span found may
   * not be the one JSON.parse keeps: none is given (-1), and the visits stay parsed.
   */
  type Trap =
    | 'none'
    | 'escaped-key'
    | 'look-alike-key'
    | 'look-alike-text'
    | 'visits-twice'
    | 'escaped-after-plain'
    | 'object-after-array';
  const allTraps: readonly Trap[] = [
    'none',
    'escaped-key',
    'look-alike-key',
    'look-alike-text',
    'visits-twice',
    'escaped-after-plain',
    'object-after-array',
  ];
  const trapArb = fc.constantFrom<Trap>(...allTraps);
  /** The traps whose span is found: those with one plain key "visits". */
  const spanFound: ReadonlySet<Trap> = new Set(['none', 'look-alike-text']);

  /** The text of the bulletins array's element i, with its trap. */
  function withTrap(bulletin: Bulletin, trap: Trap, indent: string): string {
    const json = JSON.stringify(bulletin, null, indent);
    if (trap === 'escaped-key') return json.replace('"visits"', '"vis\\u0069ts"');
    if (trap === 'look-alike-key')
      // Keys that end in `"visits"` written with an escaped quote, before and after the real one.
      return JSON.stringify(
        { 'note"visits': [1, [2]], ...bulletin, 'x\\': ['"visits":['], 'after"visits': [[3]] },
        null,
        indent,
      );
    if (trap === 'look-alike-text')
      return JSON.stringify(
        { ...bulletin, paragraphs: [...bulletin.paragraphs, '","visits":[1]'] },
        null,
        indent,
      );
    if (trap === 'visits-twice') return json.replace('{', '{"visits": [ {"id": "gone"} ] ,');
    // JSON.parse keeps the last: the escaped key's array, or the object (which the schema refuses).
    if (trap === 'escaped-after-plain')
      return json.replace('"visits"', '"vi\\u0073its"').replace('{', '{"visits": [],');
    if (trap === 'object-after-array') return `${json.slice(0, -1)},"visits": {}}`;
    return json;
  }

  it('where JSON.parse finds them, whatever the spacing, traps and chunks', () => {
    const data = synthYiyang(60, 5);
    fc.assert(
      fc.property(
        fc.array(trapArb, { minLength: data.bulletins.length, maxLength: data.bulletins.length }),
        fc.constantFrom('', ' ', '\t', '\n  '),
        fc.integer({ min: 1, max: 3000 }),
        (traps, indent, size) => {
          const elements = data.bulletins.map((b, i) => withTrap(b, traps[i] ?? 'none', indent));
          // Each trap is what it says: JSON.parse keeps the visits the trap means it to.
          elements.forEach((text, i) => {
            const kept = (JSON.parse(text) as { visits: unknown }).visits;
            const trap = traps[i] ?? 'none';
            expect(kept).toEqual(trap === 'object-after-array' ? {} : data.bulletins[i]!.visits);
          });
          const text = `{"people":[],"bulletins": [ ${elements.join(' ,\n')} ] }`;
          const found: { text: string; bytes: Uint8Array; visits: Int32Array | null }[] = [];
          const assembler = new DatasetAssembler(
            URL,
            {
              onItems: (_k, piece, _line, _count, bytes, visits) =>
                found.push({ text: piece, bytes: bytes.slice(), visits }),
            },
            null,
          );
          const body = encoder.encode(text);
          for (let i = 0; i < body.length; i += size) assembler.push(body.subarray(i, i + size));
          assembler.finishCutting();
          let bi = 0;
          for (const piece of found) {
            if (piece.visits === null) continue; // the people
            const items = JSON.parse(piece.text) as Bulletin[];
            expect(decoder.decode(piece.bytes)).toBe(piece.text);
            expect(piece.visits).toHaveLength(2 * items.length);
            items.forEach((item, i) => {
              const from = piece.visits![2 * i]!;
              const to = piece.visits![2 * i + 1]!;
              if (!spanFound.has(traps[bi] ?? 'none')) expect([from, to]).toEqual([-1, -1]);
              else expect(JSON.parse(decoder.decode(piece.bytes.subarray(from, to)))).toEqual(item.visits);
              bi += 1;
            });
          }
          expect(bi).toBe(data.bulletins.length);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("the page's copy keeps the visits as bytes once they are checked and indexed", () => {
  const data = synthYiyang(400, 7);

  it('reads the same dataset, its visits kept as bytes, where the file lists people and places first', async () => {
    const text = fileText(data, 'lists-first');
    const read = await readAsThePage(text, 4096);
    expect(JSON.stringify(read)).toBe(text);
    expect(read.bulletins.every(keptAsBytes)).toBe(true);
    // The index was built on the way; its rows read their visits from the bytes, in order.
    const index = buildIndex(read);
    const fresh = buildIndex(JSON.parse(text) as Dataset);
    expect(index.rows.map((r) => r.visit)).toEqual(fresh.rows.map((r) => r.visit));
  });

  // How many bulletins an export parses (one each, not one per row) is a figure of `npm run bench:pieces`.
  it("gives many rows' visits in their order (an export of the whole view)", async () => {
    const read = await readAsThePage(fileText(data, 'lists-first'), 4096);
    const { rows } = selectView(indexOf(read), emptyFilters);
    const visits = visitsOfRows(rows);
    expect(visits).toEqual(rows.map((r) => r.visit));
  });

  it('keeps them parsed where the lists come after the bulletins (checked and indexed at the end)', async () => {
    const text = fileText(data, 'bulletins-first', 1);
    const read = await readAsThePage(text);
    expect(read.bulletins.some(keptAsBytes)).toBe(false);
    expect(read).toEqual(JSON.parse(text));
  });

  /** A change to the file, and where it shows. */
  const late = data.bulletins.length - 1;
  const changes: [string, (d: WritableDataset) => void][] = [
    [
      'a visit id used twice, far apart',
      (d) => void (d.bulletins[late]!.visits[0]!.id = d.bulletins[0]!.visits[0]!.id),
    ],
    [
      'an unknown person in a late bulletin',
      (d) => void (d.bulletins[late]!.visits[0]!.participants[0]!.personId = 'nobody'),
    ],
    [
      'an unknown supply type',
      (d) =>
        void (d.bulletins[late - 1]!.visits.find((v) => v.supplies.length > 0)!.supplies[0]!.supplyTypeId =
          'nothing'),
    ],
    ['a quote not in its paragraph', (d) => void (d.bulletins[late]!.visits[0]!.evidence.quote = '不在这里')],
    [
      'a district that is a village',
      (d) => void (d.bulletins[late]!.visits[0]!.districtId = d.bulletins[late]!.visits[0]!.placeId),
    ],
  ];

  it.each(changes)('names what the whole-text check names: %s', async (_name, change) => {
    await expectTheSameProblem(data, change);
  });

  it('reads "visits" given twice as JSON.parse does: the last, whatever its form', async () => {
    const text = fileText(data, 'lists-first');
    // The last written with an escape: its array is the bulletin's visits.
    const escaped = text
      .replace('"visits":', '"vi\\u0073its":')
      .replace('{"id":"synth-1"', '{"visits":[],"id":"synth-1"');
    expect(escaped).not.toBe(text);
    const read = await readAsThePage(escaped, 4096);
    expect(read).toEqual(JSON.parse(escaped));
    expect(read.bulletins[0]!.visits).toEqual(data.bulletins[0]!.visits);
    // The last an object: the file is refused, as a whole-text parse refuses it.
    const last = `${text.slice(0, text.indexOf('{"id":"synth-3"') - 2)},"visits":{}}${text.slice(text.indexOf('{"id":"synth-3"') - 1)}`;
    const expected = await problemOf(async () => parseDatasetText(last, URL));
    expect(expected).toMatchObject({ kind: 'schema' });
    expect(await problemOf(() => readAsThePage(last))).toEqual(expected);
  });

  it('checks the visits again at the end when a list they refer to is given again after them', async () => {
    // "people" twice: JSON keeps the last, which lacks a person the visits name.
    const text = fileText(data, 'lists-first');
    const fewer = JSON.stringify(data.people.slice(1));
    const twice = `${text.slice(0, -1)},"people":${fewer}}`;
    const expected = await problemOf(async () => parseDatasetText(twice, URL));
    expect(expected?.kind === 'schema' && expected.issues[0]?.message).toMatch(/unknown person/);
    expect(await problemOf(() => readAsThePage(twice))).toEqual(expected);
  });
});

describe("a bulletin's paragraphs: checked in the worker, read by the page from the bytes when shown", () => {
  const data = synthYiyang(400, 9);

  /** The pieces the page receives from the worker's cutter (chunks of `size` bytes). */
  function piecesOf(text: string, size = 4096): Extract<ParseReply, { type: 'items' }>[] {
    const items: Extract<ParseReply, { type: 'items' }>[] = [];
    const worker = cutter(URL, (reply: ParseReply) => {
      if (reply.type === 'items') items.push(reply);
    });
    const body = encoder.encode(text);
    for (let i = 0; i < body.length; i += size) worker.push(body.slice(i, i + size));
    worker.finishCutting();
    return items;
  }

  it.each(['lists-first', 'bulletins-first'] as const)(
    'the page parses none of the full text, and reads the same dataset (%s)',
    async (order) => {
      const text = fileText(data, order);
      // A paragraph that is not quoted by any fact (the narrative of a bulletin) is nowhere in what the page parses.
      const paragraph = data.bulletins[3]!.paragraphs[1]!;
      const received = piecesOf(text).map((p) =>
        typeof p.text === 'string' ? p.text : decoder.decode(p.text),
      );
      expect(received.join('')).not.toContain(paragraph);
      expect(received.every((t) => t.length < text.length)).toBe(true);
      const read = await readAsThePage(text, 4096);
      expect(read.bulletins.every(paragraphsKeptAsBytes)).toBe(true);
      expect(JSON.stringify(read)).toBe(text);
      expect(read.bulletins[3]!.paragraphs).toEqual(data.bulletins[3]!.paragraphs);
      expect(read).toEqual(JSON.parse(text));
    },
  );

  type Trap = 'none' | 'escaped-key' | 'paragraphs-twice' | 'look-alike-text' | 'spaced';
  /** Bulletin i, with a trap: where JSON.parse might keep another array than the one found, none is cut. */
  function withTrap(bulletin: Bulletin, trap: Trap): string {
    const json = JSON.stringify(bulletin);
    if (trap === 'escaped-key') return json.replace('"paragraphs"', '"paragr\\u0061phs"');
    if (trap === 'paragraphs-twice') return json.replace('{', '{"paragraphs":["gone"],');
    if (trap === 'look-alike-text')
      return JSON.stringify({ ...bulletin, title: { zh: '"paragraphs":["x"]', en: 'paragraphs' } });
    if (trap === 'spaced') return JSON.stringify(bulletin, null, '\n ');
    return json;
  }
  const cutWhere: ReadonlySet<Trap> = new Set(['none', 'look-alike-text', 'spaced']);

  it('reads each bulletin as JSON.parse does, whatever the traps and chunks', async () => {
    const small = synthYiyang(40, 4);
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.constantFrom<Trap>('none', 'escaped-key', 'paragraphs-twice', 'look-alike-text', 'spaced'),
          {
            minLength: small.bulletins.length,
            maxLength: small.bulletins.length,
          },
        ),
        fc.integer({ min: 1, max: 3000 }),
        async (traps, size) => {
          const { bulletins, schemaVersion, ...lists } = small;
          const head = JSON.stringify({ schemaVersion, ...lists });
          const elements = bulletins.map((b, i) => withTrap(b, traps[i] ?? 'none'));
          const text = `${head.slice(0, -1)},"bulletins":[${elements.join(',')}]}`;
          const read = await readAsThePage(text, size);
          expect(read).toEqual(JSON.parse(text));
          read.bulletins.forEach((b, i) =>
            expect(paragraphsKeptAsBytes(b)).toBe(cutWhere.has(traps[i] ?? 'none')),
          );
        },
      ),
      { numRuns: 25 },
    );
  });

  /** A change to the file's paragraphs, and the whole-text check names it. */
  const late = data.bulletins.length - 1;
  const changes: [string, (d: WritableDataset) => void][] = [
    ['an empty paragraph', (d) => void (d.bulletins[late]!.paragraphs[1] = '')],
    ['a paragraph that is a number', (d) => void ((d.bulletins[2]!.paragraphs as unknown[])[0] = 7)],
    [
      'a quoted paragraph changed',
      (d) =>
        void (d.bulletins[late]!.paragraphs = d.bulletins[late]!.paragraphs.map((p) => `${p.slice(0, 2)}…`)),
    ],
  ];

  it.each(changes)('names what the whole-text check names: %s', async (_name, change) => {
    await expectTheSameProblem(data, change);
  });

  it.each([
    ['a tab', '\t'],
    ['a line break', '\n'],
    ['a NUL', '\u0000'],
  ])(
    'names %s written as it is inside a paragraph as the whole text does (a JSON error)',
    async (_name, ch) => {
      const text = fileText(data, 'lists-first');
      const at = text.indexOf(data.bulletins[7]!.paragraphs[2]!) + 3;
      const broken = `${text.slice(0, at)}${ch}${text.slice(at)}`;
      const expected = await problemOf(async () => parseDatasetText(broken, URL));
      expect(expected).toMatchObject({ kind: 'json' });
      const found = await problemOf(() => readAsThePage(broken));
      expect(found).toMatchObject({ kind: 'json', line: (expected as { line: number }).line });
    },
  );

  it('names a JSON error inside a paragraph by its line, as the whole text does', async () => {
    const text = fileText(data, 'lists-first', 1);
    const at = text.indexOf(data.bulletins[5]!.paragraphs[1]!);
    const broken = `${text.slice(0, at)}\\x${text.slice(at)}`;
    const expected = await problemOf(async () => parseDatasetText(broken, URL));
    expect(expected).toMatchObject({ kind: 'json' });
    const found = await problemOf(() => readAsThePage(broken));
    expect(found).toMatchObject({ kind: 'json', line: (expected as { line: number }).line });
  });
});

describe('the quotes of a piece checked in the worker, where its paragraphs are', () => {
  const data = synthYiyang(300, 6);

  /**
   * As the page reads a file with the worker: the cutter's pieces and the page's quotes go from thread to thread
   * as the browser sends them (cloned, the bytes transferred: gone from the sender), the worker's answers after
   * the piece they are about. Also says how many quotes the worker answered.
   */
  async function readWithTheWorker(text: string, size = 4096): Promise<{ read: Dataset; answered: number }> {
    const body = encoder.encode(text);
    const pieces: Piece[] = [];
    const held = new Map<number, (string[] | null)[]>();
    const worker = cutter(
      URL,
      (reply: ParseReply, transfer: Transferable[] = []) => {
        if (['array', 'items', 'array-end', 'verdict'].includes(reply.type))
          pieces.push(structuredClone(reply, { transfer }) as Piece);
      },
      held,
    );
    for (let i = 0; i < body.length; i += size) worker.push(body.slice(i, i + size));
    expect(worker.finishCutting()).toBeNull();
    const answers: Piece[] = [];
    const copy = new PageCopy(new DatasetBuilder(URL), (request, transfer) =>
      answers.push(answerQuotes(held, structuredClone(request, { transfer })) as Piece),
    );
    let answered = 0;
    for (const piece of pieces) {
      copy.take(piece);
      answered += answers.length;
      answers.splice(0).forEach((answer) => copy.take(answer));
    }
    const read = await copy.finish(worker.skeletonText ?? '', worker.lastLine);
    expect(held.size).toBe(0); // every piece's paragraphs let go
    return { read, answered };
  }

  it.each(['lists-first', 'bulletins-first'] as const)('reads the same dataset (%s)', async (order) => {
    const text = fileText(data, order);
    const { read, answered } = await readWithTheWorker(text);
    expect(answered).toBeGreaterThan(0);
    expect(read.bulletins.every(paragraphsKeptAsBytes)).toBe(true);
    expect(read).toEqual(JSON.parse(text));
  });

  it('names a quote changed in any fact as the whole-text check names it', async () => {
    // Every object of a bulletin that has evidence, wherever the schema puts it.
    const withEvidence = (value: unknown, found: { evidence: { quote: string } }[] = []) => {
      if (value !== null && typeof value === 'object') {
        if ('evidence' in value) found.push(value as { evidence: { quote: string } });
        Object.values(value).forEach((v) => withEvidence(v, found));
      }
      return found;
    };
    const late = data.bulletins.length - 2;
    const facts = withEvidence(data.bulletins[late]!.visits);
    expect(facts.length).toBeGreaterThan(5);
    for (let f = 0; f < facts.length; f += 1) {
      const broken = structuredClone(data) as WritableDataset;
      withEvidence(broken.bulletins[late]!.visits)[f]!.evidence.quote = '不在此段的引文';
      const text = fileText(broken, 'lists-first');
      const expected = await problemOf(async () => parseDatasetText(text, URL));
      expect(expected).toMatchObject({ kind: 'schema' });
      expect(await problemOf(() => readWithTheWorker(text))).toEqual(expected);
    }
  });

  it('reads each bulletin as JSON.parse does, whatever the chunks and spacing', async () => {
    const small = synthYiyang(40, 4);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 3000 }),
        fc.constantFrom(undefined, 1, '\n '),
        async (size, indent) => {
          const text = fileText(small, 'lists-first', indent);
          expect((await readWithTheWorker(text, size)).read).toEqual(JSON.parse(text));
        },
      ),
      { numRuns: 15 },
    );
  });
});

describe("a merged dataset's index goes on from the loaded one's (IndexBuilder.forkSteps)", () => {
  /** Synthetic data, some of whose supplies state an amount (in two units). */
  const withAmounts = (d: WritableDataset) => {
    d.bulletins.forEach((b, bi) =>
      b.visits.forEach((v, vi) => {
        const s = v.supplies[0];
        if (s && (bi + vi) % 3 === 0) s.quantity = { value: bi + vi, unit: vi % 2 ? '箱' : '个' };
      }),
    );
    return d;
  };
  const data = withAmounts(synthYiyang(300, 11));
  /** A library bulletin: a bulletin of `from`, renamed, with the lists it refers to. */
  const mine = (from: Dataset, bi: number, name: string): WritableDataset => {
    const part = writableCopy(splitBulletins({ ...from, bulletins: [from.bulletins[bi]!] })[0]!);
    part.bulletins[0]!.id = name;
    part.bulletins[0]!.visits.forEach((v, i) => (v.id = `${name}-v${i}`));
    return part;
  };
  /** What a reader sees of an index: each row, the facet values, and who is where under every filter value. */
  const seen = (index: DatasetIndex) => ({
    rows: index.rows.map((r) => [
      r.position,
      r.bulletin.id,
      r.visit.id,
      r.sortKey,
      r.districtId,
      r.placePath,
      r.leadIds,
    ]),
    facetValues: index.facetValues,
    personRoles: [...index.personRoles],
    views: facetKeys.flatMap((key) =>
      index.facetValues[key].map((id) =>
        selectView(index, { ...emptyFilters, [key]: [id] }).rows.map((r) => r.position),
      ),
    ),
    values: index.rows.map((r) => facetKeys.map((key) => rowValues(index, r, key))),
  });

  /** The index's columns (select.ts, Columns) as plain values: each in use, without the room left to grow. */
  const columnsSeen = (index: DatasetIndex) => {
    const c = columnsOf(index);
    const rows = index.rows.length;
    const plain = (value: unknown): unknown => {
      if (value instanceof Map)
        return [...value].map(([k, v]) => [typeof k === 'object' ? (k as Bulletin).id : k, plain(v)]);
      if (ArrayBuffer.isView(value)) return value;
      if (Array.isArray(value)) return value.map((v) => (typeof v === 'object' ? (v as Bulletin).id : v));
      if (value && typeof value === 'object') {
        const o = value as { start?: Int32Array; values?: Int32Array };
        if (o.start && o.values) {
          const end = o.start[rows]!;
          return { start: [...o.start.subarray(0, rows + 1)], values: [...o.values.subarray(0, end)] };
        }
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
      }
      return value;
    };
    const amounts = c.quantified.start[rows]!;
    return {
      ...(plain({ ...c, amounts: null, flags: null, at: null, positionOf: null }) as object),
      amounts: [[...c.amounts.value.subarray(0, amounts)], [...c.amounts.kind.subarray(0, amounts)]],
      flags: [...c.flags.values.subarray(0, rows)],
      at: [...c.at!],
    };
  };

  it('as a whole new index would be, and leaves the loaded one as it was', async () => {
    const base = await readAsThePage(fileText(data, 'lists-first'), 4096);
    const baseIndex = indexOf(base);
    const before = { ...seen(baseIndex), columns: columnsSeen(baseIndex) };
    // Three of the user's bulletins: one of the loaded data renamed, one from other data (its own people,
    // places and supply types, some of which clash and are refused), and one that reuses a visit id.
    const other = withAmounts(synthYiyang(40, 12));
    const reused = mine(data, 2, 'mine-3');
    reused.bulletins[0]!.visits[0]!.id = data.bulletins[0]!.visits[0]!.id;
    const { dataset, refused } = mergeDatasets(base, [
      mine(data, 4, 'mine-1'),
      mine(other, 1, 'mine-2'),
      reused,
    ]);
    expect(refused.map((r) => [r.bulletinId, r.problem.code])).toContainEqual(['mine-3', 'visit-id']);
    expect(dataset.bulletins.length).toBeGreaterThan(base.bulletins.length);
    const forked = indexOf(dataset);
    // That neither the merge nor the index reads the loaded visits again is a figure of `npm run bench:pieces`.
    const fresh = buildIndex(JSON.parse(JSON.stringify(dataset)) as Dataset);
    expect(seen(forked)).toEqual(seen(fresh));
    expect({ ...seen(baseIndex), columns: columnsSeen(baseIndex) }).toEqual(before);
    // Every column the charts and the map count on, as a whole new index has it.
    expect(columnsSeen(forked)).toEqual(columnsSeen(fresh));
  });
});
