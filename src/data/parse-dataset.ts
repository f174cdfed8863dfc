/**
 * Turns the text of a dataset file into a valid Dataset or a DatasetLoadError that names what is wrong.
 * It holds zod, so dataset-query.ts loads it on demand, keeping the schema library out of the first paint.
 */
import { findJsonErrorOffset, jsonErrorLocation } from './json-error';
import { DatasetLoadError } from './load-error';
import { runInSlices } from '../lib/slices';
import { ZodArray } from 'zod';
import { elementCheck, shapeAccepts } from './fast-validate';
import { keepAsBytes } from './lazy-visits';
import {
  checkDataset,
  checkDatasetInSlices,
  checkEvidence,
  checkVisits,
  visitRefs,
  type VisitRefs,
  datasetSchema,
  datasetShape,
  SCHEMA_VERSION,
  type Bulletin,
  type Dataset,
} from './schema';

export const MAX_LISTED_ISSUES = 5;

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => {
    if (typeof part === 'number') return `${out}[${part}]`;
    const name = String(part);
    return out === '' ? name : `${out}.${name}`;
  }, '');
}

export function parseDatasetText(text: string, url: string): Dataset {
  const head = text.trimStart().slice(0, 200).toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html'))
    throw new DatasetLoadError({ kind: 'html', url });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new DatasetLoadError({ kind: 'json', url, ...jsonErrorLocation(text, error) });
  }
  return validateDataset(raw);
}

export function validateDataset(raw: unknown): Dataset {
  if (
    raw !== null &&
    typeof raw === 'object' &&
    'schemaVersion' in raw &&
    raw.schemaVersion !== SCHEMA_VERSION
  ) {
    throw new DatasetLoadError({
      kind: 'version',
      found: JSON.stringify(raw.schemaVersion),
      known: SCHEMA_VERSION,
    });
  }
  const result = datasetSchema.safeParse(raw);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    path: formatPath(issue.path),
    message: issue.message,
  }));
  throw new DatasetLoadError({
    kind: 'schema',
    issues: issues.slice(0, MAX_LISTED_ISSUES),
    count: issues.length,
  });
}

/**
 * The fast verdict on a whole dataset (fast-validate.ts): the structure, taking the arrays in `checked` as checked
 * element by element already, then the whole-file rules. True only where zod would accept the dataset.
 */
export function fastAccepts(
  raw: unknown,
  checked: ReadonlySet<unknown> = new Set(),
  /** Bulletin arrays whose evidence was checked already, bulletin by bulletin (checkEvidence). */
  evidenceChecked: ReadonlySet<unknown> = new Set(),
): boolean {
  if (!shapeAccepts(raw, checked)) return false;
  const dataset = raw as Dataset;
  return checkDataset(dataset, { evidence: !evidenceChecked.has(dataset.bulletins) }).length === 0;
}

/**
 * The fast checks of elements of the top-level array `key`, the first being its element `first`: each against the
 * schema, and a bulletin's evidence (all it needs is the bulletin; checked as it comes, not all at the end).
 * `beforeEvidence`: called between the two (bulletins then get their paragraphs' text, where the schema saw their
 * shape: lazyParagraphs). `elsewhere`: the bulletins whose evidence is checked elsewhere (quotesHold).
 */
export function itemsPass(
  key: string,
  items: readonly unknown[],
  first: number,
  { beforeEvidence, elsewhere }: { beforeEvidence?: () => void; elsewhere?: (i: number) => boolean } = {},
): boolean {
  const check = elementCheck(key);
  if (check === null) return false;
  if (!check) return true; // a key the schema does not know: zod leaves it out
  for (const item of items) if (!check(item)) return false;
  beforeEvidence?.();
  if (key === 'bulletins')
    for (let i = 0; i < items.length; i += 1)
      if (!elsewhere?.(i) && checkEvidence(items[i] as Bulletin, first + i).length > 0) return false;
  return true;
}

/**
 * The quotes of a piece's bulletins, for the thread that holds their paragraphs (the worker): for each fact, its
 * bulletin (in the piece), paragraph, offset (-1 for none) and quote's length in `facts`, four numbers a fact; the
 * quotes one after another in `text`.
 */
export type Quotes = { facts: Float64Array; text: string };

/** Every fact's evidence of a bulletin (valid by the schema), as checkEvidence reads them, added to `facts` and `quotes`. */
export function collectQuotes(bulletin: Bulletin, index: number, facts: number[], quotes: string[]): void {
  const add = (e: { paragraph: number; quote: string; offset?: number }) => {
    facts.push(index, e.paragraph, e.offset ?? -1, e.quote.length);
    quotes.push(e.quote);
  };
  for (const v of bulletin.visits) {
    add(v.evidence);
    for (const p of v.participants) add(p.evidence);
    for (const s of v.supplies) add(s.evidence);
    for (const s of v.inspected) add(s.evidence);
    for (const r of v.remarks) add(r.evidence);
  }
}

/**
 * Whether every quote holds in the paragraphs of its bulletin (`paragraphs`, by the bulletin's place in the piece):
 * checkEvidence's verdict, where the paragraphs are and the facts are not (the worker).
 */
