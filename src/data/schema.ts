/**
 * The one definition of the dataset format (public/data/dataset.json).
 *
 * Every type in the app is `z.infer` of these schemas (a visit as the page reads it is that type made read-only
 * throughout: ReadonlyVisit), and public/data/dataset.schema.json is generated from `datasetSchema` by
 * `npm run data:schema`. Structural rules live in the zod objects; rules that need the whole file (unique ids,
 * references that resolve, quotes found verbatim in their paragraph) live in `checkDataset`, which
 * `datasetSchema` runs as a refinement so that a parse reports them with their paths.
 */
import { z } from 'zod';
import { placeKinds } from './place-kinds';
import { runInSlices, runSteps } from '../lib/slices';

export const SCHEMA_VERSION = 1 as const;

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug such as "tan-xihua"')
  .describe('A stable id: lowercase letters, digits and single hyphens');

export const textSchema = z
  .object({
    zh: z.string().min(1, 'must not be empty'),
    en: z
      .string()
      .min(1, 'must not be empty')
      .optional()
      .describe(
        'Faithful English; absent until a person writes it (the page then shows the Chinese and says so)',
      ),
  })
  .describe('A text in Chinese and its English translation (names in pinyin)');

export const evidenceSchema = z
  .object({
    paragraph: z.number().int().nonnegative().describe('Index into the bulletin paragraphs, from 0'),
    quote: z.string().min(1, 'must not be empty').describe('A verbatim substring of that paragraph'),
    offset: z
      .number()
      .int()
      .nonnegative()
      .optional()
      .describe('Where the quote starts in the paragraph (UTF-16 units), when it occurs more than once'),
  })
  .describe('Where a fact is stated in the bulletin');

export { placeKinds };
/** Kinds that a visit's districtId may name: the county-level division. */
export const countyLevelKinds = ['district', 'county'] as const;
/** Deepest allowed chain of parents (prefecture › county › town › community › compound › site is 6). */
export const MAX_PLACE_DEPTH = 12;

/** True on a fact that the drafting module proposed and no person has accepted yet. */
const drafted = z
  .boolean()
  .optional()
  .describe('Proposed by the drafting module, not yet accepted by a person');
export const timesOfDay = ['morning', 'afternoon', 'evening'] as const;
export const participantRoles = ['lead', 'entrusted-by', 'accompanying', 'delegation'] as const;

export const personSchema = z.object({
  id,
  name: textSchema,
  titles: z.array(textSchema).describe('Titles as the bulletin gives them'),
  drafted,
});

export const organizationSchema = z.object({ id, name: textSchema, drafted });

export const placeSchema = z.object({
  id,
  name: textSchema,
  kind: z.enum(placeKinds),
  parentId: id.nullable(),
  divisionCode: z
    .string()
    .regex(/^\d{6}(\d{3}(\d{3})?)?$/, 'must be a 6, 9 or 12 digit statistical division code')
    .nullable()
    .optional()
    .describe('National statistical division code, where one exists'),
  divisionInferred: z
    .boolean()
    .optional()
    .describe('True where the code is only a probable match (same name, not confirmed by the text)'),
  note: textSchema.optional().describe('What a reader should know about this place or its code'),
  drafted,
});

export const supplyTypeSchema = z.object({ id, name: textSchema, drafted });

export const participantSchema = z
  .object({
    personId: id.optional(),
    organizationId: id.optional(),
    role: z.enum(participantRoles),
    inferred: z.boolean().optional().describe('True where the sentence does not name the person'),
    note: textSchema.optional(),
    evidence: evidenceSchema,
    drafted,
  })
  .refine((p) => p.personId !== undefined || p.organizationId !== undefined, {
    message: 'needs a personId or an organizationId',
  });

