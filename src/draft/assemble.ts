/**
 * Step 4: visits assembled from the facts of each section (people, places, dates, supplies, remarks), and the
 * dataset built from them. Every fact is quoted from its paragraph: offsets found on the normalised copy are
 * mapped back to the raw text.
 */
import type {
  Dataset,
  Evidence,
  Organization,
  Person,
  Place,
  PlaceKind,
  SupplyType,
  Text,
  Visit,
} from '../data/schema';
import { placeKinds } from '../data/place-kinds';
import { findDates, isoDate, type DateMention } from './dates';
import { IdPool, personName, placeStem, slug } from './ids';
import { COMPOUND_SURNAMES, SUPPLY_KINDS } from './lexicon';
import { normalise, rawSpan } from './normalise';
import { findPeople, type PersonMention } from './people';
import { findPlaces, MOVE_RE, type PlaceMention } from './places';
import { Resolver, type Gazetteer } from './resolve';
import { layout, sentences, splitParagraphs, type Paragraph } from './sections';
import { findSupplies } from './supplies';

export interface DraftOptions {
  id?: string;
  title?: string;
  publisher?: string;
  publishedAt?: string;
  sourceUrl?: string;
}
export interface DraftWarning {
  code: string;
  message: { zh: string; en: string };
  paragraph?: number;
}
export interface DraftResult {
  dataset: Dataset;
  warnings: DraftWarning[];
  meta: { title?: string; publisher?: string; publishedAt?: string; sourceUrl?: string };
}

const VISIT_KINDS: PlaceKind[] = [
  'community',
  'village',
  'residents-committee',
  'street',
  'town',
  'township',
  'compound',
  'organization',
];
/** Divisions from the largest down, then organizations, roads and sites: the schema's order of place kinds. */
const ADMIN_ORDER: readonly PlaceKind[] = placeKinds;
const KIND_EN: Partial<Record<PlaceKind, string>> = {
  prefecture: 'City',
  district: 'District',
  county: 'County',
  street: 'Subdistrict',
  town: 'Town',
  township: 'Township',
  community: 'Community',
  village: 'Village',
  'residents-committee': "Residents' Committee",
};
const KIND_SUFFIX: Partial<Record<PlaceKind, RegExp>> = {
  prefecture: /市$/,
  district: /区$/,
  county: /县$/,
  street: /街道(?:办事处)?$/,
  town: /镇$/,
  township: /乡$/,
  community: /社区(?:居委会)?$/,
  village: /村(?:委会|民委员会)?$/,
  'residents-committee': /(?:居委会|居民委员会)$/,
};
const ORG_END =
  /(?:委员会|常委会|机关|工委|委|局|办公室|办|部|厅|院|公司|中心|小组|工作组|组|队|所|站|团|协会|会|政府|集团|银行)$/;
const SPEECH_RE = /(?:要求|强调|指出|叮嘱|嘱咐|希望|表示|提出|勉励|说)[,，:：]?/;
const ACCOMPANY_RE = /陪同|一同|一起|参加|随同|随行/;

const text = (zh: string, en?: string): Text => (en ? { zh, en } : { zh });

interface VisitDraft {
  place: number; // index into placeDrafts
  persons: {
    key: string;
    role: Visit['participants'][number]['role'];
    ev: Evidence;
    inferred?: boolean;
    note?: Text;
  }[];
  orgs: { name: string; ev: Evidence }[];
  supplies: Visit['supplies'];
  inspected: { place: number; ev: Evidence }[];
  remarks: Visit['remarks'];
  date: DateMention | null;
  dateEv: { p: Paragraph; text: string } | null;
  dateFromIntro: boolean;
  headline: string | null;
  ev: Evidence;
  notes: Text[];
}

interface PlaceDraft {
  name: string;
  kind: PlaceKind;
  parent: number | null;
  code: string | null;
  inferred: boolean;
  /** The name as written, where it differs from the normalised one (Traditional script). */
  raw?: string;
  note?: Text;
  /** Added from the gazetteer, not named in the text. */
  fromGazetteer?: boolean;
  /** The link to the parent comes from the gazetteer, not the text. */
  parentInferred?: boolean;
}

