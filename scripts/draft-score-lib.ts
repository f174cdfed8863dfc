/**
 * Scoring a draft against the facts a careful reader counts in the text (data/dev-bulletins/README.md says the
 * format and the rules). Used by `npm run draft:score` and by the test that keeps the numbers from falling.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../src/data/schema';
import { draftBulletin } from '../src/draft/index';
import { normalise } from '../src/draft/normalise';
import { loadChunkFromDisk } from './gazetteer-disk';

export interface ExpectedVisit {
  place: string;
  stops?: string[];
  kind?: string;
  district?: string;
  districtInferred?: boolean;
  date?: string | null;
  dateCertain?: boolean;
  timeOfDay?: string | null;
  people: Record<string, string>;
  inferredLead?: string;
  orgs?: string[];
  supplies?: [string, number | null, string | null][];
}
export interface Expected {
  note?: string;
  visits: ExpectedVisit[];
  warning?: string;
  notParticipants?: string[];
}
export interface DevCase {
  name: string;
  text: string;
  expected: Expected;
}

export const FIELDS = ['visits', 'leads', 'places', 'dates', 'supplies', 'quantities'] as const;
export type Field = (typeof FIELDS)[number];

/** Per field: facts expected, expected facts found, facts drafted, drafted facts that are right. */
export interface Tally {
  expected: number;
  found: number;
  drafted: number;
  right: number;
}
export interface CaseScore {
  name: string;
  fields: Record<Field, Tally>;
  /** Drafted visits that match no expected visit. */
  falseVisits: number;
  /** Leads named on a matched visit that are not its expected lead. */
  wrongLeads: number;
  /** Quantities drafted that the expected facts do not hold (value or unit differ, or none expected). */
  inventedQuantities: number;
  /** People the expected facts say did not go (reporters, hosts, households) whom the draft makes participants. */
  wrongParticipants: number;
  misses: string[];
}

export function readCases(dir: string): DevCase[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({
      name: f,
      text: readFileSync(join(dir, f), 'utf8'),
      expected: JSON.parse(
        readFileSync(join(dir, f.replace(/\.txt$/, '.expected.json')), 'utf8'),
      ) as Expected,
    }));
}

/** Names compared as a reader would: Simplified, no spaces; one contained in the other, two characters at least. */
const key = (s: string) => normalise(s).text.replace(/\s+/g, '');
export function sameName(a: string, b: string): boolean {
  const x = key(a);
  const y = key(b);
  if (!x || !y) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  // One character ("米", "油") only as a whole name: within a longer one it may be anything.
  return short.length >= 2 ? long.includes(short) : short === long;
}

interface DraftedVisit {
  places: string[];
  lead: string | null;
  date: string | null;
  supplies: { text: string; value: number | null; unit: string | null }[];
}

function draftedVisits(dataset: Dataset): DraftedVisit[] {
  const place = (id: string | null) => dataset.places.find((p) => p.id === id)?.name.zh ?? '';
  const person = (id?: string) => dataset.people.find((p) => p.id === id)?.name.zh ?? null;
  return dataset.bulletins[0]!.visits.map((v) => ({
    places: [
      place(v.placeId),
      ...v.inspected.map((i) => place(i.placeId)).filter((p) => p !== place(v.placeId)),
    ],
    lead: person(v.participants.find((p) => p.role === 'lead' && p.personId)?.personId),
    date: v.date,
    supplies: v.supplies.map((s) => ({
      text: s.text,
      value: s.quantity?.value ?? null,
      unit: s.quantity?.unit ?? null,
    })),
  }));
}

const tally = (): Tally => ({ expected: 0, found: 0, drafted: 0, right: 0 });