export const supplySchema = z.object({
  supplyTypeId: id,
  text: z.string().min(1).describe('The supply as written, e.g. "84消毒液"'),
  quantity: z
    .object({ value: z.number(), unit: z.string().min(1) })
    .nullable()
    .describe('null unless the text states an amount'),
  evidence: evidenceSchema,
  drafted,
});

export const visitSchema = z.object({
  id,
  headline: textSchema,
  date: z.iso
    .date('must be a date written YYYY-MM-DD')
    .nullable()
    .describe('null where the text gives no date that can be read (never guessed)'),
  dateText: z.string().min(1).describe('The date as written, e.g. "2月7日上午"'),
  dateCertain: z.boolean(),
  dateNote: textSchema.optional(),
  timeOfDay: z.enum(timesOfDay).nullable(),
  placeId: id.nullable().describe('The most specific place visited; null where the text names none'),
  districtId: id
    .nullable()
    .describe('The county-level division; null where neither text nor gazetteer gives it'),
  districtInferred: z.boolean(),
  participants: z
    .array(participantSchema)
    .describe('Who went; empty only where the text names nobody who went (a note then says so)'),
  supplies: z.array(supplySchema),
  inspected: z.array(z.object({ placeId: id, evidence: evidenceSchema, drafted })),
  remarks: z.array(z.object({ text: textSchema, evidence: evidenceSchema, drafted })),
  notes: z.array(textSchema).optional(),
  evidence: evidenceSchema,
  drafted,
});

export const bulletinSchema = z.object({
  id,
  title: textSchema,
  publisher: textSchema.nullable().describe('null where the text does not say who published it'),
  publishedAt: z.iso
    .datetime({ offset: true, message: 'must be an ISO date-time with offset' })
    .nullable()
    .describe('null where the text gives no publication time'),
  sourceUrl: z
    .url({ protocol: /^https?$/, message: 'must be an http(s) address' })
    .optional()
    .describe('The original page of the bulletin'),
  paragraphs: z
    .array(z.string().min(1, 'paragraphs must not be empty'))
    .min(1)
    .describe('The text verbatim, one entry per non-blank line, in order'),
  visits: z.array(visitSchema),
  notes: z.array(textSchema).optional().describe('What a reader should know about the bulletin as a whole'),
  drafted,
});

/** The dataset's structure without the whole-file rules (which `checkDataset` adds in `datasetSchema`). */
export const datasetShape = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  bulletins: z.array(bulletinSchema).min(1, 'needs at least one bulletin'),
  people: z.array(personSchema),
  organizations: z.array(organizationSchema),
  places: z.array(placeSchema),
  supplyTypes: z.array(supplyTypeSchema),
});

export type Text = z.infer<typeof textSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type Person = z.infer<typeof personSchema>;
export type Organization = z.infer<typeof organizationSchema>;
export type Place = z.infer<typeof placeSchema>;
export type PlaceKind = (typeof placeKinds)[number];
export type SupplyType = z.infer<typeof supplyTypeSchema>;
export type Participant = z.infer<typeof participantSchema>;
export type ParticipantRole = (typeof participantRoles)[number];
export type TimeOfDay = (typeof timesOfDay)[number];
export type Supply = z.infer<typeof supplySchema>;
/** A value and everything in it read-only. */
export type ReadonlyDeep<T> = T extends (infer U)[]
  ? readonly ReadonlyDeep<U>[]
  : T extends object
    ? { readonly [K in keyof T]: ReadonlyDeep<T[K]> }
    : T;
/** A visit as it is built (drafting, the review's edits, a file being read): a new value, writable. */
export type Visit = z.infer<typeof visitSchema>;
/** A visit as the page reads it from a dataset: nothing in it can be written (see `Bulletin`). */
export type ReadonlyVisit = ReadonlyDeep<Visit>;
/**
 * A bulletin as the page reads it. Its visits are read-only: a large file keeps them as bytes, parsed again when
 * read (lazy-visits.ts), so a write to one would be lost; code that changes a visit builds a new dataset
 * (`WritableDataset`).
 */