export function assemble(raw: string, options: DraftOptions, gazetteer?: Gazetteer): DraftResult {
  const warnings: DraftWarning[] = [];
  const paragraphs = splitParagraphs(raw);
  if (paragraphs.length === 0) throw new Error('the text is empty');
  const lay = layout(paragraphs);
  const fullNorm = paragraphs.map((p) => p.norm.text).join('\n');
  const resolver = new Resolver(gazetteer, fullNorm);

  const quote = (p: Paragraph, start: number, end: number): Evidence => {
    const span = rawSpan(p.norm, start, end);
    return { paragraph: p.index, quote: p.raw.slice(span.start, span.end), offset: span.start };
  };

  // People: a first pass finds titled names, the second finds their later mentions.
  const personInfo = new Map<string, { titles: Set<string>; credit: boolean; raw: string }>();
  const known = new Set<string>();
  const scan = (p: Paragraph, heading: boolean) => findPeople(p.norm.text, known, heading);
  const headingSet = new Set(lay.sections.map((s) => s.heading).filter((h): h is number => h !== null));
  for (let pass = 0; pass < 2; pass++) {
    for (const p of paragraphs) {
      if (p.index === lay.dateline?.paragraph) continue;
      const credit = lay.credits.includes(p.index);
      const found = credit ? credits(p.norm.text) : scan(p, headingSet.has(p.index) || p.index === lay.title);
      for (const m of found) {
        known.add(m.name);
        const info = personInfo.get(m.name) ?? {
          titles: new Set<string>(),
          credit,
          raw: quote(p, m.start, m.end).quote,
        };
        if (m.title)
          info.titles.add(
            quote(p, m.quoteStart, m.quoteStart + m.title.length).quote === m.title
              ? m.title
              : rawTitle(p, m),
          );
        personInfo.set(m.name, info);
      }
    }
  }

  // Places, visits.
  const places: PlaceDraft[] = [];
  const placeKey = new Map<string, number>();
  let currentPlace: number | null = null;
  const addPlace = (m: PlaceMention, parent: number | null, raw?: string): number => {
    // A generic site ("社区便民服务中心") is a different place in each visit.
    const local =
      parent === null && ['site', 'road'].includes(m.kind) && /^(?:社区|村|小区|镇|街道)/.test(m.name);
    const key = `${m.name}|${m.kind}${local ? `@${currentPlace}` : ''}`;
    const existing = placeKey.get(key);
    if (existing !== undefined) {
      if (places[existing]!.parent === null && parent !== null && parent !== existing)
        places[existing]!.parent = parent;
      return existing;
    }
    places.push({
      name: m.name,
      kind: m.kind,
      parent,
      code: null,
      inferred: false,
      ...(raw && raw !== m.name ? { raw } : {}),
    });
    placeKey.set(key, places.length - 1);
    return places.length - 1;
  };

  const visits: VisitDraft[] = [];
  let introDate: { d: DateMention; p: Paragraph } | null = null;
  const year = lay.dateline?.value.year ?? null;

  for (const section of lay.sections) {
    const heading = section.heading === null ? null : paragraphs[section.heading]!;
    const headingPeople = heading ? findPeople(heading.norm.text, known, true) : [];
    let sectionDate: { d: DateMention; p: Paragraph } | null = null;
    let current: VisitDraft[] = [];
    const sectionVisits: VisitDraft[] = [];
    for (const pi of section.body) {
      const p = paragraphs[pi]!;
      const sents = sentences(p.norm.text);
      for (const s of sents) {
        const sText = p.norm.text.slice(s.start, s.end);
        const dates = findDates(sText);
        const firstDate = dates[0];
        if (firstDate && !sectionDate)
          sectionDate = {
            d: { ...firstDate, start: firstDate.start + s.start, end: firstDate.end + s.start },
            p,
          };
        const people = findPeople(sText, known).map((m) => shift(m, s.start));
        const found = findPlaces(sText).map((m) => ({
          ...m,
          start: m.start + s.start,
          end: m.end + s.start,
        }));
        // Register chains (parents first).
        const ids: number[] = [];
        currentPlace = current[0]?.place ?? null;
        found.forEach((m) =>
          ids.push(
            addPlace(
              m,
              m.parent === null ? null : (ids[m.parent] ?? null),
              p.norm.text.slice(m.start, m.end) === m.name ? quote(p, m.start, m.end).quote : undefined,
            ),
          ),
        );
        const isMove = (m: PlaceMention) => new RegExp(`^(?:${MOVE_RE.source})$`).test(m.trigger);
        const parents = new Set(found.map((m) => m.parent).filter((x): x is number => x !== null));
        const leaves = found
          .map((m, i) => ({ m, i }))
          .filter(
            ({ m, i }) =>
              !parents.has(i) &&
              isMove(m) &&
              VISIT_KINDS.includes(m.kind) &&
              !/会议|座谈会/.test(sText.slice(0, m.start - s.start)),
          );
        const currentPlaces = new Set(current.map((v) => v.place));
        const fresh = leaves.filter(
          ({ i }) => !currentPlaces.has(ids[i]!) && !isInside(places, ids[i]!, currentPlaces),
        );
        if (fresh.length > 0) {
          // New visit(s): people before the first trigger in this sentence.
          const firstStart = Math.min(...fresh.map(({ m }) => m.start));
          const before = people.filter((m) => m.end <= firstStart);
          const after = people.filter((m) => m.start >= firstStart);
          const entrusting = before.filter(
            (m) =>
              /^受/.test(sText.slice(Math.max(0, m.quoteStart - s.start - 1))) ||
              /^[\u4e00-\u9fa5]{0,2}委托/.test(p.norm.text.slice(m.end)),
          );
          const goers = before.filter((m) => !entrusting.includes(m));
          const pairs = /分别/.test(sText) && goers.length > 1 && goers.length === fresh.length;
          const orgs = delegations(sText, firstStart - s.start).map((o) => ({
            name: o.name,
            ev: quote(p, o.start + s.start, o.end + s.start),
          }));
          current = fresh.map(({ m, i }, k) => {
            const v: VisitDraft = {
              place: ids[i]!,
              persons: [],
              orgs,
              supplies: [],
              inspected: [],
              remarks: [],
              date: null,
              dateEv: null,
              dateFromIntro: false,
              headline: heading && fresh.length === 1 && sectionVisits.length === 0 ? heading.raw : null,
              ev: quote(p, s.start, m.end),
              notes: [],
            };
            const leads = pairs ? [goers[k]!] : goers;
            leads.forEach((g, j) =>
              v.persons.push({
                key: g.name,
                role: j === 0 || pairs ? 'lead' : /分别/.test(sText) ? 'lead' : 'accompanying',
                ev: quote(p, g.quoteStart, g.quoteEnd),
                ...(!pairs && /分别/.test(sText) && goers.length > 1
                  ? { note: text('原文说“分别”前往，未写明谁去了哪里。') }
                  : {}),
              }),
            );
            for (const e of entrusting) {
              const w = p.norm.text.indexOf('委托', e.end);
              v.persons.push({
                key: e.name,
                role: 'entrusted-by',
                ev: quote(p, e.quoteStart, w >= 0 && w - e.end <= 2 ? w + 2 : e.quoteEnd),
              });
            }
            for (const a of after)
              if (ACCOMPANY_RE.test(clauseAfter(p.norm.text, a.end)) || /陪同下/.test(sText))
                v.persons.push({ key: a.name, role: 'accompanying', ev: quote(p, a.quoteStart, a.quoteEnd) });
            if (!v.persons.some((x) => x.role === 'lead') && v.orgs.length === 0 && goers.length === 0) {
              const subject = subjectOrg(sText, firstStart - s.start);
              if (subject)
                v.orgs = [
                  { name: subject.name, ev: quote(p, subject.start + s.start, subject.end + s.start) },
                ];
            }
            if (!v.persons.some((x) => x.role === 'lead')) {
              const hp = headingPeople[0];
              if (hp && heading && sectionVisits.length === 0) {
                v.persons.unshift({
                  key: hp.name,
                  role: 'lead',
                  inferred: true,
                  ev: quote(heading, hp.quoteStart, hp.quoteEnd),
                  note: text('正文这一句没有写出带队者的姓名，姓名取自小标题。'),
                });
                warnings.push({
                  code: 'lead-from-heading',
                  paragraph: p.index,
                  message: {
                    zh: `带队者“${hp.name}”只见于小标题，已标为推断。`,
                    en: `The lead "${hp.name}" is named only in the heading; marked as inferred.`,
                  },
                });
              }
            }
            return v;
          });
          sectionVisits.push(...current);
          visits.push(...current);
        } else if (current.length > 0) {
          // Accompanying people named after the visit sentence ("市城建投公司董事长刘松涛陪同").
          for (const a of people) {
            const near = clauseAfter(p.norm.text, a.end);
            if (ACCOMPANY_RE.test(near) && !current[0]!.persons.some((x) => x.key === a.name))
              for (const v of current)
                v.persons.push({ key: a.name, role: 'accompanying', ev: quote(p, a.quoteStart, a.quoteEnd) });
          }
        }
        if (current.length === 0) {
          if (section.heading === null && firstDate && !introDate)
            introDate = {
              d: { ...firstDate, start: firstDate.start + s.start, end: firstDate.end + s.start },
              p,
            };
          continue;
        }
        // Inspected places: everything else named in this sentence.
        found.forEach((m, i) => {
          const id = ids[i]!;
          if (current.some((v) => v.place === id) || parents.has(i)) return;
          if (['prefecture', 'district', 'county'].includes(places[id]!.kind)) return;
          if (fresh.some((f) => f.i === i)) return;
          for (const v of current) {
            if (
              places[id]!.parent === null &&
              ['site', 'road', 'compound', 'organization'].includes(places[id]!.kind)
            )
              places[id]!.parent = v.place;
            if (!v.inspected.some((x) => x.place === id))
              v.inspected.push({ place: id, ev: quote(p, m.start, m.end) });
          }
        });
        for (const v of current)
          for (const f of fresh)
            if (f.i !== undefined && v.place === ids[f.i])
              v.inspected.unshift({ place: v.place, ev: quote(p, f.m.start, f.m.end) });
        // Supplies.
        for (const sm of findSupplies(sText)) {
          const item = quote(p, sm.itemStart + s.start, sm.itemEnd + s.start).quote;
          for (const v of current)
            v.supplies.push({
              supplyTypeId: sm.kind?.id ?? `other-${slug(item)}`,
              text: item,
              quantity: sm.quantity,
              evidence: quote(p, sm.start + s.start, sm.end + s.start),
              drafted: true,
            });
        }
        // Remarks.
        if (SPEECH_RE.test(sText) && fresh.length === 0) {
          const ev = quote(p, s.start, s.end);
          for (const v of current) v.remarks.push({ text: text(ev.quote), evidence: ev, drafted: true });
        }
      }
    }
    for (const v of sectionVisits) {
      const d = sectionDate ?? introDate;
      if (d) {
        v.date = d.d;
        v.dateEv = { p: d.p, text: quote(d.p, d.d.start, d.d.end).quote };
        v.dateFromIntro = !sectionDate;
      }
    }
  }

  // Resolve places against the gazetteer.
  resolvePlaces(places, resolver);

  // Build the dataset.
  const pool = new IdPool();
  const people: Person[] = [];
  const personId = new Map<string, string>();
  for (const [name, info] of personInfo) {
    const surnameLength = COMPOUND_SURNAMES.includes(name.slice(0, 2)) ? 2 : 1;
    const n = personName(name, surnameLength);
    const id = pool.take(n.id);
    personId.set(name, id);
    people.push({
      id,
      name: text(info.raw, n.en),
      titles: [...info.titles].map((t) => text(t)),
      drafted: true,
    });
  }
  const placeIds: string[] = [];
  const placeOut: Place[] = places.map((pl) => {
    const stem = pl.name.replace(KIND_SUFFIX[pl.kind] ?? /$^/, '') || pl.name;
    const en = KIND_EN[pl.kind] ? `${placeStem(stem)} ${KIND_EN[pl.kind]}` : placeStem(pl.name);
    const id = pool.take(
      `${slug(stem)}${KIND_EN[pl.kind] ? '-' + (pl.kind === 'street' ? 'subdistrict' : pl.kind) : ''}`,
    );
    placeIds.push(id);
    return {
      id,
      name: text(pl.raw ?? pl.name, en),
      kind: pl.kind,
      parentId: null,
      divisionCode: pl.code,
      ...(pl.code ? { divisionInferred: pl.inferred } : {}),
      ...(pl.note ? { note: pl.note } : {}),
      drafted: true,
    };
  });
  places.forEach((pl, i) => (placeOut[i]!.parentId = pl.parent === null ? null : placeIds[pl.parent]!));
  const orgs: Organization[] = [];
  const orgId = new Map<string, string>();
  const supplyTypes = new Map<string, SupplyType>();

  const bulletinVisits: Visit[] = [];
  for (const v of visits) {
    const participants: Visit['participants'] = [];
    const seen = new Set<string>();
    for (const x of v.persons) {
      const id = personId.get(x.key);
      if (!id || seen.has(id)) continue;
      seen.add(id);
      participants.push({
        personId: id,
        role: x.role,
        ...(x.inferred ? { inferred: true } : {}),
        ...(x.note ? { note: x.note } : {}),
        evidence: x.ev,
        drafted: true,
      });
    }
    for (const o of v.orgs) {
      let id = orgId.get(o.name);
      if (!id) {
        id = pool.take(slug(o.name));
        orgId.set(o.name, id);
        orgs.push({ id, name: text(o.ev.quote), drafted: true });
      }
      if (!seen.has(id))
        participants.push({ organizationId: id, role: 'delegation', evidence: o.ev, drafted: true });
      seen.add(id);
    }
    if (participants.length === 0) {
      warnings.push({
        code: 'no-participant',
        paragraph: v.ev.paragraph,
        message: {
          zh: `“${places[v.place]!.name}”的走访没有找到参与者，未收入。`,
          en: `The visit to "${places[v.place]!.name}" names no participant; it was left out.`,
        },
      });
      continue;
    }
    for (const s of v.supplies) {
      if (!supplyTypes.has(s.supplyTypeId)) {
        const known = SUPPLY_NAME.get(s.supplyTypeId);
        supplyTypes.set(s.supplyTypeId, {
          id: s.supplyTypeId,
          name: known ? text(known.zh, known.en) : text(s.text),
          drafted: true,
        });
      }
    }
    // Date.
    const notes: Text[] = [...v.notes];
    let date: string | null = null;
    let dateCertain = false;
    let dateNote: Text | undefined;
    const d = v.date;
    if (d && d.month !== null && d.day !== null) {
      const y = d.year ?? year;
      if (y !== null) {
        const dl = lay.dateline?.value;
        let yy = y;
        if (d.year === null && dl && (d.month > dl.month || (d.month === dl.month && d.day > dl.day)))
          yy = y - 1;
        date = isoDate(yy, d.month, d.day);
        dateCertain = date !== null && !d.since && !v.dateFromIntro;
        const why: string[] = [];
        if (d.year === null) why.push('年份取自发布日期');
        if (d.since) why.push(`原文写的是“${v.dateEv!.text}”，指一段时间的开始`);
        if (v.dateFromIntro) why.push('日期取自导语，不在本节');
        if (why.length) dateNote = text(why.join('；') + '。');
      } else {
        dateNote = text('原文没有写年份，也没有发布日期，日期无法确定。');
      }
    } else if (d) {
      dateNote = text(`原文只写“${v.dateEv!.text}”，没有写月份，日期无法确定。`);
      warnings.push({
        code: 'date-unreadable',
        paragraph: v.dateEv!.p.index,
        message: {
          zh: `日期“${v.dateEv!.text}”缺少月份，未推断。`,
          en: `The date "${v.dateEv!.text}" has no month; it was not guessed.`,
        },
      });
    } else {
      dateNote = text('原文没有写走访日期。');
    }
    // District.
    let districtId: string | null = null;
    let districtInferred = false;
    let linkInferred = false;
    for (
      let at: number | null = v.place, guard = 0;
      at !== null && guard < 12;
      at = places[at]!.parent, guard++
    ) {
      const pl = places[at]!;
      if (pl.kind === 'district' || pl.kind === 'county') {
        districtId = placeIds[at]!;
        // Inferred unless the visit's own sentence names the district.
        districtInferred =
          Boolean(pl.fromGazetteer) ||
          linkInferred ||
          !paragraphs[v.ev.paragraph]!.raw.includes(v.ev.quote) ||
          !normQuote(v.ev.quote).includes(pl.name);
        break;
      }
      if (pl.parentInferred) linkInferred = true;
    }
    if (districtInferred) notes.push(text('原文没有写所属区县，由区划名录推断。'));
    const lead = participants.find((x) => x.role === 'lead');
    const leadName = lead?.personId ? people.find((x) => x.id === lead.personId)!.name.zh : '';
    const placeName = places[v.place]!.name;
    const visitId = pool.take(
      `v-${lead?.personId ?? participants[0]!.organizationId ?? participants[0]!.personId}-${placeIds[v.place]}`,
    );
    bulletinVisits.push({
      id: visitId,
      headline: text(
        v.headline ??
          `${leadName || orgs.find((o) => o.id === participants[0]!.organizationId)?.name.zh || ''}走访${placeName}`,
      ),
      date,
      dateText: v.dateEv?.text ?? '未写明',
      dateCertain,
      ...(dateNote ? { dateNote } : {}),
      timeOfDay: d?.timeOfDay ?? null,
      placeId: placeIds[v.place]!,
      districtId,
      districtInferred,
      participants,
      supplies: v.supplies,
      inspected: v.inspected.map((x) => ({ placeId: placeIds[x.place]!, evidence: x.ev, drafted: true })),
      remarks: v.remarks,
      ...(notes.length ? { notes } : {}),
      evidence: v.ev,
      drafted: true,
    });
  }

  if (bulletinVisits.length === 0)
    warnings.push({
      code: 'no-visit',
      message: {
        zh: '未找到走访：这篇文字没有写到有人前往某地。',
        en: 'No visit found: the text does not tell of anyone going to a place.',
      },
    });

  // Bulletin.
  const titleText = options.title ?? (lay.title !== null ? paragraphs[lay.title]!.raw : undefined);
  const dl = lay.dateline?.value;
  const publishedAt =
    options.publishedAt ??
    (dl
      ? `${dl.year}-${pad(dl.month)}-${pad(dl.day)}T${dl.time ? pad(Number(dl.time.split(':')[0])) + ':' + dl.time.split(':')[1] : '00:00'}:00+08:00`
      : undefined);
  const bNotes: Text[] = [];
  if (dl && !options.publishedAt)
    bNotes.push(
      text(
        dl.time
          ? '发布时间没有写时区，按北京时间(UTC+8)理解。'
          : '发布时间只写了日期，没有写时刻；时刻记为0:00，按北京时间(UTC+8)理解。',
      ),
    );
  const source = lay.credits
    .map((i) => /来源[:：]\s*(\S+)/.exec(paragraphs[i]!.norm.text)?.[1])
    .find(Boolean);
  const publisher = options.publisher ?? source;
  const allQuantitiesNull = bulletinVisits.every((v) => v.supplies.every((s) => s.quantity === null));
  if (bulletinVisits.some((v) => v.supplies.length > 0) && allQuantitiesNull)
    bNotes.push(text('原文没有写物资的数量，因此数量都留空。'));
  const bulletinId =
    options.id ??
    pool.take(
      `${slug((titleText ?? paragraphs[0]!.raw).slice(0, 8)).slice(0, 40)}${publishedAt ? '-' + publishedAt.slice(0, 10) : ''}`,
    );
  const dataset: Dataset = {
    schemaVersion: 1,
    bulletins: [
      {
        id: bulletinId,
        title: text(titleText ?? paragraphs[0]!.raw.slice(0, 60)),
        publisher: publisher ? text(publisher) : null,
        publishedAt: publishedAt ?? null,
        ...(options.sourceUrl ? { sourceUrl: options.sourceUrl } : {}),
        paragraphs: paragraphs.map((p) => p.raw),
        visits: bulletinVisits,
        ...(bNotes.length ? { notes: bNotes } : {}),
        drafted: true,
      },
    ],
    people,
    organizations: orgs,
    places: placeOut,
    supplyTypes: [...supplyTypes.values()],
  };
  return {
    dataset,
    warnings,
    meta: {
      ...(titleText ? { title: titleText } : {}),
      ...(publisher ? { publisher } : {}),
      ...(publishedAt ? { publishedAt } : {}),
      ...(options.sourceUrl ? { sourceUrl: options.sourceUrl } : {}),
    },
  };
}

