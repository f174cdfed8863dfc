/**
 * The person's review of a draft, as pure functions on the one-bulletin dataset: the facts of each visit, accept,
 * remove, correct, evidence set from a selection, the form fields applied, and schema problems placed next to the
 * fact and field they concern. The machine's draft and the person's correction live in the same data: a fact
 * stays `drafted: true` until accepted.
 */
import type { DraftFields } from '../../data/library';
import {
  writableCopy,
  type Dataset,
  type Evidence,
  type ReadonlyVisit,
  type Text,
  type Visit,
  type WritableDataset,
} from '../../data/schema';

export type FactKind = 'visit' | 'participant' | 'supply' | 'inspected' | 'remark';
/** A fact of visit `visit`; `index` into its list (participants, supplies, …), -1 for the visit itself. */
export type FactRef = { visit: number; kind: FactKind; index: number };
export const factKey = (r: FactRef) => `${r.visit}:${r.kind}:${r.index}`;

const lists = {
  participant: 'participants',
  supply: 'supplies',
  inspected: 'inspected',
  remark: 'remarks',
} as const satisfies Record<Exclude<FactKind, 'visit'>, keyof Visit>;
const kindOfList = Object.fromEntries(Object.entries(lists).map(([k, v]) => [v, k])) as Record<
  string,
  Exclude<FactKind, 'visit'>
>;

type Fact = { evidence: Evidence; drafted?: boolean | undefined };

export function factsOf(visit: ReadonlyVisit, vi: number): FactRef[] {
  return [
    { visit: vi, kind: 'visit', index: -1 },
    ...(Object.keys(lists) as Exclude<FactKind, 'visit'>[]).flatMap((kind) =>
      visit[lists[kind]].map((_, index) => ({ visit: vi, kind, index })),
    ),
  ];
}

export function allFacts(d: Dataset): FactRef[] {
  return (d.bulletins[0]?.visits ?? []).flatMap((v, vi) => factsOf(v, vi));
}

/** The fact `r` refers to: one that can be changed in a copy being edited, a read-only one elsewhere. */
export function getFact(d: WritableDataset, r: FactRef): Fact | undefined;
export function getFact(d: Dataset, r: FactRef): Readonly<Fact> | undefined;
export function getFact(d: Dataset, r: FactRef): Readonly<Fact> | undefined {
  const visit = d.bulletins[0]?.visits[r.visit];
  if (!visit) return undefined;
  return r.kind === 'visit' ? visit : visit[lists[r.kind]][r.index];
}

/** A changed copy: `change` writes into a copy (a new value), never into the draft the page shows. */
export function edit(d: Dataset, change: (draft: WritableDataset) => void): Dataset {
  const copy = writableCopy(d);
  change(copy);
  const b = copy.bulletins[0];
  if (b) {
    if (allFacts(copy).some((r) => getFact(copy, r)?.drafted)) b.drafted = true;
    else delete b.drafted;
  }
  return copy;
}

export function acceptFact(d: Dataset, r: FactRef): Dataset {
  return edit(d, (c) => {
    const fact = getFact(c, r);
    if (fact) delete fact.drafted;
    const visit = c.bulletins[0]!.visits[r.visit]!;
    const undraft = (
      items: { id: string; drafted?: boolean | undefined }[],
      id: string | null | undefined,
    ) => {
      const item = items.find((x) => x.id === id);
      if (item) delete item.drafted;
    };
    if (r.kind === 'participant') {
      const p = visit.participants[r.index]!;
      undraft(c.people, p.personId);
      undraft(c.organizations, p.organizationId);
    } else if (r.kind === 'visit') {
      undraft(c.places, visit.placeId);
      undraft(c.places, visit.districtId);
    } else if (r.kind === 'supply') undraft(c.supplyTypes, visit.supplies[r.index]!.supplyTypeId);
    else if (r.kind === 'inspected') undraft(c.places, visit.inspected[r.index]!.placeId);
  });
}

export function acceptAll(d: Dataset): Dataset {
  return allFacts(d).reduce(acceptFact, d);
}

export function removeFact(d: Dataset, r: FactRef): Dataset {
  return edit(d, (c) => {
    const visits = c.bulletins[0]!.visits;
    if (r.kind === 'visit') visits.splice(r.visit, 1);
    else visits[r.visit]![lists[r.kind]].splice(r.index, 1);
  });
}

export function setEvidence(d: Dataset, r: FactRef, evidence: Evidence): Dataset {
  return edit(d, (c) => {
    const fact = getFact(c, r);
    if (fact) fact.evidence = { ...evidence };
  });
}

/** Where an evidence quote sits in its paragraph: at `offset` if given, else its first occurrence. */
export function evidenceRange(
  paragraph: string | undefined,
  e: Evidence,
): { start: number; end: number } | null {
  if (paragraph === undefined || e.quote === '') return null;
  const start =
    e.offset !== undefined && paragraph.startsWith(e.quote, e.offset) ? e.offset : paragraph.indexOf(e.quote);
  return start < 0 ? null : { start, end: start + e.quote.length };
}

/**
 * A text with its English set as typed (a space typed between two words is kept: the field shows the draft), or
 * removed where the field is blank.
 */
