/**
 * Facts the draft missed, added from words the user selected (brat's and doccano's gesture: select, label, the
 * fact exists tied to those words), and the edits that keep a draft consistent: a fact moved to another visit, two
 * visits merged or one split, a supply's type changed, a value taken from new evidence, a date set or given its
 * year by the publication time. Pure functions on the one-bulletin dataset, each returning a changed copy.
 *
 * What the selection holds is read with the drafting module's own word lists and number reader
 * (src/draft/lexicon, numbers, dates), never with copies of them.
 */
import type {
  Dataset,
  Evidence,
  ParticipantRole,
  PlaceKind,
  ReadonlyVisit,
  Supply,
  Text,
  TimeOfDay,
  Visit,
  WritableDataset,
} from '../../data/schema';
import { findDates, isoDate } from '../../draft/dates';
import { COMPOUND_SURNAMES, SUPPLY_KINDS, SURNAMES, TITLE_ENDINGS } from '../../draft/lexicon';
import { asWritten, normalise } from '../../draft/normalise';
import { readSupplyWords } from '../../draft/supplies';
import { hashHex } from '../../lib/hash';
import { edit, factsOf, getFact, type FactRef } from './draft-edit';
import { text } from '../../draft/text';

/** Pinyin ids and names: the drafting module's (loaded with it), or plain hashed ids until it is. */
export type Naming = {
  slug: (zh: string) => string;
  personName: (zh: string, surnameLength: number) => { id: string; en: string };
};
export const plainNaming: Naming = {
  slug: (zh) => `x${hashHex(zh)}`,
  personName: (zh) => ({ id: `person-${hashHex(zh)}`, en: '' }),
};

/** An id not yet used in `taken`: "a", "a-2", "a-3". */
function freshId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const clean =
    base
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/-+/g, '-')
      .replace(/^-|-$/g, '') || 'x';
  let id = clean;
  for (let n = 2; used.has(id); n++) id = `${clean}-${n}`;
  return id;
}

// ---------------------------------------------------------------------------------------------------------------
// What a selection may be

export type SelectionProblem = 'short' | 'punctuation' | 'paragraphs';