export function quotesHold(paragraphs: readonly (readonly string[] | null)[], quotes: Quotes): boolean {
  const { facts, text } = quotes;
  const visits = new Map<number, { evidence: unknown; participants: { evidence: unknown }[] }>();
  for (let j = 0, at = 0; j < facts.length; j += 4) {
    const i = facts[j] as number;
    const offset = facts[j + 2] as number;
    const length = facts[j + 3] as number;
    const evidence: { paragraph: number; quote: string; offset?: number } = {
      paragraph: facts[j + 1] as number,
      quote: text.slice(at, at + length),
    };
    at += length;
    if (offset >= 0) evidence.offset = offset;
    const visit = visits.get(i);
    if (visit) visit.participants.push({ evidence });
    else visits.set(i, { evidence, participants: [] });
  }
  for (const [i, visit] of visits) {
    const own = paragraphs[i];
    if (!own) return false;
    const bulletin = { paragraphs: own, visits: [{ ...visit, supplies: [], inspected: [], remarks: [] }] };
    if (checkEvidence(bulletin as unknown as Bulletin, i).length > 0) return false;
  }
  return true;
}

/**
 * The same checks on a piece (its elements as a JSON array, in the worker, which then forgets it): false for
 * text that does not parse (the page, which parses every piece, then finds and names the error).
 */
export function piecePasses(key: string, text: string, first: number): boolean {
  let items: unknown[];
  try {
    items = JSON.parse(text) as unknown[];
  } catch {
    return false;
  }
  return itemsPass(key, items, first);
}

