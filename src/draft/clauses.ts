/**
 * Stage 2 of drafting (after normalise and sections): the mentions of each sentence, in the order the text tells
 * them. A clause is one sentence of a body paragraph with the dates, people, places and supplies it names; every
 * offset is on its paragraph's normalised text, so a quote is `quote(p, start, end)`.
 */
import type { Evidence, PlaceKind } from '../data/schema';
import { findDates, type DateMention } from './dates';
import { findPeople, type PersonMention } from './people';
import { BYLINE_RE } from './roles';
import { findPlaces, type PlaceMention } from './places';
import { rawSpan } from './normalise';
import { sentences, type Layout, type Paragraph } from './sections';
import { findSupplies, type SupplyMention } from './supplies';

export interface Clause {
  p: Paragraph;
  /** Index into the layout's sections, and the section's heading paragraph. */
  section: number;
  heading: Paragraph | null;
  start: number;
  end: number;
  /** The sentence's normalised text. */
  text: string;
  dates: DateMention[];
  people: PersonMention[];
  places: PlaceMention[];
  supplies: SupplyMention[];
  /** The section's heading itself, read as a sentence because it tells of a visit ("罗文静到后寨村督查防汛工作"). */
  isHeading?: boolean;
}

/** The verbatim quote of [start, end) of a paragraph's normalised text. */
export function quote(p: Paragraph, start: number, end: number): Evidence {
  const span = rawSpan(p.norm, start, end);
  return { paragraph: p.index, quote: p.raw.slice(span.start, span.end), offset: span.start };
}

const shiftBy =
  (by: number) =>
  <T extends { start: number; end: number }>(m: T): T => ({ ...m, start: m.start + by, end: m.end + by });

/** A place read from a full name, a character more and a division's suffix ("吴德胜听镇"); not a firm or farm named
 * for someone ("赵大勇种植专业合作社", "李大山农场") nor a place that shares its name with one ("龙泉镇", 副市长龙泉). */
const namesIn = (place: string, known: ReadonlySet<string>) => {
  for (const name of known)
    if (
      name.length >= 3 &&
      place.startsWith(name) &&
      /^[\u4e00-\u9fa5][镇乡村县区市]$/.test(place.slice(name.length))
    )
      return true;
  return false;
};

export function readClauses(
  lay: Layout,
  known: ReadonlySet<string>,
  placeNames?: ReadonlyMap<string, PlaceKind>,
): Clause[] {
  const out: Clause[] = [];
  lay.sections.forEach((section, si) => {
    const heading = section.heading === null ? null : lay.paragraphs[section.heading]!;
    // A heading that tells of a visit by someone named opens it, so the body's sentences add to it.
    if (heading) {
      const text = heading.norm.text;
      const people = findPeople(text, known, true);
      const places = findPlaces(text, placeNames).filter((m) => m.trigger !== '在' && m.trigger !== '对');
      if (people.length > 0 && places.length > 0 && places[0]!.start > people[0]!.end)
        out.push({
          p: heading,
          section: si,
          heading,
          start: 0,
          end: text.length,
          text,
          dates: findDates(text),
          people,
          places,
          supplies: [],
          isHeading: true,
        });
    }
    for (const pi of section.body) {
      const p = lay.paragraphs[pi]!;
      for (const s of sentences(p.norm.text)) {
        const text = p.norm.text.slice(s.start, s.end);
        const shift = shiftBy(s.start);
        out.push({
          p,
          section: si,
          heading,
          start: s.start,
          end: s.end,
          text,
          dates: findDates(text).map(shift),
          // (Not the reporters of a byline that opens the sentence: "（记者 邵林波 通讯员 张娟娟）近日，…".)
          people: findPeople(text, known)
            .filter((m) => m.end > (BYLINE_RE.exec(text)?.[0].length ?? 0))
            .map((m) => ({
              ...shift(m),
              quoteStart: m.quoteStart + s.start,
              quoteEnd: m.quoteEnd + s.start,
            })),
          // No place is someone's name and a suffix ("吴德胜听镇人大负责同志介绍": no town 吴德胜听镇).
          places: findPlaces(text, placeNames)
            .filter((pl) => !namesIn(text.slice(pl.start, pl.end), known))
            .map(shift),
          supplies: findSupplies(text).map((m) => ({
            ...shift(m),
            itemStart: m.itemStart + s.start,
            itemEnd: m.itemEnd + s.start,
          })),
        });
      }
    }
  });
  return out;
}
