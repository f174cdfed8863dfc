/**
 * Where each extracted fact sits in the bulletin text: spans per paragraph, by kind, with what a click on them
 * filters by. Pure, so it is tested without a DOM.
 */
import { placePath } from '../../data/places';
import type { Bulletin } from '../../data/schema';
import type { DatasetIndex, FacetKey } from '../../data/select';

export type HighlightKind = 'person' | 'place' | 'supply' | 'remark';
export type Span = {
  start: number;
  end: number;
  kind: HighlightKind;
  filter?: { key: FacetKey; id: string };
};
export type Segment = { text: string; start: number; span?: Span; focused: boolean };

const priority: Record<HighlightKind, number> = { person: 0, supply: 1, place: 2, remark: 3 };

/** Every highlight of one bulletin, by paragraph; overlapping spans keep the more specific kind. */
export function bulletinHighlights(index: DatasetIndex, bulletin: Bulletin): Map<number, Span[]> {
  const raw = new Map<number, Span[]>();
  const add = (
    paragraph: number,
    quote: string,
    kind: HighlightKind,
    filter?: Span['filter'],
    within?: string,
  ) => {
    const text = bulletin.paragraphs[paragraph];
    if (text === undefined || quote === '') return;
    // A name found inside a longer quote is highlighted where that quote stands.
    const base = within ? text.indexOf(within) : 0;
    if (base < 0) return;
    const at = text.indexOf(quote, base);
    if (at < 0) return;
    const list = raw.get(paragraph) ?? [];
    list.push({ start: at, end: at + quote.length, kind, ...(filter ? { filter } : {}) });
    raw.set(paragraph, list);
  };
  for (const visit of bulletin.visits) {
    for (const p of visit.participants) {
      const person = p.personId ? index.people.get(p.personId) : undefined;
      if (person) {
        // Highlight the name itself where the quote contains it; otherwise the whole quote.
        if (p.evidence.quote.includes(person.name.zh)) {
          add(
            p.evidence.paragraph,
            person.name.zh,
            'person',
            { key: 'person', id: person.id },
            p.evidence.quote,
          );
        } else add(p.evidence.paragraph, p.evidence.quote, 'person', { key: 'person', id: person.id });
      }
    }
    for (const s of visit.supplies) {
      if (s.evidence.quote.includes(s.text)) {
        add(s.evidence.paragraph, s.text, 'supply', { key: 'supply', id: s.supplyTypeId }, s.evidence.quote);
      } else add(s.evidence.paragraph, s.evidence.quote, 'supply', { key: 'supply', id: s.supplyTypeId });
    }
    // The place path (district › street › community) is named where the visit's quotes name it.
    const quotes = [
      visit.evidence,
      ...visit.participants.map((p) => p.evidence),
      ...visit.inspected.map((i) => i.evidence),
    ];
    const placeIds = [
      ...(visit.districtId === null ? [] : [visit.districtId]),
      ...placePath(index.places, visit.placeId).map((p) => p.id),
    ];
    for (const id of new Set(placeIds)) {
      const place = index.places.get(id);
      const quote = place && quotes.find((q) => q.quote.includes(place.name.zh));
      if (place && quote) {
        const filter =
          id === visit.districtId ? { key: 'district' as const, id } : { key: 'place' as const, id };
        add(quote.paragraph, place.name.zh, 'place', filter, quote.quote);
      }
    }
    for (const item of visit.inspected) {
      const place = index.places.get(item.placeId);
      const name = place && item.evidence.quote.includes(place.name.zh) ? place.name.zh : item.evidence.quote;
      add(item.evidence.paragraph, name, 'place', { key: 'place', id: item.placeId }, item.evidence.quote);
    }
    for (const r of visit.remarks) add(r.evidence.paragraph, r.evidence.quote, 'remark');
  }
  const out = new Map<number, Span[]>();
  for (const [paragraph, spans] of raw) out.set(paragraph, resolveOverlaps(spans));
  return out;
}

/** Keeps spans that do not overlap, preferring the more specific kind, then the shorter span. */
export function resolveOverlaps(spans: Span[]): Span[] {
  const chosen: Span[] = [];
  const ordered = [...spans].sort(
    (a, b) => priority[a.kind] - priority[b.kind] || a.end - a.start - (b.end - b.start) || a.start - b.start,
  );
  for (const span of ordered) {
    if (chosen.some((c) => span.start < c.end && c.start < span.end)) {
      // A remark that contains a name: cut it around the names instead of dropping it.
      if (span.kind === 'remark') chosen.push(...cutAround(span, chosen));
      continue;
    }
    chosen.push(span);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

function cutAround(span: Span, taken: Span[]): Span[] {
  const pieces: Span[] = [];
  let cursor = span.start;
  for (const c of [...taken].sort((a, b) => a.start - b.start)) {
    if (c.end <= cursor || c.start >= span.end) continue;
    if (c.start > cursor) pieces.push({ ...span, start: cursor, end: c.start });
    cursor = Math.max(cursor, c.end);
  }
  if (cursor < span.end) pieces.push({ ...span, start: cursor, end: span.end });
  return pieces;
}

/** Splits a paragraph into segments at every span and focus boundary. */
export function segments(text: string, spans: Span[], focus?: { start: number; end: number }): Segment[] {
  const cuts = new Set([0, text.length]);
  for (const s of spans) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  if (focus) {
    cuts.add(focus.start);
    cuts.add(focus.end);
  }
  const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i < points.length - 1; i += 1) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (end <= start) continue;
    const span = spans.find((s) => s.start <= start && end <= s.end);
    const focused = focus !== undefined && focus.start <= start && end <= focus.end;
    out.push({ text: text.slice(start, end), start, ...(span ? { span } : {}), focused });
  }
  return out;
}