export type Bulletin = Omit<WritableBulletin, 'visits'> & { readonly visits: readonly ReadonlyVisit[] };
export type Dataset = Omit<WritableDataset, 'bulletins'> & { bulletins: Bulletin[] };
/** A bulletin being built: by drafting, an edit of a copy, or a file being read. */
export type WritableBulletin = z.infer<typeof bulletinSchema>;
/** A dataset being built or changed: a new value (drafting, a copy edited by the review), never one shown. */
export type WritableDataset = z.infer<typeof datasetShape>;

/** A copy of a dataset to change: an edit builds a new value and leaves the one it was given as it was. */
export function writableCopy(d: Dataset): WritableDataset {
  return structuredClone(d) as WritableDataset;
}

type Issue = { path: PropertyKey[]; message: string };

/** Where a fact of visit vi of bulletin bi is: built only for an issue (a valid file allocates no paths). */
type At = { bi: number; vi: number };
type Part = PropertyKey | undefined;
const pathOf = (at: At | null, parts: Part[]): PropertyKey[] => {
  const rest = parts.filter((p): p is PropertyKey => p !== undefined);
  return at === null ? rest : ['bulletins', at.bi, 'visits', at.vi, ...rest];
};

/** What the rules on references look ids up in, and the visit ids seen so far. */
export type VisitRefs = {
  people: Map<string, unknown>;
  orgs: Map<string, unknown>;
  places: Map<string, Place>;
  supplies: Map<string, unknown>;
  visitIds: Map<string, true>;
};
/** null checks evidence only. */
type Refs = VisitRefs | null;

/** Items by id, the first of each id (a later one is a duplicate, which `onDuplicate` hears of). */
function firstById<T extends { id: string }>(
  items: readonly T[],
  onDuplicate: (i: number, id: string) => void = () => undefined,
): Map<string, T> {
  const map = new Map<string, T>();
  items.forEach((item, i) => {
    if (map.has(item.id)) onDuplicate(i, item.id);
    else map.set(item.id, item);
  });
  return map;
}

/**
 * The tables the visits' references are checked against, from the dataset's people, organisations, places and
 * supply types, with no visit seen yet: for a reader that checks the visits bulletin by bulletin as they come
 * (checkVisits), once those four lists are complete.
 */
export function visitRefs(
  data: Pick<Dataset, 'people' | 'organizations' | 'places' | 'supplyTypes'>,
): VisitRefs {
  return {
    people: firstById(data.people),
    orgs: firstById(data.organizations),
    places: firstById(data.places),
    supplies: firstById(data.supplyTypes),
    visitIds: new Map(),
  };
}

/**
 * The rules on the visits of one bulletin, bulletin bi of the file, but its evidence (checkEvidence): its visits'
 * ids are new (they join `refs.visitIds`) and their references resolve. With every bulletin checked so, in order,
 * `checkDataset(…, { visits: false })` is left for the end.
 */
export function checkVisits(bulletin: Bulletin, bi: number, refs: VisitRefs): Issue[] {
  const issues: Issue[] = [];
  checkBulletin(bulletin, bi, refs, false, issues);
  return issues;
}

/**
 * The rules on one bulletin (bulletin bi of the file): its evidence quotes its paragraphs verbatim and, given
 * `refs`, its ids resolve and its visits' ids are new. Plain loops, no closure per fact: this runs over every fact
 * of a file of 100,000 visits while it loads.
 */