export function withText(zh: string, en: string): Text {
  return en.trim() ? { zh, en } : { zh };
}

/** "2020-02-14T09:45" (a datetime-local value, China time) -> "2020-02-14T09:45:00+08:00". */
export function toIsoOffset(local: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2})?$/.exec(local.trim());
  return m ? `${m[1]}T${m[2]}:00+08:00` : local.trim() === '' ? null : local.trim();
}

/** The reverse, for the input: the wall-clock time as written (the offset dropped). */
export function fromIsoOffset(iso: string | null | undefined): string {
  return iso ? iso.slice(0, 16) : '';
}

/** Fields the user left empty, filled from what the drafting read in the text. */
export function fillFields(
  fields: DraftFields,
  meta: { title?: string; publisher?: string; publishedAt?: string; sourceUrl?: string },
): DraftFields {
  return {
    ...fields,
    title: fields.title || meta.title || '',
    publisher: fields.publisher || meta.publisher || '',
    publishedAt: fields.publishedAt || fromIsoOffset(meta.publishedAt),
    sourceUrl: fields.sourceUrl || meta.sourceUrl || '',
  };
}

export function fieldsOf(d: Dataset): DraftFields {
  const b = d.bulletins[0]!;
  return {
    title: b.title.zh,
    titleEn: b.title.en ?? '',
    publisher: b.publisher?.zh ?? '',
    publisherEn: b.publisher?.en ?? '',
    publishedAt: fromIsoOffset(b.publishedAt),
    sourceUrl: b.sourceUrl ?? '',
  };
}

/** The dataset to validate and save: the draft with the form's title, publisher, date and address. */
export function applyFields(d: Dataset, fields: DraftFields): Dataset {
  const copy = structuredClone(d);
  const b = copy.bulletins[0]!;
  b.title = withText(fields.title.trim(), fields.titleEn.trim());
  b.publisher = fields.publisher.trim() ? withText(fields.publisher.trim(), fields.publisherEn.trim()) : null;
  b.publishedAt = toIsoOffset(fields.publishedAt);
  if (fields.sourceUrl.trim()) b.sourceUrl = fields.sourceUrl.trim();
  else delete b.sourceUrl;
  return copy;
}

export type FieldName = keyof DraftFields | 'text';
export type Problem = { field: string; message: string };
export type PlacedIssues = {
  fields: Partial<Record<FieldName, string[]>>;
  facts: Map<string, Problem[]>;
  other: string[];
};

/**
 * Schema problems (zod paths) placed where the user can fix them: a form field, a fact (with the field of the
 * fact), or, where neither fits, a list of its own. A problem of a person or place goes to every fact using it.
 */
export function placeIssues(
  d: Dataset,
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
) {
  const placed: PlacedIssues = { fields: {}, facts: new Map(), other: [] };
  const toFact = (r: FactRef, field: string, message: string) => {
    const key = factKey(r);
    placed.facts.set(key, [...(placed.facts.get(key) ?? []), { field, message }]);
  };
  const visits = d.bulletins[0]?.visits ?? [];
  for (const { path, message } of issues) {
    const [top, , key, vi, list, index, field] = path;
    if (top === 'bulletins' && key !== 'visits') {
      const name = key === 'paragraphs' ? 'text' : (key as FieldName);
      if (['title', 'publisher', 'publishedAt', 'sourceUrl', 'text'].includes(name as string))
        (placed.fields[name] ??= []).push(message);
      else placed.other.push(`${path.join('.')}: ${message}`);
      continue;
    }
    if (top === 'bulletins' && typeof vi === 'number') {
      const kind = typeof list === 'string' ? kindOfList[list] : undefined;
      if (kind && typeof index === 'number')
        toFact({ visit: vi, kind, index }, String(field ?? kind), message);
      else toFact({ visit: vi, kind: 'visit', index: -1 }, String(list ?? 'visit'), message);
      continue;
    }
    const items = top === 'people' || top === 'places' || top === 'organizations' || top === 'supplyTypes';
    const id = items ? (d[top][path[1] as number]?.id ?? null) : null;
    let used = false;
    if (id !== null)
      visits.forEach((v, i) => {
        const at = (kind: FactKind, index: number) => {
          toFact({ visit: i, kind, index }, String(top), message);
          used = true;
        };
        if (top === 'places') {
          if (v.placeId === id || v.districtId === id) at('visit', -1);
          v.inspected.forEach((s, j) => s.placeId === id && at('inspected', j));
        }
        v.participants.forEach(
          (p, j) => (p.personId === id || p.organizationId === id) && at('participant', j),
        );
        if (top === 'supplyTypes') v.supplies.forEach((s, j) => s.supplyTypeId === id && at('supply', j));
      });
    if (!used) placed.other.push(`${path.join('.')}: ${message}`);
  }
  return placed;
}

export function issueCount(p: PlacedIssues): number {
  return (
    Object.values(p.fields).reduce((n, list) => n + (list?.length ?? 0), 0) +
    [...p.facts.values()].reduce((n, list) => n + list.length, 0) +
    p.other.length
  );
}