const SUPPLY_NAME = new Map(SUPPLY_KINDS.map((k) => [k.id, k] as const));
const pad = (n: number) => String(n).padStart(2, '0');

/** The rest of the clause after a position (to the next comma or stop). */
/** A title as written: the raw text from the title's start up to the name. */
function rawTitle(p: Paragraph, m: PersonMention): string {
  const span = rawSpan(p.norm, m.quoteStart, m.quoteEnd);
  const whole = p.raw.slice(span.start, span.end);
  return m.quoteEnd === m.end ? whole.slice(0, whole.length - m.name.length) : m.title!;
}
const normQuote = (q: string) => normalise(q).text;
const clauseAfter = (t: string, at: number) => /^[^,，。;；]*/.exec(t.slice(at))![0];

function shift(m: PersonMention, by: number): PersonMention {
  return {
    ...m,
    start: m.start + by,
    end: m.end + by,
    quoteStart: m.quoteStart + by,
    quoteEnd: m.quoteEnd + by,
  };
}

function isInside(places: PlaceDraft[], id: number, within: Set<number>): boolean {
  for (let at = places[id]!.parent, guard = 0; at !== null && guard < 12; at = places[at]!.parent, guard++)
    if (within.has(at)) return true;
  return false;
}

/** Organizations led along: "率市人大常委会机关、市人社局党员干部", "带领市人大社会委同志". */
export function delegations(
  sentence: string,
  before: number,
): { name: string; start: number; end: number }[] {
  const m =
    /(?:率领|带领|率)([^,，。;；]*?)(?:相关负责人|负责人|党员干部|党员志愿者|干部职工|志愿者|工作人员|同志|干部|一行|人员|代表|组成|,|，|赴|到|来到|前往|深入)/.exec(
      sentence.slice(0, Math.max(before, 0) + 2),
    );
  if (!m) return [];
  const out: { name: string; start: number; end: number }[] = [];
  let p = m.index + m[0].indexOf(m[1]!);
  for (const part of m[1]!.split(/(、|和|及|与)/)) {
    if (/^(?:、|和|及|与)$/.test(part)) {
      p += part.length;
      continue;
    }
    const name = part.trim();
    if (name.length >= 3 && ORG_END.test(name)) out.push({ name, start: p, end: p + part.length });
    p += part.length;
  }
  return out;
}