function checkBulletin(
  bulletin: Bulletin,
  bi: number,
  refs: Refs,
  evidenceToo: boolean,
  issues: Issue[],
): void {
  const at: At = { bi, vi: 0 };
  const ref = (
    map: Map<string, unknown>,
    value: string | null | undefined,
    what: string,
    a: PropertyKey,
    b?: Part,
    c?: Part,
  ) => {
    if (value !== undefined && value !== null && !map.has(value))
      issues.push({ path: pathOf(at, [a, b, c]), message: `refers to unknown ${what} "${value}"` });
  };
  const evidence = (e: Evidence, a: PropertyKey, b?: Part, c?: Part) => {
    if (!evidenceToo) return;
    const paragraph = bulletin.paragraphs[e.paragraph];
    if (paragraph === undefined) {
      issues.push({
        path: pathOf(at, [a, b, c, 'paragraph']),
        message: `paragraph ${e.paragraph} does not exist (the bulletin has ${bulletin.paragraphs.length})`,
      });
    } else if (
      e.offset !== undefined ? !paragraph.startsWith(e.quote, e.offset) : !paragraph.includes(e.quote)
    ) {
      if (!paragraph.includes(e.quote))
        issues.push({
          path: pathOf(at, [a, b, c, 'quote']),
          message: `quote is not found verbatim in paragraph ${e.paragraph}`,
        });
      else
        issues.push({
          path: pathOf(at, [a, b, c, 'offset']),
          message: `the quote does not start at offset ${e.offset} of paragraph ${e.paragraph}`,
        });
    }
  };
  for (let vi = 0; vi < bulletin.visits.length; vi += 1) {
    const v = bulletin.visits[vi] as ReadonlyVisit;
    at.vi = vi;
    if (refs) {
      if (refs.visitIds.has(v.id))
        issues.push({ path: pathOf(at, ['id']), message: `duplicate id "${v.id}"` });
      refs.visitIds.set(v.id, true);
      ref(refs.places, v.placeId, 'place', 'placeId');
      ref(refs.places, v.districtId, 'place', 'districtId');
      const district = v.districtId === null ? undefined : refs.places.get(v.districtId);
      if (district && !(countyLevelKinds as readonly string[]).includes(district.kind)) {
        issues.push({
          path: pathOf(at, ['districtId']),
          message: `"${v.districtId}" is a ${district.kind}, not a district or county`,
        });
      }
    }
    evidence(v.evidence, 'evidence');
    for (let i = 0; i < v.participants.length; i += 1) {
      const p = v.participants[i] as ReadonlyVisit['participants'][number];
      if (refs) {
        ref(refs.people, p.personId, 'person', 'participants', i, 'personId');
        ref(refs.orgs, p.organizationId, 'organization', 'participants', i, 'organizationId');
      }
      evidence(p.evidence, 'participants', i, 'evidence');
    }
    for (let i = 0; i < v.supplies.length; i += 1) {
      const s = v.supplies[i] as ReadonlyVisit['supplies'][number];
      if (refs) ref(refs.supplies, s.supplyTypeId, 'supply type', 'supplies', i, 'supplyTypeId');
      evidence(s.evidence, 'supplies', i, 'evidence');
    }
    for (let i = 0; i < v.inspected.length; i += 1) {
      const s = v.inspected[i] as ReadonlyVisit['inspected'][number];
      if (refs) ref(refs.places, s.placeId, 'place', 'inspected', i, 'placeId');
      evidence(s.evidence, 'inspected', i, 'evidence');
    }
    for (let i = 0; i < v.remarks.length; i += 1)
      evidence((v.remarks[i] as ReadonlyVisit['remarks'][number]).evidence, 'remarks', i, 'evidence');
  }
}

/**
 * The evidence rules of one bulletin, bulletin bi of the file: every quote verbatim in its paragraph. Checked as
 * each bulletin arrives, so that `checkDataset(…, { evidence: false })` is left for the end.
 */
export function checkEvidence(bulletin: Bulletin, bi: number): Issue[] {
  const issues: Issue[] = [];
  checkBulletin(bulletin, bi, null, true, issues);
  return issues;
}

/**
 * Whole-file rules: unique ids, references that resolve, evidence that quotes its paragraph verbatim (unless
 * `evidence: false`, for bulletins whose evidence was checked already, one by one; and `visits: false`, for
 * bulletins whose visits were checked so too, checkVisits, in which case the evidence must have been).
 */