export function scoreDraft(c: DevCase, dataset: Dataset): CaseScore {
  const fields = Object.fromEntries(FIELDS.map((f) => [f, tally()])) as Record<Field, Tally>;
  const drafted = draftedVisits(dataset);
  const misses: string[] = [];
  // Match each expected visit, in order, to the first unmatched drafted visit sharing a place name.
  const match = new Map<number, number>();
  const used = new Set<number>();
  c.expected.visits.forEach((e, i) => {
    const names = [e.place, ...(e.stops ?? [])];
    const j = drafted.findIndex(
      (d, k) => !used.has(k) && d.places.some((p) => names.some((n) => sameName(p, n))),
    );
    if (j >= 0) {
      match.set(i, j);
      used.add(j);
    }
  });
  // A drafted visit to a stop of an outing already matched is a split outing, not a new visit; it is still false.
  const falseVisits = drafted.length - used.size;
  drafted.forEach((d, k) => !used.has(k) && misses.push(`false visit to ${d.places[0] ?? '?'}`));
  fields.visits = {
    expected: c.expected.visits.length,
    found: match.size,
    drafted: drafted.length,
    right: match.size,
  };
  let wrongLeads = 0;
  let inventedQuantities = 0;
  c.expected.visits.forEach((e, i) => {
    const j = match.get(i);
    const d = j === undefined ? null : drafted[j]!;
    const label = `visit ${i + 1} (${e.place})`;
    if (!d) misses.push(`${label}: not found`);
    // Leads.
    const lead = Object.entries(e.people).find(([, r]) => r === 'lead')?.[0] ?? null;
    if (lead) {
      fields.leads.expected++;
      if (d?.lead && sameName(d.lead, lead)) fields.leads.found++;
      else misses.push(`${label}: lead ${lead}, drafted ${d?.lead ?? 'none'}`);
    }
    // Places.
    for (const n of [e.place, ...(e.stops ?? [])]) {
      fields.places.expected++;
      if (d?.places.some((p) => sameName(p, n))) fields.places.found++;
      else if (d) misses.push(`${label}: place ${n}`);
    }
    // Dates.
    if (e.date) {
      fields.dates.expected++;
      const ok =
        d?.date && (e.date.startsWith('--') ? d.date.slice(4) === e.date.slice(1) : d.date === e.date);
      if (ok) fields.dates.found++;
      else if (d) misses.push(`${label}: date ${e.date}, drafted ${d.date ?? 'none'}`);
    }
    // Supplies and quantities.
    const taken = new Set<number>();
    for (const [item, value, unit] of e.supplies ?? []) {
      fields.supplies.expected++;
      if (value !== null) fields.quantities.expected++;
      // The same name first ("西瓜" before "冰镇西瓜"), then one that contains it or is contained.
      const free = (x: number) => !taken.has(x);
      const exact = d ? d.supplies.findIndex((s, x) => free(x) && key(s.text) === key(item)) : -1;
      const k =
        exact >= 0 ? exact : d ? d.supplies.findIndex((s, x) => free(x) && sameName(s.text, item)) : -1;
      if (k < 0) {
        if (d) misses.push(`${label}: supply ${item}`);
        continue;
      }
      taken.add(k);
      fields.supplies.found++;
      const s = d!.supplies[k]!;
      if (value !== null && s.value === value && key(s.unit ?? '') === key(unit ?? ''))
        fields.quantities.found++;
      else if (value !== null)
        misses.push(
          `${label}: quantity ${item} ${value}${unit}, drafted ${s.value ?? 'none'}${s.unit ?? ''}`,
        );
    }
  });
  // Precision: each drafted fact of a matched visit is right where it is an expected one.
  drafted.forEach((d, j) => {
    const i = [...match.entries()].find(([, k]) => k === j)?.[0];
    const e = i === undefined ? null : c.expected.visits[i]!;
    const names = e ? [e.place, ...(e.stops ?? [])] : [];
    if (d.lead) {
      fields.leads.drafted++;
      const lead = e && Object.entries(e.people).find(([, r]) => r === 'lead')?.[0];
      if (lead && sameName(d.lead, lead)) fields.leads.right++;
      else if (e) {
        wrongLeads++;
        if (!lead) misses.push(`visit ${i! + 1} (${e.place}): lead drafted ${d.lead}, the text names none`);
      }
    }
    for (const p of d.places) {
      fields.places.drafted++;
      if (names.some((n) => sameName(p, n))) fields.places.right++;
      else if (e) misses.push(`extra place ${p}`);
    }
    if (d.date && e?.date !== undefined) {
      fields.dates.drafted++;
      const want = e?.date;
      if (want && (want.startsWith('--') ? d.date.slice(4) === want.slice(1) : d.date === want))
        fields.dates.right++;
    }
    if (e && !e.supplies) return;
    const want = e?.supplies ?? [];
    const taken = new Set<number>();
    for (const s of d.supplies) {
      fields.supplies.drafted++;
      const k = want.findIndex(([item], x) => !taken.has(x) && sameName(s.text, item));
      if (k >= 0) {
        taken.add(k);
        fields.supplies.right++;
      } else misses.push(`extra supply ${s.text}`);
      if (s.value !== null) {
        fields.quantities.drafted++;
        const w = k >= 0 ? want[k]! : null;
        if (w && w[1] === s.value && key(w[2] ?? '') === key(s.unit ?? '')) fields.quantities.right++;
        else {
          inventedQuantities++;
          misses.push(`quantity not expected: ${s.text} ${s.value}${s.unit ?? ''}`);
        }
      }
    }
  });
  const participants = new Set(
    dataset.bulletins[0]!.visits.flatMap((v) =>
      v.participants.map((p) => dataset.people.find((x) => x.id === p.personId)?.name.zh ?? ''),
    ),
  );
  const wrongParticipants = (c.expected.notParticipants ?? []).filter((n) => participants.has(n)).length;
  if (wrongParticipants) misses.push(`${wrongParticipants} who did not go made participants`);
  return { name: c.name, fields, falseVisits, wrongLeads, inventedQuantities, wrongParticipants, misses };
}