/** The organization that is the subject of a visit sentence with no named person ("市人大常委会机关党员志愿者前往…"). */
function subjectOrg(sentence: string, trigger: number): { name: string; start: number; end: number } | null {
  let before = sentence.slice(0, Math.max(trigger, 0));
  const moves = [...before.matchAll(new RegExp(MOVE_RE.source, 'g'))];
  const lastMove = moves[moves.length - 1];
  if (lastMove) before = before.slice(0, lastMove.index + lastMove[0].length);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf('，'), before.lastIndexOf('。'));
  const clause = before.slice(cut + 1).replace(new RegExp(`(?:${MOVE_RE.source})$`), '');
  const m =
    /^([\u4e00-\u9fa5]{2,20}?(?:机关|常委会|委员会|工委|委|局|办公室|办|部|小组|工作组|组|队|政府|中心))(?:党员志愿者|志愿者|党员干部|机关干部|干部|工作人员|代表|一行)*(?:先后|分别|一同|一起)?$/.exec(
      clause,
    );
  if (!m) return null;
  return { name: m[1]!, start: cut + 1, end: cut + 1 + m[1]!.length };
}

/** Names in credit lines: "(记者 张三 通讯员 李四)", "责任编辑:王五". */
function credits(line: string): PersonMention[] {
  const out: PersonMention[] = [];
  const re =
    /(责任编辑|编辑|记者|通讯员|审核|校对|作者|供稿|摄影|撰稿|审稿|签发)\s*[:：/]?\s*((?:[\u4e00-\u9fa5]{2,3}(?:\s+|、|$|(?=[)）])))+)/g;
  for (const m of line.matchAll(re)) {
    let p = m.index + m[0].indexOf(m[2]!);
    for (const part of m[2]!.split(/(\s+|、)/)) {
      if (/^[\u4e00-\u9fa5]{2,3}$/.test(part))
        out.push({
          name: part,
          start: p,
          end: p + part.length,
          title: m[1]!,
          quoteStart: m.index,
          quoteEnd: p + part.length,
        });
      p += part.length;
    }
  }
  return out;
}