type CheckOptions = { evidence?: boolean; visits?: boolean };

export function checkDataset(data: Dataset, options: CheckOptions = {}): Issue[] {
  return runSteps(datasetChecks(data, options));
}

/**
 * As `checkDataset`, in slices of about `sliceMs` with `pause()` between them: at 300,000 visits the whole-file
 * rules take 400 ms, which in one task would hold the page still.
 */
export function checkDatasetInSlices(
  data: Dataset,
  options: CheckOptions,
  pause: () => Promise<void>,
  sliceMs?: number,
): Promise<Issue[]> {
  return runInSlices(datasetChecks(data, options), pause, sliceMs);
}

/** The whole-file rules as steps: the id tables and the places first, then a step every 32 bulletins. */
function* datasetChecks(
  data: Dataset,
  { evidence = true, visits = true }: CheckOptions,
): Generator<void, Issue[]> {
  const issues: Issue[] = [];
  const index = <T extends { id: string }>(items: T[], key: string) =>
    firstById(items, (i, id) => issues.push({ path: [key, i, 'id'], message: `duplicate id "${id}"` }));
  const refs: VisitRefs = {
    people: index(data.people, 'people'),
    orgs: index(data.organizations, 'organizations'),
    places: index(data.places, 'places'),
    supplies: index(data.supplyTypes, 'supplyTypes'),
    visitIds: new Map(),
  };
  yield;
  index(data.bulletins, 'bulletins');
  data.places.forEach((p, i) => {
    if (p.parentId !== null && !refs.places.has(p.parentId))
      issues.push({ path: ['places', i, 'parentId'], message: `refers to unknown place "${p.parentId}"` });
  });
  issues.push(...checkPlaceChains(data.places));
  yield;
  if (!visits && !evidence) return issues;
  const bulletins = data.bulletins;
  for (let bi = 0; bi < bulletins.length; bi += 1) {
    checkBulletin(bulletins[bi] as Bulletin, bi, visits ? refs : null, evidence, issues);
    if (bi % 32 === 31) yield;
  }
  return issues;
}

/**
 * Parent chains end, and not too deep: a cycle (a › b › a) or a chain deeper than MAX_PLACE_DEPTH is an error
 * on the place where it is found. Linear: each place is walked once, its depth remembered.
 */
export function checkPlaceChains(places: readonly Place[]): Issue[] {
  const issues: Issue[] = [];
  const byId = new Map(places.map((p) => [p.id, p] as const));
  const depth = new Map<string, number>();
  places.forEach((start, i) => {
    const path: Place[] = [];
    const onPath = new Set<string>();
    let at: Place | undefined = start;
    let base = 0;
    while (at && !depth.has(at.id)) {
      if (onPath.has(at.id)) {
        issues.push({
          path: ['places', i, 'parentId'],
          message: `place "${at.id}" is its own ancestor (a cycle of parents)`,
        });
        path.forEach((p) => depth.set(p.id, Infinity));
        return;
      }
      onPath.add(at.id);
      path.push(at);
      at = at.parentId === null ? undefined : byId.get(at.parentId);
    }
    if (at) base = depth.get(at.id) ?? 0;
    if (!Number.isFinite(base)) return;
    for (let k = path.length - 1; k >= 0; k--) depth.set(path[k]!.id, base + path.length - k);
    const d = depth.get(start.id) ?? 0;
    if (d > MAX_PLACE_DEPTH)
      issues.push({
        path: ['places', i, 'parentId'],
        message: `place "${start.id}" is ${d} levels deep; at most ${MAX_PLACE_DEPTH} are allowed`,
      });
  });
  return issues;
}

export const datasetSchema = datasetShape.superRefine((data, ctx) => {
  for (const issue of checkDataset(data))
    ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
});