/** Decodes a piece's spans as they are: a byte order mark inside the file is a character, as JSON.parse sees it. */
const spanDecoder = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * A bulletin's paragraphs, in the bytes of its piece, for its checks without reading them all: `shape`, a string
 * per paragraph that the schema judges as it would the paragraph (empty where it is empty, else one character),
 * and `text`, the same array whose elements are the paragraphs themselves, each parsed from its string's bytes
 * (`strings[first…]`, `count` pairs of offsets, from its opening quote to just past the closing one) when first
 * read: the evidence reads those its facts quote (a sixth of a synthetic library's text).
 */
function lazyParagraphs(
  bytes: Uint8Array,
  strings: Int32Array,
  first: number,
  count: number,
): { shape: string[]; text: string[] } {
  const shape: string[] = [];
  for (let i = 0; i < count; i += 1)
    shape.push((strings[first + 2 * i + 1] as number) - (strings[first + 2 * i] as number) <= 2 ? '' : 'x');
  const read: (string | undefined)[] = [];
  const text = new Proxy(shape, {
    get(target, key, receiver) {
      if (typeof key === 'string') {
        const i = Number(key);
        if (Number.isInteger(i) && i >= 0 && i < count && String(i) === key)
          return (read[i] ??= JSON.parse(
            spanDecoder.decode(bytes.subarray(strings[first + 2 * i], strings[first + 2 * i + 1])),
          ) as string);
      }
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { shape, text };
}

/**
 * Builds the dataset from the pieces a DatasetAssembler cuts (each top-level array's elements as JSON text, then
 * the skeleton): parses them, checks each element as it comes (fast-validate.ts), and at the end validates the
 * whole: the fast verdict, or zod for a file found wanting (its issues and paths). In one thread it sits inside
 * the assembler; on the page it builds from the text the parsing worker cuts, so that the file is parsed once.
 */
export class DatasetBuilder {
  private arrays: unknown[][] = [];
  /** The key of each top-level array, by its number. */
  private keys: string[] = [];
  /** Top-level arrays whose every element has passed the fast check so far; false once one has not. */
  private elementsValid = true;
  private readonly checked = new Set<unknown>();
  private readonly evidenceChecked = new Set<unknown>();
  /**
   * The text may hold a "__proto__" key, which zod leaves out of what it returns and JSON.parse keeps: the parsed
   * text is then not the dataset, and `finish` returns zod's output instead.
   */
  mayHoldProtoKey = false;
  /** Top-level arrays that have ended, by number; and the last array opened under each key. */
  private readonly ended = new Set<number>();
  private readonly lastOf = new Map<string, number>();
  /**
   * The bulletins' visits checked as they come (checkVisits), where the lists they refer to were complete when
   * the bulletins began (as a file that lists them first has them): against those lists, which the dataset must
   * still hold at the end for the checks to count.
   */
  private visitChecks: {
    bulletins: unknown[];
    lists: Record<RefList, unknown>;
    refs: VisitRefs;
    passed: boolean;
  } | null = null;

  constructor(private readonly url: string) {}

  openArray(k: number, key: string): void {
    const array: unknown[] = [];
    this.arrays[k] = array;
    this.keys[k] = key;
    this.lastOf.set(key, k);
    if (key === 'bulletins') this.visitChecks = this.refsFor(array);
  }

  /** Array k has ended: it takes no more elements. */
  closeArray(k: number): void {
    this.ended.add(k);
  }

  /** Whether the visits of array k so far are all checked (checkVisits) and passed: none is left for the end. */
  visitsChecked(k: number): boolean {
    return (
      this.visitChecks !== null && this.visitChecks.passed && this.visitChecks.bulletins === this.arrays[k]
    );
  }

  /** The ids of the visits of `dataset` (finished), where they were all checked as they came; else null. */
  checkedVisitIds(dataset: Dataset): ReadonlyMap<string, unknown> | null {
    const checks = this.visitChecks;
    return checks?.passed && checks.bulletins === dataset.bulletins ? checks.refs.visitIds : null;
  }

  /** The tables to check the visits of `bulletins` against as they come, if the four lists are complete. */
  private refsFor(bulletins: unknown[]): DatasetBuilder['visitChecks'] {
    const lists = {} as Record<RefList, unknown>;
    for (const key of refLists) {
      const k = this.lastOf.get(key);
      if (k === undefined || !this.ended.has(k)) return null;
      lists[key] = this.arrays[k];
    }
    try {
      const refs = visitRefs(lists as Pick<Dataset, RefList>);
      return { bulletins, lists, refs, passed: true };
    } catch {
      return null; // elements that are not objects with ids: zod names them at the end
    }
  }

  /** Array k as built so far. */
  array(k: number): readonly unknown[] | undefined {
    return this.arrays[k];
  }

  /**
   * Elements of array k, as a JSON array (`[` and `]` around the file's text, which starts on `line`): parsed,
   * returned. With `checkHere` false another thread checks them (piecePasses) and tells its `verdict`.
   * `cut`: bulletins whose "paragraphs" the text leaves out (the worker cut them: a 0 in their place, after it
   * found that each is an array of strings; withoutParagraphs), with the bytes they are in, where (pairs of
   * offsets, or -1) and where each of their strings is (AssemblerHooks.onBulletinBytes): the schema checks their
   * shape, the evidence reads those it quotes from the bytes, and from then on they are read from the bytes when
   * read (lazy-visits.ts).
   */
  items(
    k: number,
    text: string,
    line: number,
    checkHere = true,
    cut: {
      bytes: Uint8Array;
      at: Int32Array;
      strings: Int32Array;
      /** Where given, the quotes of these bulletins are handed to it (the worker holds their paragraphs). */
      ask?: (facts: number[], quotes: string[]) => void;
    } | null = null,
  ): unknown[] {
    let items: unknown[];
    try {
      // The brackets come with the text: no concatenation here, which JSON.parse would copy whole again (at
      // 300,000 visits, 600 MB more garbage on the page while it loads).
      items = JSON.parse(text) as unknown[];
    } catch (thrown) {
      // Where in the file's own text (after the added '['): its line and column. Bulletins without their
      // paragraphs: in the piece with them, as the file has it (its lines), where the same error is the first.
      let error = thrown;
      if (cut) {
        text = spanDecoder.decode(cut.bytes);
        try {
          JSON.parse(text);
        } catch (whole) {
          error = whole;
        }
      }
      const offset = Math.max(0, findJsonErrorOffset(text) - 1);
      const before = text.slice(1, 1 + offset);
      const newlines = before.split('\n').length - 1;
      const column = newlines === 0 ? offset + 1 : offset - before.lastIndexOf('\n');
      throw new DatasetLoadError({
        kind: 'json',
        url: this.url,
        line: line + newlines,
        column,
        reason: error instanceof Error ? error.message : String(error),
      });
    }
    if (!Array.isArray(items))
      throw new Error('a piece is a JSON array of elements (its text with brackets)');
    const ask = cut?.ask;
    let asked = false;
    // Bulletins without their paragraphs: until they are checked, each has their shape (lazyParagraphs).
    const lazy: [{ paragraphs: unknown }, string[]][] = [];
    const lazyAt = new Set<number>();
    if (cut) {
      for (let i = 0, s = 0; i < items.length; i += 1) {
        const count = cut.strings[s] ?? 0;
        const from = cut.at[2 * i] ?? -1;
        const item: unknown = items[i];
        if (from >= 0 && item !== null && typeof item === 'object') {
          const { shape, text } = lazyParagraphs(cut.bytes, cut.strings, s + 1, count);
          (item as { paragraphs: unknown }).paragraphs = shape;
          lazy.push([item as { paragraphs: unknown }, text]);
          lazyAt.add(i);
        }
        s += 1 + 2 * count;
      }
    }
    const target = this.arrays[k];
    if (!target) throw new Error(`items of an array that was not opened (${k})`);
    const first = target.length;
    for (const item of items) target.push(item);
    if (!this.mayHoldProtoKey && mayHoldProtoKey(text)) this.mayHoldProtoKey = true;
    const checks = this.visitChecks;
    if (checks?.passed && checks.bulletins === target) {
      try {
        for (let i = 0; i < items.length && checks.passed; i += 1)
          if (checkVisits(items[i] as Bulletin, first + i, checks.refs).length > 0) checks.passed = false;
      } catch {
        checks.passed = false; // not a bulletin as the schema has it: the checks at the end name what is wrong
      }
    }
    if (this.elementsValid) {
      const check = elementCheck(this.keys[k] ?? '');
      // A key the schema does not know is left out by zod: its elements need no check.
      if (check === null) this.elementsValid = false;
      else if (check) {
        const key = this.keys[k] ?? '';
        if (ask && key === 'bulletins' && lazyAt.size > 0) {
          // The quotes of bulletins whose paragraphs are in the worker: checked there, the verdict to come.
          const passed = checkHere && itemsPass(key, items, first, { elsewhere: (i) => lazyAt.has(i) });
          const facts: number[] = [];
          const quotes: string[] = [];
          if (passed) for (const i of lazyAt) collectQuotes(items[i] as Bulletin, i, facts, quotes);
          asked = true;
          ask(facts, quotes);
          if (checkHere && !passed) this.elementsValid = false;
        } else {
          const reveal = () => lazy.forEach(([item, text]) => (item.paragraphs = text));
          if (checkHere && !itemsPass(key, items, first, { beforeEvidence: reveal }))
            this.elementsValid = false;
        }
        if (this.elementsValid) {
          this.checked.add(target);
          if (this.keys[k] === 'bulletins') this.evidenceChecked.add(target);
        }
      }
    }
    if (ask && !asked) ask([], []); // nothing to check: the worker may let the paragraphs go
    if (cut)
      for (let i = 0; i < items.length; i += 1) {
        const from = cut.at[2 * i] ?? -1;
        const item: unknown = items[i];
        if (from >= 0 && item !== null && typeof item === 'object')
          keepAsBytes(item as Bulletin, cut.bytes.subarray(from, cut.at[2 * i + 1]), 'paragraphs');
      }
    return items;
  }

  /** What another thread found of a piece it checked (items with `checkHere` false). */
  verdict(passed: boolean): void {
    if (!passed) this.elementsValid = false;
  }

  /** The whole, from the skeleton (`{"schemaVersion":1,"bulletins":[0],…}`, its arrays by number). */
  finish(skeleton: string, line: number): Dataset {
    const raw = this.fill(skeleton, line);
    const rules = this.wholeFileRules(raw);
    return rules && checkDataset(raw as Dataset, rules).length === 0
      ? (raw as Dataset)
      : validateDataset(raw);
  }

  /**
   * As `finish`, in slices with `pause()` between them: the whole-file rules (400 ms at 300,000 visits), and a
   * file found wanting (validateInSlices: zod over the whole of 100,000 visits takes seconds).
   */
  async finishInSlices(skeleton: string, line: number, pause: () => Promise<void>): Promise<Dataset> {
    const raw = this.fill(skeleton, line);
    const rules = this.wholeFileRules(raw);
    if (rules && (await checkDatasetInSlices(raw as Dataset, rules, pause)).length === 0)
      return raw as Dataset;
    // A "__proto__" key: zod's own output is the dataset (it leaves the key out).
    if (this.mayHoldProtoKey) return validateDataset(raw);
    return validateInSlices(raw, pause);
  }

  /**
   * Each element was checked as it arrived: where they all passed and the rest of the structure does, what is
   * left are the whole-file rules, to run with these options (evidence only where it was not checked on the way);
   * null sends the file to zod, for its issues and paths (a file found wanting, or one whose copy zod would change).
   */
  private wholeFileRules(raw: unknown): { evidence: boolean; visits: boolean } | null {
    if (!this.elementsValid || this.mayHoldProtoKey || !shapeAccepts(raw, this.checked)) return null;
    const dataset = raw as Dataset;
    const evidence = !this.evidenceChecked.has(dataset.bulletins);
    const checks = this.visitChecks;
    const visitsChecked =
      !evidence &&
      checks !== null &&
      checks.passed &&
      checks.bulletins === dataset.bulletins &&
      refLists.every((key) => checks.lists[key] === dataset[key]);
    return { evidence, visits: !visitsChecked };
  }

  /** The whole from the skeleton: its arrays put back in their places. */
  private fill(skeleton: string, line: number): unknown {
    let raw: unknown;
    try {
      raw = JSON.parse(skeleton);
    } catch (error) {
      throw new DatasetLoadError({
        kind: 'json',
        url: this.url,
        line,
        column: 1,
        reason: error instanceof Error ? error.message : String(error),
      });
    }
    fillSkeleton(raw, this.arrays);
    this.arrays = [];
    if (mayHoldProtoKey(skeleton)) this.mayHoldProtoKey = true;
    return raw;
  }
}

type Issue = { path: string; message: string };

/** The lists a visit refers to. */
const refLists = ['people', 'organizations', 'places', 'supplyTypes'] as const;
type RefList = (typeof refLists)[number];

/**
 * zod's issues for a file the fast checks found wanting, found in slices of about 30 ms with `pause()` between
 * them, never zod over the whole file at once: each top-level array's elements are checked fast and zod is asked
 * about the failing ones only (their issues prefixed with their place); the rest of the file (its other fields,
 * each array's own rules) by zod on a copy whose arrays keep their first element; the whole-file rules (ids,
 * references, evidence) where the structure is sound. Throws the DatasetLoadError that names them; returns the
 * dataset where zod would accept it after all.
 */
export async function validateInSlices(raw: unknown, pause: () => Promise<void>): Promise<Dataset> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return validateDataset(raw); // nothing large
  if ('schemaVersion' in raw && raw.schemaVersion !== SCHEMA_VERSION) return validateDataset(raw); // the version error
  const record = raw as Record<string, unknown>;
  const shell: Record<string, unknown> = { ...record };
  const elementIssues = await runInSlices(elementIssueSteps(record, shell), pause);
  const shellResult = datasetShape.safeParse(shell);
  const shellIssues = shellResult.success ? [] : shellResult.error.issues;
  // In zod's order: field by field, each array's first element (from the shell) before the others.
  const issues: Issue[] = [];
  for (const key of Object.keys(datasetShape.shape)) {
    for (const issue of shellIssues)
      if (issue.path[0] === key) issues.push({ path: formatPath(issue.path), message: issue.message });
    issues.push(...(elementIssues.get(key) ?? []));
  }
  for (const issue of shellIssues)
    if (!(typeof issue.path[0] === 'string' && issue.path[0] in datasetShape.shape))
      issues.push({ path: formatPath(issue.path), message: issue.message });
  if (issues.length === 0) {
    await pause();
    for (const issue of await checkDatasetInSlices(raw as Dataset, {}, pause))
      issues.push({ path: formatPath(issue.path), message: issue.message });
  }
  if (issues.length === 0) return raw as Dataset;
  throw new DatasetLoadError({
    kind: 'schema',
    issues: issues.slice(0, MAX_LISTED_ISSUES),
    count: issues.length,
  });
}

/**
 * zod's issues for the elements of each top-level array that fail the fast check, a step per element; each array
 * in `shell` keeps only its element 0 (so that the array's own rules, a minimum length, still hold; zod checks it
 * there).
 */
function* elementIssueSteps(
  record: Record<string, unknown>,
  shell: Record<string, unknown>,
): Generator<void, Map<string, Issue[]>> {
  const elementIssues = new Map<string, Issue[]>();
  for (const [key, schema] of Object.entries(datasetShape.shape)) {
    const value = record[key];
    if (!(schema instanceof ZodArray) || !Array.isArray(value) || value.length <= 1) continue;
    shell[key] = value.slice(0, 1);
    const check = elementCheck(key);
    const found: Issue[] = [];
    for (let i = 1; i < value.length; i += 1) {
      if (!check?.(value[i])) {
        const result = schema.element.safeParse(value[i]);
        if (!result.success)
          for (const issue of result.error.issues)
            found.push({ path: formatPath([key, i, ...issue.path]), message: issue.message });
      }
      yield;
    }
    elementIssues.set(key, found);
  }
  return elementIssues;
}

/**
 * What a DatasetAssembler tells as it goes, for a reader that builds the dataset elsewhere from the same text (the
 * page, from what the worker cuts): each top-level array as it opens (its number in the skeleton, its key), its
 * complete elements as a JSON array (the file's text, comma-separated, with `[` and `]` put around it) with the
 * line they start on and how many they are, and its end; at `finishCutting`, the skeleton.
 */
export type AssemblerHooks = {
  onArray?(k: number, key: string): void;
  /**
   * `bytes`: the piece's UTF-8 bytes, of which `text` is the decoding (the reader may keep them). `visits`, for
   * the pieces of "bulletins" only: for each element, where its "visits" array starts and ends in `bytes` (from
   * its `[` to just past its `]`), or -1 and -1 where it has none that could be found (then it is only in the
   * text): a bulletin that is not an object, or one with a key written with escapes or "visits" given twice (the
   * array found might not be the one JSON.parse keeps).
   */
  onItems?(
    k: number,
    text: string,
    line: number,
    count: number,
    bytes: Uint8Array,
    visits: Int32Array | null,
    /** As `visits`, for each element's "paragraphs" array (found under the same conditions). */
    paragraphs: Int32Array | null,
  ): void;
  /**
   * For a cutter only (no builder): a piece of bulletins, before it is decoded, with its spans as `onItems` has
   * them. A hook that takes the piece (true) decodes what it needs itself, and `onItems` is not called for it;
   * else (false) the piece is decoded and handed to `onItems`.
   */
  onBulletinBytes?(
    k: number,
    line: number,
    count: number,
    bytes: Uint8Array,
    visits: Int32Array,
    paragraphs: Int32Array,
    /**
     * For each element, the strings found in its "paragraphs" array (where `paragraphs` has it): how many, then
     * where each is in `bytes`, from its opening quote to just past its closing one. Each is an element of the
     * array where JSON.parse reads the array as that many strings (the caller makes sure).
     */
    strings: Int32Array,
  ): boolean;
  onArrayEnd?(k: number): void;
};

/**
 * True when a JSON text may hold the key "__proto__" (written plainly or with \u escapes). zod leaves such a key
 * out of what it returns; a copy parsed from the text keeps it as an own property: such a copy is not used.
 */
export function mayHoldProtoKey(text: string): boolean {
  if (text.includes('__proto__')) return true;
  return text.includes('\\u00') && /\\u00(?:5[fF]|7[024]|6[fF])/.test(text);
}

/**
 * Puts a skeleton's arrays back: a top-level value `[k]` (one number) is array k. (dataset-query.ts does the same
 * on the page's copy; it cannot import this module, which holds zod.)
 */
export function fillSkeleton(raw: unknown, arrays: readonly unknown[][]): unknown {
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
    const record = raw as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const value = record[key];
      if (Array.isArray(value) && value.length === 1 && typeof value[0] === 'number') {
        const items = arrays[value[0]];
        if (items) record[key] = items;
      }
    }
  }
  return raw;
}

/**
 * The most bytes of elements handed on as one piece (more when one element is larger): each piece is parsed,
 * checked and indexed in one task on the page, about 60 ms per MB there at 100,000 visits on two cores.
 */
export const MAX_PIECE_BYTES = 512 * 2 ** 10;

/** Below this size every byte is kept, so that a JSON error is located exactly by the whole-text parser. */
export const EXACT_ERRORS_BELOW = 64 * 2 ** 20;

/**
 * Reads a dataset file as its bytes arrive, without ever holding it as one string (a file of a few hundred MB
 * exceeds what one JavaScript string may hold): each element of a top-level array (each bulletin, person, place)
 * is cut out of the bytes as soon as it is complete and parsed with the others of its chunk; what is left, the
 * skeleton (`{"schemaVersion":1,"bulletins":[0],…}`), is parsed at the end and the elements put back in place.
 * `finish()` validates the whole (zod) and returns the Dataset, or throws a DatasetLoadError.
 */
export class DatasetAssembler {
  private buf = new Uint8Array(1 << 16);
  private length = 0; // bytes held in buf
  private base = 0; // absolute offset of buf[0]
  private scanned = 0; // absolute offset of the next byte to scan
  private total = 0;
  private kept: Uint8Array[] | null = [];
  private started = false;
  private split = false;
  private depth = 0;
  private inString = false;
  private escape = false;
  private line = 1;
  /** Absolute offset where the current element began, or -1; and of the first complete element not parsed yet. */
  private elementStart = -1;
  private elementLine = 1;
  /** Inside a top-level array, whose elements are cut out. */
  private inSplit = false;
  private batchStart = -1;
  private batchEnd = -1;
  private batchLine = 1;
  /** Elements in the batch not handed on yet. */
  private batchCount = 0;
  private expectElement = false;
  /** How many top-level arrays have opened. */
  private arrayCount = 0;
  /**
   * The array being cut is the bulletins: the "visits" and "paragraphs" arrays of its elements are found
   * (absolute offsets).
   */
  private cuttingBulletins = false;
  /** Where the array of `openOf` opened (absolute offset), or -1. */
  private arrayOpen = -1;
  private openOf: SpanKey = 0;
  /** Of the current bulletin: its visits' and paragraphs' arrays, from `[` to just past `]`, or -1. */
  private elementSpans = [-1, -1, -1, -1];
  /** Where each element of the batch has its visits array and its paragraphs: pairs of absolute offsets, or -1. */
  private batchVisits: number[] = [];
  private batchParagraphs: number[] = [];
  /** The strings of the current bulletin's paragraphs (absolute offsets, pairs), and those of the batch (AssemblerHooks). */
  private paragraphStrings: number[] = [];
  private batchStrings: number[] = [];
  /** The string being read is one of the current bulletin's paragraphs. */
  private inParagraph = false;
  /**
   * Of the current bulletin: how many keys "visits" and "paragraphs" it has, and whether a key is written with an
   * escape (which JSON.parse reads as another key, maybe one of these): either way a span found is not sure to be
   * the one JSON.parse keeps, and none is kept as bytes.
   */
  private spanKeys = [0, 0];
  private escapedKey = false;
  /** The key noted last is "visits" (0) or "paragraphs" (1), or neither (-1): the value that follows is its. */
  private valueOf: SpanKey | -1 = -1;
  /** Where the last string opened (absolute offset). */
  private stringAt = 0;
  private skeleton: string[] = [];
  private skeletonFrom = 0; // absolute offset of the first skeleton byte not yet copied
  private readonly decoder = new TextDecoder();
  /** The skeleton's text, once `finish` has read it (null for a file that was not split). */
  skeletonText: string | null = null;

  /**
   * `builder`: what parses and checks the pieces; by default its own, in this thread. null makes a cutter only
   * (the page builds from the pieces the hooks hand on): `finishCutting` then returns null for a file it split.
   */
  private readonly builder: DatasetBuilder | null;

  constructor(
    private readonly url: string,
    private readonly hooks: AssemblerHooks = {},
    builder: DatasetBuilder | null = new DatasetBuilder(url),
  ) {
    this.builder = builder;
  }

  get bytes(): number {
    return this.total;
  }

  push(chunk: Uint8Array): void {
    this.total += chunk.length;
    if (this.kept) {
      if (this.total <= EXACT_ERRORS_BELOW) this.kept.push(chunk.slice());
      else this.kept = null;
    }
    if (this.length + chunk.length > this.buf.length) {
      const next = new Uint8Array(Math.max(this.buf.length * 2, this.length + chunk.length));
      next.set(this.buf.subarray(0, this.length));
      this.buf = next;
    }
    this.buf.set(chunk, this.length);
    this.length += chunk.length;
    try {
      this.scan();
    } catch (error) {
      this.fail(error);
    }
  }

  /** The validated dataset, or a DatasetLoadError that says what is wrong. */
  finish(): Dataset {
    const dataset = this.finishCutting();
    if (dataset === null) throw new Error('a cutter (no builder) has no dataset: use finishCutting()');
    return dataset;
  }

  /**
   * The end of the file: for a cutter, null once the skeleton is read (`skeletonText`, `lastLine`; the builder
   * elsewhere finishes), or the dataset of a file that could not be split (read whole, here); else as `finish`.
   */
  finishCutting(): Dataset | null {
    try {
      if (!this.started) throw this.jsonError('Unexpected end of JSON input', this.line, 1);
      if (!this.split) {
        const text = this.decoder.decode(this.buf.subarray(0, this.length));
        return parseDatasetText(text, this.url);
      }
      this.flushBatch();
      if (this.depth !== 0 || this.inString)
        throw this.jsonError('Unexpected end of JSON input', this.line, 1);
      this.copySkeleton(this.base + this.length);
      const skeleton = this.skeleton.join('');
      this.skeletonText = skeleton;
      return this.builder ? this.builder.finish(skeleton, this.line) : null;
    } catch (error) {
      this.fail(error);
    }
  }

  /** The line where the file ends (for a JSON error in the skeleton, found by a builder elsewhere). */
  get lastLine(): number {
    return this.line;
  }

  /** A JSON error a builder elsewhere found: located exactly, where the bytes were kept. */
  locate(error: DatasetLoadError): DatasetLoadError {
    try {
      this.fail(error);
    } catch (exact) {
      if (exact instanceof DatasetLoadError) return exact;
    }
    return error;
  }

  /** A JSON error: the exact one from the whole text where it was kept, else one located as well as can be. */
  private fail(error: unknown): never {
    if (!(error instanceof DatasetLoadError) || error.problem.kind !== 'json' || !this.kept) throw error;
    const whole = new Uint8Array(this.total);
    let at = 0;
    for (const part of this.kept) {
      whole.set(part, at);
      at += part.length;
    }
    parseDatasetText(this.decoder.decode(whole), this.url);
    throw error; // the whole text parsed after all: keep the error found in pieces
  }

  private jsonError(reason: string, line: number, column: number): DatasetLoadError {
    return new DatasetLoadError({ kind: 'json', url: this.url, line, column, reason });
  }

  private scan(): void {
    const buf = this.buf;
    const end = this.base + this.length;
    let i = this.scanned - this.base;
    const stop = this.length;
    if (!this.started) {
      // Skip a byte order mark and white space; decide whether the file can be split (a top-level object).
      while (i < stop && (buf[i] === 0xef || buf[i] === 0xbb || buf[i] === 0xbf || isSpace(buf[i] as number)))
        i += 1;
      if (i >= stop) {
        this.scanned = end;
        return;
      }
      this.started = true;
      this.split = buf[i] === 0x7b; // '{'
      if (!this.split) {
        this.scanned = end;
        return;
      }
      this.skeletonFrom = this.base + i;
    }
    if (!this.split) {
      this.scanned = end;
      return;
    }
    let { depth, inString, escape, line } = this;
    const view = buf.subarray(0, stop);
    for (; i < stop; i += 1) {
      if (inString) {
        // Most bytes are inside strings: jump to the next quote (a native search), then see if it is escaped.
        if (escape) {
          escape = false;
          continue; // the loop's i += 1 skips the escaped byte
        }
        const quote = view.indexOf(0x22, i);
        const until = quote < 0 ? stop : quote;
        let k = until - 1;
        while (k >= i && view[k] === 0x5c) k -= 1;
        const escaped = (until - 1 - k) % 2 === 1;
        if (quote < 0) {
          escape = escaped;
          i = stop - 1;
        } else if (escaped) {
          i = quote; // an escaped quote: the string goes on after it
        } else {
          inString = false;
          i = quote;
          if (this.inParagraph) {
            this.paragraphStrings.push(this.base + quote + 1);
            this.inParagraph = false;
          }
        }
        continue;
      }
      const b = buf[i] as number;
      if (b === 0x0a) {
        line += 1;
        continue;
      }
      if (b === 0x20 || b === 0x09 || b === 0x0d) continue;
      const abs = this.base + i;
      if (depth === 2 && this.inSplit) {
        if (b === 0x2c || b === 0x5d) {
          // ',' or ']' at the level of the array's elements: the element (if any) ends here.
          if (this.elementStart >= 0) {
            if (this.batchStart < 0) {
              this.batchStart = this.elementStart;
              this.batchLine = this.elementLine;
            }
            this.batchEnd = abs;
            this.batchCount += 1;
            this.elementStart = -1;
            if (this.cuttingBulletins) {
              const [v0, v1, p0, p1] = this.elementSpans as [number, number, number, number];
              const sure = (key: SpanKey) => this.spanKeys[key] === 1 && !this.escapedKey;
              this.batchVisits.push(sure(0) ? v0 : -1, sure(0) ? v1 : -1);
              this.batchParagraphs.push(sure(1) ? p0 : -1, sure(1) ? p1 : -1);
              const strings = sure(1) && p0 >= 0 ? this.paragraphStrings : [];
              this.batchStrings.push(strings.length / 2, ...strings);
              this.resetSpans();
            }
            // A piece is one task for whoever parses it: a large network chunk is handed on in several.
            if (this.batchEnd - this.batchStart >= MAX_PIECE_BYTES) this.flushBatch();
          } else if (b === 0x2c || this.expectElement) {
            this.depth = depth;
            this.line = line;
            throw this.jsonError(`Unexpected token '${String.fromCharCode(b)}'`, line, 1);
          }
          if (b === 0x2c) {
            this.expectElement = true;
            continue;
          }
          // The array closes: parse what is pending, then the skeleton resumes here.
          this.depth = depth;
          this.line = line;
          this.flushBatch();
          this.builder?.closeArray(this.arrayCount - 1);
          this.hooks.onArrayEnd?.(this.arrayCount - 1);
          this.skeletonFrom = abs;
          this.inSplit = false;
          depth = 1;
          continue;
        }
        if (this.elementStart < 0) {
          this.elementStart = abs;
          this.elementLine = line;
          this.expectElement = false;
        }
      }
      if (b === 0x22) {
        inString = true;
        this.stringAt = abs;
        if (depth === 4 && this.arrayOpen >= 0 && this.openOf === 1) {
          this.paragraphStrings.push(abs);
          this.inParagraph = true;
        }
      } else if (b === 0x3a) {
        // A key of a bulletin: its visits are kept as bytes only where "visits" is its one key so written.
        if (depth === 3 && this.cuttingBulletins) this.noteKey(i);
      } else if (b === 0x5b && depth === 3 && this.cuttingBulletins && this.valueOf >= 0) {
        // A bulletin's "visits" or "paragraphs" (an array at this depth is the value of the key just noted).
        this.arrayOpen = abs;
        this.openOf = this.valueOf as SpanKey;
        depth += 1;
      } else if (b === 0x5d && depth === 4 && this.arrayOpen >= 0) {
        this.elementSpans[2 * this.openOf] = this.arrayOpen;
        this.elementSpans[2 * this.openOf + 1] = abs + 1;
        this.arrayOpen = -1;
        depth -= 1;
      } else if (b === 0x7b || b === 0x5b) {
        if (depth === 1 && b === 0x5b) {
          // A top-level array: in the skeleton it becomes [k]; its elements are cut out.
          this.copySkeleton(abs + 1);
          const key = this.lastKey();
          const k = this.arrayCount;
          this.arrayCount += 1;
          this.builder?.openArray(k, key);
          if (this.hooks.onArray) this.hooks.onArray(k, key);
          this.skeleton.push(String(k));
          this.inSplit = true;
          this.cuttingBulletins = key === 'bulletins';
          this.resetSpans();
          this.expectElement = false;
          this.elementStart = -1;
        }
        depth += 1;
      } else if (b === 0x7d || b === 0x5d) depth -= 1;
    }
    this.depth = depth;
    this.inString = inString;
    this.escape = escape;
    this.line = line;
    this.scanned = end;
    // Parse the complete elements of this chunk together, then let go of the bytes no longer needed.
    if (this.inSplit) this.flushBatch();
    const keepFrom = Math.min(
      this.elementStart >= 0 ? this.elementStart : end,
      this.inSplit ? end : this.skeletonFrom,
    );
    const drop = keepFrom - this.base;
    if (drop > 0) {
      this.buf.copyWithin(0, drop, this.length);
      this.length -= drop;
      this.base = keepFrom;
    }
  }

  private flushBatch(): void {
    if (this.batchStart < 0) return;
    const from = this.batchStart - this.base;
    const to = this.batchEnd - this.base;
    // Decoded with brackets around, as one JSON array: whoever parses it needs no copy of its own.
    const framed = new Uint8Array(to - from + 2);
    framed[0] = 0x5b; // '['
    framed.set(this.buf.subarray(from, to), 1);
    framed[framed.length - 1] = 0x5d; // ']'
    const count = this.batchCount;
    let visits: Int32Array | null = null;
    let paragraphs: Int32Array | null = null;
    let strings: Int32Array | null = null;
    if (this.cuttingBulletins) {
      // As offsets in `framed`, whose byte 0 is the added '['.
      const shift = this.batchStart - 1;
      visits = Int32Array.from(this.batchVisits, (at) => (at < 0 ? -1 : at - shift));
      paragraphs = Int32Array.from(this.batchParagraphs, (at) => (at < 0 ? -1 : at - shift));
      strings = Int32Array.from(this.batchStrings);
      for (let i = 0; i < strings.length; i += 1 + 2 * (strings[i] as number))
        for (let j = i + 1; j <= i + 2 * (strings[i] as number); j += 1)
          strings[j] = (strings[j] as number) - shift;
      this.batchVisits = [];
      this.batchParagraphs = [];
      this.batchStrings = [];
    }
    this.batchStart = -1;
    this.batchCount = 0;
    const k = this.arrayCount - 1;
    if (
      !this.builder &&
      visits &&
      paragraphs &&
      strings &&
      this.hooks.onBulletinBytes?.(k, this.batchLine, count, framed, visits, paragraphs, strings)
    )
      return;
    const text = this.decoder.decode(framed);
    this.builder?.items(k, text, this.batchLine);
    this.hooks.onItems?.(k, text, this.batchLine, count, framed, visits, paragraphs);
  }

  /** A new bulletin: no span found yet, no key counted. */
  private resetSpans(): void {
    this.elementSpans = [-1, -1, -1, -1];
    this.paragraphStrings = [];
    this.inParagraph = false;
    this.arrayOpen = -1;
    this.spanKeys = [0, 0];
    this.escapedKey = false;
  }

  /** The key before the `:` at buf[i] (in a bulletin object): counts a "visits" or "paragraphs", notes an escape. */
  private noteKey(i: number): void {
    const buf = this.buf;
    let close = i - 1;
    while (close >= 0 && isSpace(buf[close] as number)) close -= 1;
    const open = this.stringAt - this.base;
    this.valueOf = -1;
    if (open < 0 || buf[close] !== 0x22 || open >= close) {
      this.escapedKey = true; // not as expected: do not keep this bulletin's visits as bytes
      return;
    }
    if (buf.subarray(open + 1, close).includes(0x5c)) this.escapedKey = true;
    const is = (key: Uint8Array) =>
      close - open + 1 === key.length && key.every((byte, m) => buf[open + m] === byte);
    this.valueOf = is(VISITS_KEY) ? 0 : is(PARAGRAPHS_KEY) ? 1 : -1;
    if (this.valueOf >= 0) this.spanKeys[this.valueOf] = (this.spanKeys[this.valueOf] ?? 0) + 1;
  }

  /** The key of the array that has just opened: the skeleton so far ends with `"key":[`. */
  private lastKey(): string {
    const match = /"((?:[^"\\]|\\.)*)"\s*:\s*\[$/.exec(this.skeleton[this.skeleton.length - 1] ?? '');
    try {
      return match ? (JSON.parse(`"${match[1] ?? ''}"`) as string) : '';
    } catch {
      return '';
    }
  }

  /** Copies the skeleton bytes from skeletonFrom up to `to` (absolute). */
  private copySkeleton(to: number): void {
    if (to <= this.skeletonFrom) return;
    this.skeleton.push(this.decoder.decode(this.buf.subarray(this.skeletonFrom - this.base, to - this.base)));
    this.skeletonFrom = to;
  }
}

/** `"visits"` and `"paragraphs"`, as bytes; and which of the two a span is. */
const VISITS_KEY = Uint8Array.from('"visits"', (ch) => ch.charCodeAt(0));
const PARAGRAPHS_KEY = Uint8Array.from('"paragraphs"', (ch) => ch.charCodeAt(0));
type SpanKey = 0 | 1;

const isSpace = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