/** Why selected words cannot be evidence: only punctuation or spaces, or one character. */
export function selectionProblem(quote: string): SelectionProblem | null {
  if (quote.replace(/[\s\p{P}\p{S}]/gu, '') === '') return 'punctuation';
  if ([...quote.trim()].length < 2) return 'short';
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Reading a selection

export type SupplyReading = {
  text: string;
  /** A supply type of the drafting lexicon, or null where it knows none. */
  kind: { id: string; zh: string; en: string } | null;
  quantity: { value: number; unit: string } | null;
};

/** "口罩800个" → 口罩, 800 个; "20箱矿泉水" → 矿泉水, 20 箱; "春联" → 春联, no quantity, no known kind. */
export function readSupply(quote: string): SupplyReading {
  const q = quote.trim();
  const read = readSupplyWords(q);
  if (!read) return { text: q, kind: null, quantity: null };
  const kind = read.kind ? { id: read.kind.id, zh: read.kind.zh, en: read.kind.en } : null;
  return { text: q.slice(read.itemStart, read.itemEnd), kind, quantity: read.quantity };
}

const TITLES = [...TITLE_ENDINGS].sort((a, b) => b.length - a.length);
const isSurname = (s: string) =>
  SURNAMES.includes(s[0] ?? ' ') || COMPOUND_SURNAMES.some((c) => s.startsWith(c));

/** "区人大常委会副主任陈立新" → 陈立新, 区人大常委会副主任; "区民政局李明局长" → 李明, 区民政局局长. */
export function readPerson(quote: string): { name: string; title: string } {
  const q = quote.trim();
  for (const ending of TITLES) {
    const i = q.lastIndexOf(ending);
    if (i < 0) continue;
    const end = i + ending.length;
    const after = q.slice(end);
    if (after.length >= 2 && after.length <= 4 && !TITLES.some((t) => after.includes(t)))
      return { name: after, title: q.slice(0, end) };
    if (end === q.length)
      for (const length of [3, 2, 4]) {
        const name = q.slice(i - length, i);
        if (i - length >= 0 && isSurname(name)) return { name, title: `${q.slice(0, i - length)}${ending}` };
      }
  }
  return { name: q, title: '' };
}

const PLACE_KINDS: [RegExp, PlaceKind][] = [
  [/居委会$|居民委员会$/, 'residents-committee'],
  [/社区$/, 'community'],
  [/街道$|街道办事处$/, 'street'],
  [/村$|屯$|组$/, 'village'],
  [/镇$/, 'town'],
  [/乡$/, 'township'],
  [/小区$|花园$|苑$/, 'compound'],
  [/区$/, 'district'],
  [/县$/, 'county'],
  [/市$/, 'prefecture'],
  [/路$|街$|巷$/, 'road'],
  [/公司$|厂$|局$|院$|中心$|医院$|学校$|委员会$/, 'organization'],
];
/** A place's kind from how its name ends; a site where the name says nothing. */
export function placeKindOf(name: string): PlaceKind {
  return PLACE_KINDS.find(([re]) => re.test(name))?.[1] ?? 'site';
}

const TIME_WORDS: [RegExp, TimeOfDay][] = [
  [/上午|早上|清晨|凌晨/, 'morning'],
  [/中午|下午/, 'afternoon'],
  [/晚上|晚间|傍晚|夜间/, 'evening'],
];
const RELATIVE: [RegExp, number][] = [
  [/^(?:次日|第二天|翌日|第二日)/, 1],
  [/^(?:当天|当日|同日|同一天|同天)/, 0],
];

export type DateReading = {
  date: string | null;
  dateText: string;
  timeOfDay: TimeOfDay | null;
  /** Why the date is what it is, where the words do not say it all. */
  note: Text | null;
};

const addDays = (iso: string, days: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/**
 * A date from the selected words: "2月13日下午"; without a year, the publication's (a month after the
 * publication's is the year before); "次日上午" / "当天" from the date of the visit before.
 */
export function readDate(
  quote: string,
  context: { publishedAt?: string | null | undefined; previousDate?: string | null | undefined },
): DateReading {
  const dateText = quote.trim();
  const timeOfDay = TIME_WORDS.find(([re]) => re.test(dateText))?.[1] ?? null;
  const relative = RELATIVE.find(([re]) => re.test(dateText));
  if (relative) {
    const prev = context.previousDate;
    return {
      date: prev ? addDays(prev, relative[1]) : null,
      dateText,
      timeOfDay,
      note: prev
        ? text(
            `原文作“${dateText}”，日期由前一次走访的日期（${prev}）推算。`,
            `The text says "${dateText}"; the date is counted from the visit before (${prev}).`,
          )
        : null,
    };
  }
  const m = findDates(dateText)[0];
  const published = /^(\d{4})-(\d{2})-(\d{2})/.exec(context.publishedAt ?? '');
  if (!m || m.day === null) return { date: null, dateText, timeOfDay, note: null };
  const why: { zh: string; en: string }[] = [];
  let month = m.month;
  if (month === null && context.previousDate) {
    month = Number(context.previousDate.slice(5, 7));
    why.push({ zh: '月份取自前一次走访', en: 'the month from the visit before' });
  }
  let year = m.year;
  if (year === null && published && month !== null) {
    year = Number(published[1]);
    const pm = Number(published[2]);
    const pd = Number(published[3]);
    if (month > pm || (month === pm && m.day > pd)) year -= 1;
    why.push({ zh: '年份取自发布时间', en: 'the year from the publication time' });
  }
  const date = year !== null && month !== null ? isoDate(year, month, m.day) : null;
  return {
    date,
    dateText,
    timeOfDay: m.timeOfDay ?? timeOfDay,
    note:
      date && why.length
        ? text(
            `${why.map((w) => w.zh).join('，')}（推断）。`,
            `${why.map((w) => w.en).join(', ')} (inferred).`.replace(/^./, (c) => c.toUpperCase()),
          )
        : null,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Adding facts

/** Visit vi of the draft: one to change in a copy being edited, a read-only one elsewhere. */
function visitOf(d: WritableDataset, vi: number): Visit;
function visitOf(d: Dataset, vi: number): ReadonlyVisit;
function visitOf(d: Dataset, vi: number): ReadonlyVisit {
  return d.bulletins[0]!.visits[vi]!;
}

/** The place named `name`, reused when the draft has it, else added under `parentId`. */
function placeFor(d: WritableDataset, name: string, parentId: string | null, naming: Naming): string {
  const found = d.places.find((p) => p.name.zh === name);
  if (found) return found.id;
  const id = freshId(naming.slug(name), [...d.places.map((p) => p.id)]);
  d.places.push({ id, name: text(name), kind: placeKindOf(name), parentId });
  return id;
}

/** A new visit at the selected place: its district taken from the visit under review (marked inferred). */
export function addVisit(d: Dataset, evidence: Evidence, after: number | null, naming: Naming) {
  let index = 0;
  const next = edit(d, (c) => {
    const visits = c.bulletins[0]!.visits;
    const near = after === null ? undefined : visits[after];
    const districtId = near?.districtId ?? null;
    const placeId = placeFor(c, evidence.quote, districtId, naming);
    const id = freshId(
      `${c.bulletins[0]!.id}-${naming.slug(evidence.quote)}`,
      c.bulletins.flatMap((b) => b.visits.map((v) => v.id)),
    );
    const visit: Visit = {
      id,
      headline: text(`走访${evidence.quote}`),
      date: null,
      dateText: '未写明',
      dateCertain: false,
      dateNote: text('原文没有写走访日期。', 'The text gives no date for this visit.'),
      timeOfDay: null,
      placeId,
      districtId,
      districtInferred: districtId !== null,
      participants: [],
      supplies: [],
      inspected: [],
      remarks: [],
      evidence: { ...evidence },
    };
    index = after === null ? visits.length : after + 1;
    visits.splice(index, 0, visit);
  });
  return { draft: next, ref: { visit: index, kind: 'visit', index: -1 } as FactRef };
}

export type PersonAnswer = { name: string; title: string; role: ParticipantRole };

/** The role a new person most likely has: the lead where the visit has none, else one who went along. */
export function defaultRole(visit: ReadonlyVisit | undefined): ParticipantRole {
  return visit && visit.participants.some((p) => p.role === 'lead') ? 'accompanying' : 'lead';
}

/** The person named `name`, reused when the draft has them, else added; a title joins their titles. */
function personFor(c: WritableDataset, name: string, title: string, naming: Naming): string {
  let person = c.people.find((p) => p.name.zh === name);
  if (!person) {
    const surnameLength = COMPOUND_SURNAMES.includes(name.slice(0, 2)) ? 2 : 1;
    const n = naming.personName(name, surnameLength);
    person = {
      id: freshId(n.id, [...c.people.map((p) => p.id), ...c.organizations.map((o) => o.id)]),
      name: text(name, n.en),
      titles: [],
    };
    c.people.push(person);
  }
  if (title && !person.titles.some((t) => t.zh === title)) person.titles.push(text(title));
  return person.id;
}

function organizationFor(c: WritableDataset, name: string, naming: Naming): string {
  const found = c.organizations.find((o) => o.name.zh === name);
  if (found) return found.id;
  const id = freshId(naming.slug(name), [...c.organizations.map((o) => o.id), ...c.people.map((p) => p.id)]);
  c.organizations.push({ id, name: text(name) });
  return id;
}

export function addPerson(
  d: Dataset,
  vi: number,
  evidence: Evidence,
  answer: PersonAnswer,
  naming: Naming,
): { draft: Dataset; ref: FactRef } {
  return addParticipant(d, vi, evidence, answer.role, (c) => ({
    personId: personFor(c, answer.name.trim(), answer.title.trim(), naming),
  }));
}

export function addOrganization(
  d: Dataset,
  vi: number,
  evidence: Evidence,
  answer: { name: string; role: ParticipantRole },
  naming: Naming,
): { draft: Dataset; ref: FactRef } {
  return addParticipant(d, vi, evidence, answer.role, (c) => ({
    organizationId: organizationFor(c, answer.name.trim(), naming),
  }));
}

/** Who `who` names in the copy (found or added there) joins visit vi in `role`, quoted by `evidence`. */
function addParticipant(
  d: Dataset,
  vi: number,
  evidence: Evidence,
  role: ParticipantRole,
  who: (c: WritableDataset) => { personId: string } | { organizationId: string },
): { draft: Dataset; ref: FactRef } {
  let ref: FactRef = { visit: vi, kind: 'participant', index: 0 };
  const next = edit(d, (c) => {
    const id = who(c);
    const visit = visitOf(c, vi);
    visit.participants.push({ ...id, role, evidence: { ...evidence } });
    ref = { visit: vi, kind: 'participant', index: visit.participants.length - 1 };
  });
  return { draft: next, ref };
}

/** A place: where the visit went when it has no place yet, else a place it inspected. */
export function addPlace(
  d: Dataset,
  vi: number,
  evidence: Evidence,
  answer: { name: string; as: 'visit' | 'inspected' },
  naming: Naming,
): { draft: Dataset; ref: FactRef } {
  let ref: FactRef = { visit: vi, kind: 'visit', index: -1 };
  const next = edit(d, (c) => {
    const visit = visitOf(c, vi);
    const placeId = placeFor(c, answer.name.trim(), visit.districtId, naming);
    if (answer.as === 'visit') {
      visit.placeId = placeId;
      visit.evidence = { ...evidence };
    } else {
      visit.inspected.push({ placeId, evidence: { ...evidence } });
      ref = { visit: vi, kind: 'inspected', index: visit.inspected.length - 1 };
    }
  });
  return { draft: next, ref };
}

/** A supply type: one of the draft, one of the lexicon, or a new one named as the user writes it. */
export type TypeChoice = { id: string } | { newName: string };

function supplyTypeFor(c: WritableDataset, choice: TypeChoice, naming: Naming): string {
  if ('id' in choice) {
    if (!c.supplyTypes.some((t) => t.id === choice.id)) {
      const known = SUPPLY_KINDS.find((k) => k.id === choice.id);
      c.supplyTypes.push({ id: choice.id, name: text(known?.zh ?? choice.id, known?.en) });
    }
    return choice.id;
  }
  const name = choice.newName.trim();
  const found = c.supplyTypes.find((t) => t.name.zh === name);
  if (found) return found.id;
  const id = freshId(
    naming.slug(name),
    c.supplyTypes.map((t) => t.id),
  );
  c.supplyTypes.push({ id, name: text(name) });
  return id;
}

export type SupplyAnswer = {
  type: TypeChoice;
  text: string;
  quantity: { value: number; unit: string } | null;
};

export function addSupply(
  d: Dataset,
  vi: number,
  evidence: Evidence,
  answer: SupplyAnswer,
  naming: Naming,
): { draft: Dataset; ref: FactRef } {
  let ref: FactRef = { visit: vi, kind: 'supply', index: 0 };
  const next = edit(d, (c) => {
    const visit = visitOf(c, vi);
    const supply: Supply = {
      supplyTypeId: supplyTypeFor(c, answer.type, naming),
      text: answer.text.trim(),
      quantity: answer.quantity,
      evidence: { ...evidence },
    };
    visit.supplies.push(supply);
    ref = { visit: vi, kind: 'supply', index: visit.supplies.length - 1 };
  });
  return { draft: next, ref };
}

/** Changes a supply's type (and drops a type no supply uses any more). */
export function setSupplyType(d: Dataset, r: FactRef, choice: TypeChoice, naming: Naming): Dataset {
  return edit(d, (c) => {
    const supply = visitOf(c, r.visit).supplies[r.index];
    if (!supply) return;
    supply.supplyTypeId = supplyTypeFor(c, choice, naming);
    dropUnused(c);
  });
}

export function addRemark(d: Dataset, vi: number, evidence: Evidence): { draft: Dataset; ref: FactRef } {
  let ref: FactRef = { visit: vi, kind: 'remark', index: 0 };
  const next = edit(d, (c) => {
    const visit = visitOf(c, vi);
    visit.remarks.push({ text: text(evidence.quote), evidence: { ...evidence } });
    ref = { visit: vi, kind: 'remark', index: visit.remarks.length - 1 };
  });
  return { draft: next, ref };
}

/** A date the user sets: the uncertain flag and the drafter's note give way to what the user read. */
export function setDate(d: Dataset, vi: number, reading: DateReading, evidence?: Evidence): Dataset {
  return edit(d, (c) => {
    const visit = visitOf(c, vi);
    visit.date = reading.date;
    visit.dateText = reading.dateText || visit.dateText;
    if (reading.timeOfDay) visit.timeOfDay = reading.timeOfDay;
    visit.dateCertain = reading.date !== null;
    if (reading.note) visit.dateNote = reading.note;
    else delete visit.dateNote;
    if (
      evidence &&
      visit.evidence.paragraph === evidence.paragraph &&
      !visit.evidence.quote.includes(evidence.quote)
    )
      visit.evidence = widen(c.bulletins[0]!.paragraphs[evidence.paragraph]!, visit.evidence, evidence);
  });
}

/** Evidence that covers both quotes of one paragraph. */
function widen(paragraph: string, a: Evidence, b: Evidence): Evidence {
  const at = (e: Evidence) =>
    e.offset !== undefined && paragraph.startsWith(e.quote, e.offset) ? e.offset : paragraph.indexOf(e.quote);
  const [sa, sb] = [at(a), at(b)];
  if (sa < 0 || sb < 0) return a;
  const start = Math.min(sa, sb);
  const end = Math.max(sa + a.quote.length, sb + b.quote.length);
  return { paragraph: a.paragraph, quote: paragraph.slice(start, end), offset: start };
}

/**
 * The publication time gives a year to every date the text writes without one ("2月12日"): marked as
 * inferred in the date's note. Dates already read are left as they are.
 */
export function fillYears(d: Dataset, publishedAt: string | null): Dataset {
  if (!publishedAt) return d;
  const visits = d.bulletins[0]?.visits ?? [];
  const todo = visits.flatMap((v, vi) => {
    if (v.date !== null) return [];
    const reading = readDate(v.dateText, { publishedAt });
    return reading.date ? [{ vi, reading }] : [];
  });
  if (todo.length === 0) return d;
  return edit(d, (c) => {
    for (const { vi, reading } of todo) {
      const visit = visitOf(c, vi);
      visit.date = reading.date;
      visit.dateCertain = true;
      if (reading.note) visit.dateNote = reading.note;
      if (!visit.timeOfDay && reading.timeOfDay) visit.timeOfDay = reading.timeOfDay;
    }
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Moving, merging, splitting

const listOf = {
  participant: 'participants',
  supply: 'supplies',
  inspected: 'inspected',
  remark: 'remarks',
} as const;

/** Moves a fact (not a visit) to the end of another visit's list; returns where it went. */
export function moveFact(d: Dataset, r: FactRef, to: number): { draft: Dataset; ref: FactRef } {
  if (r.kind === 'visit' || r.visit === to) return { draft: d, ref: r };
  const kind = r.kind;
  let ref: FactRef = r;
  const next = edit(d, (c) => {
    const from = visitOf(c, r.visit)[listOf[kind]] as unknown[];
    const [item] = from.splice(r.index, 1);
    const target = visitOf(c, to)[listOf[kind]] as unknown[];
    target.push(item);
    ref = { visit: to, kind, index: target.length - 1 };
  });
  return { draft: next, ref };
}

/** Visit `b`'s facts join visit `a` (each person once), and `b` is gone. */
export function mergeVisits(d: Dataset, a: number, b: number): Dataset {
  if (a === b) return d;
  return edit(d, (c) => {
    const visits = c.bulletins[0]!.visits;
    const into = visits[a]!;
    const from = visits[b]!;
    for (const p of from.participants)
      if (
        !into.participants.some(
          (q) => q.personId === p.personId && q.organizationId === p.organizationId && q.role === p.role,
        )
      )
        into.participants.push(p);
    into.supplies.push(...from.supplies);
    into.inspected.push(...from.inspected);
    into.remarks.push(...from.remarks);
    if (!into.placeId) into.placeId = from.placeId;
    visits.splice(b, 1);
  });
}

/** A new visit right after `vi`, with its date, place and leads: the facts that belong to it are then moved. */
export function splitVisit(d: Dataset, vi: number): Dataset {
  return edit(d, (c) => {
    const visits = c.bulletins[0]!.visits;
    const visit = visits[vi]!;
    const copy: Visit = {
      ...structuredClone(visit),
      id: freshId(
        `${visit.id}-b`,
        visits.map((v) => v.id),
      ),
      participants: structuredClone(visit.participants.filter((p) => p.role === 'lead')),
      supplies: [],
      inspected: [],
      remarks: [],
    };
    visits.splice(vi + 1, 0, copy);
  });
}

/** People, organisations, places and supply types no fact names any more. */
function dropUnused(c: WritableDataset) {
  const visits = c.bulletins.flatMap((b) => b.visits);
  const supplyIds = new Set(visits.flatMap((v) => v.supplies.map((s) => s.supplyTypeId)));
  c.supplyTypes = c.supplyTypes.filter((t) => supplyIds.has(t.id) || !t.drafted);
}

// ---------------------------------------------------------------------------------------------------------------
// A value against its evidence

/** What a fact's value would be, read from its evidence's words (null where they say nothing new). */
export type Proposal =
  | { kind: 'supply'; reading: SupplyReading }
  | { kind: 'participant'; name: string; title: string }
  | { kind: 'place'; name: string }
  | { kind: 'remark'; text: string };

const typeWords = (d: Dataset, typeId: string): string[] => {
  const known = SUPPLY_KINDS.find((k) => k.id === typeId);
  const name = d.supplyTypes.find((t) => t.id === typeId)?.name.zh;
  return [...(known?.words ?? []), ...(name ? [name] : [])];
};

/** Where a fact disagrees with its evidence: the words the user should look at, or null. */
export function disagreement(d: Dataset, r: FactRef): string | null {
  const visit = d.bulletins[0]?.visits[r.visit];
  const fact = getFact(d, r);
  if (!visit || !fact) return null;
  const quote = fact.evidence.quote;
  if (r.kind === 'supply') {
    const s = visit.supplies[r.index]!;
    if (!quote.includes(s.text)) return s.text;
    const words = typeWords(d, s.supplyTypeId);
    // (The kind's words are written in Simplified; the quote as the page writes it: 重陽糕 is 重阳糕.)
    const plain = normalise(quote).text + normalise(s.text).text;
    if (words.length > 0 && !words.some((w) => plain.includes(w)))
      return d.supplyTypes.find((t) => t.id === s.supplyTypeId)?.name.zh ?? s.supplyTypeId;
    if (s.quantity) {
      const read = readSupply(quote).quantity;
      const digits = String(s.quantity.value);
      if (read ? read.value !== s.quantity.value : !quote.replace(/[,，\s]/g, '').includes(digits))
        return `${s.quantity.value}${s.quantity.unit}`;
    }
    return null;
  }
  if (r.kind === 'participant') {
    const p = visit.participants[r.index]!;
    if (p.inferred) return null;
    const name = p.personId
      ? d.people.find((x) => x.id === p.personId)?.name.zh
      : d.organizations.find((x) => x.id === p.organizationId)?.name.zh;
    // (A name read through a converter's pinyin, "曾(zēng)德明", is the name its quote holds; so is one written
    // apart around a title in Taiwan's press, "鄭區長正忠" for 鄭正忠.)
    const written = asWritten(quote);
    const apart =
      name !== undefined &&
      name.length >= 2 &&
      /^[\u4e00-\u9fff]+$/.test(name) &&
      new RegExp(`${name[0]}[\u4e00-\u9fff]{1,4}${name.slice(1)}`).test(written);
    return name && !written.includes(name) && !apart ? name : null;
  }
  return null;
}

/** The value the new words give, for the fact's kind, where it differs from the fact's. */
export function proposalFor(d: Dataset, r: FactRef, quote: string): Proposal | null {
  const visit = d.bulletins[0]?.visits[r.visit];
  if (!visit) return null;
  if (r.kind === 'supply') {
    const s = visit.supplies[r.index]!;
    const reading = readSupply(quote);
    const same =
      reading.text === s.text &&
      (reading.kind === null || reading.kind.id === s.supplyTypeId) &&
      JSON.stringify(reading.quantity) === JSON.stringify(s.quantity);
    return same ? null : { kind: 'supply', reading };
  }
  if (r.kind === 'participant') {
    const p = visit.participants[r.index]!;
    if (!p.personId) {
      const name = d.organizations.find((o) => o.id === p.organizationId)?.name.zh;
      return name === quote.trim() ? null : { kind: 'participant', name: quote.trim(), title: '' };
    }
    const read = readPerson(quote);
    const name = d.people.find((x) => x.id === p.personId)?.name.zh;
    return name === read.name ? null : { kind: 'participant', ...read };
  }
  if (r.kind === 'inspected' || r.kind === 'visit') {
    const id = r.kind === 'visit' ? visit.placeId : visit.inspected[r.index]!.placeId;
    const name = d.places.find((p) => p.id === id)?.name.zh;
    if (r.kind === 'visit' && !id) return null;
    return name === quote.trim() || (name && quote.includes(name))
      ? null
      : { kind: 'place', name: quote.trim() };
  }
  const remark = visit.remarks[r.index]!;
  return remark.text.zh === quote ? null : { kind: 'remark', text: quote };
}

/** Takes the proposed value: the fact now says what its words say. */
export function applyProposal(d: Dataset, r: FactRef, proposal: Proposal, naming: Naming): Dataset {
  return edit(d, (c) => {
    const visit = visitOf(c, r.visit);
    if (proposal.kind === 'supply' && r.kind === 'supply') {
      const s = visit.supplies[r.index]!;
      s.text = proposal.reading.text;
      s.quantity = proposal.reading.quantity;
      s.supplyTypeId = supplyTypeFor(
        c,
        proposal.reading.kind ? { id: proposal.reading.kind.id } : { newName: proposal.reading.text },
        naming,
      );
      dropUnused(c);
    } else if (proposal.kind === 'participant' && r.kind === 'participant') {
      const p = visit.participants[r.index]!;
      const who = p.personId
        ? { personId: personFor(c, proposal.name, proposal.title, naming) }
        : { organizationId: organizationFor(c, proposal.name, naming) };
      delete p.personId;
      delete p.organizationId;
      Object.assign(p, who);
      delete p.inferred;
    } else if (proposal.kind === 'place') {
      const placeId = placeFor(c, proposal.name, visit.districtId, naming);
      if (r.kind === 'visit') visit.placeId = placeId;
      else if (r.kind === 'inspected') visit.inspected[r.index]!.placeId = placeId;
    } else if (proposal.kind === 'remark' && r.kind === 'remark') {
      visit.remarks[r.index]!.text = text(proposal.text);
    }
  });
}

/** Every fact whose value disagrees with its evidence, as (ref, words). */
export function disagreements(d: Dataset): { ref: FactRef; words: string }[] {
  return (d.bulletins[0]?.visits ?? []).flatMap((v, vi) =>
    factsOf(v, vi).flatMap((ref) => {
      const words = disagreement(d, ref);
      return words ? [{ ref, words }] : [];
    }),
  );
}