type PlaceDraftResolved = PlaceDraft;

function resolvePlaces(places: PlaceDraftResolved[], resolver: Resolver): void {
  const order = (k: PlaceKind) => ADMIN_ORDER.indexOf(k);
  const indices = places.map((_, i) => i).sort((a, b) => order(places[a]!.kind) - order(places[b]!.kind));
  for (const i of indices) {
    const pl = places[i]!;
    const parent = pl.parent === null ? null : places[pl.parent]!;
    if (pl.kind === 'district' || pl.kind === 'county') {
      const c = resolver.county(pl.name);
      if (c) {
        pl.code = c.division.code;
        pl.inferred = c.inferred;
      }
    } else if (pl.kind === 'prefecture') {
      const c = resolver.prefecture(pl.name);
      if (c) {
        pl.code = c.code;
        pl.inferred = true;
      }
    } else if (['street', 'town', 'township'].includes(pl.kind)) {
      const within = parent?.code ?? null;
      const c = resolver.local(pl.name, 'street', within && within.length === 6 ? within : null);
      if (c) attach(places, i, c.division, c.inferred || Boolean(parent && !parent.code));
    } else if (['community', 'village', 'residents-committee'].includes(pl.kind)) {
      const within = parent?.code ?? null;
      const c = resolver.local(pl.name, 'village', within && within.length >= 6 ? within : null);
      if (c) attach(places, i, c.division, c.inferred);
    }
  }

  function attach(
    all: PlaceDraftResolved[],
    i: number,
    d: { code: string; countyCode: string | null; countyName: string | null },
    inferred: boolean,
  ): void {
    const pl = all[i]!;
    pl.code = d.code;
    pl.inferred = inferred;
    // No county-level parent in the text: add the one the gazetteer gives, flagged.
    let top = i;
    for (let guard = 0; all[top]!.parent !== null && guard < 12; guard++) top = all[top]!.parent!;
    const topPlace = all[top]!;
    if (topPlace.kind === 'district' || topPlace.kind === 'county' || !d.countyCode || !d.countyName) return;
    if (topPlace.code && !topPlace.code.startsWith(d.countyCode)) return;
    let county = all.findIndex(
      (x) =>
        x.code === d.countyCode ||
        ((x.kind === 'district' || x.kind === 'county') && x.name === d.countyName),
    );
    if (county < 0) {
      all.push({
        name: d.countyName,
        kind: d.countyName.endsWith('区') ? 'district' : 'county',
        parent: null,
        code: d.countyCode,
        inferred: true,
        fromGazetteer: true,
        note: text('原文没有写这个区县；它取自区划名录。'),
      });
      county = all.length - 1;
    }
    if (county !== top) {
      topPlace.parent = county;
      topPlace.parentInferred = true;
      topPlace.note ??= text(
        `原文没有写“${topPlace.name}”属于哪个区县；归入“${all[county]!.name}”是根据区划名录推断的。`,
      );
    }
  }
}