export async function scoreCase(c: DevCase): Promise<CaseScore> {
  const { dataset } = await draftBulletin(c.text, { loadChunk: loadChunkFromDisk });
  return scoreDraft(c, dataset);
}

export interface SetScore {
  cases: CaseScore[];
  fields: Record<Field, Tally>;
  falseVisits: number;
  wrongLeads: number;
  inventedQuantities: number;
  wrongParticipants: number;
  /** Texts that tell of no visit, and how many of them are drafted with none. */
  emptyTexts: number;
  emptyDraftedEmpty: number;
}

/** The set's score; `score` scores one case (by default it drafts the case; a test that drafted it already passes
 * `scoreDraft` over its draft). */
export async function scoreSet(
  cases: DevCase[],
  score: (c: DevCase) => CaseScore | Promise<CaseScore> = scoreCase,
): Promise<SetScore> {
  const scores = await Promise.all(cases.map(score));
  const fields = Object.fromEntries(FIELDS.map((f) => [f, tally()])) as Record<Field, Tally>;
  for (const s of scores)
    for (const f of FIELDS)
      for (const k of ['expected', 'found', 'drafted', 'right'] as const) fields[f][k] += s.fields[f][k];
  const sum = (k: 'falseVisits' | 'wrongLeads' | 'inventedQuantities' | 'wrongParticipants') =>
    scores.reduce((n, s) => n + s[k], 0);
  const empty = scores.filter((c) => c.fields.visits.expected === 0);
  return {
    cases: scores,
    fields,
    falseVisits: sum('falseVisits'),
    wrongLeads: sum('wrongLeads'),
    inventedQuantities: sum('inventedQuantities'),
    wrongParticipants: sum('wrongParticipants'),
    emptyTexts: empty.length,
    emptyDraftedEmpty: empty.filter((c) => c.fields.visits.drafted === 0).length,
  };
}

export const recall = (t: Tally) => (t.expected === 0 ? 1 : t.found / t.expected);
export const precision = (t: Tally) => (t.drafted === 0 ? 1 : t.right / t.drafted);
