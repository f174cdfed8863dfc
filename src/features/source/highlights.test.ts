import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../data/index-builder';
import { fixture } from '../../testing/fixtures';
import { bulletinHighlights, resolveOverlaps, segments, type Span } from './highlights';

/** The small fixture: five short paragraphs, four visits (src/testing/fixtures.ts). */
const index = buildIndex(fixture('small'));
const bulletin = index.dataset.bulletins[0]!;
const spans = bulletinHighlights(index, bulletin);
const textOf = (p: number, s: Span) => bulletin.paragraphs[p]!.slice(s.start, s.end);
const texts = (kind: Span['kind']) =>
  [...spans].flatMap(([p, list]) => list.filter((s) => s.kind === kind).map((s) => textOf(p, s)));
/** Paragraph p as the reader sees it marked: each highlight with its kind and what a click filters by. */
const marked = (p: number) =>
  (spans.get(p) ?? []).map((s) => [textOf(p, s), s.kind, s.filter ? `${s.filter.key}:${s.filter.id}` : '-']);

describe('source highlights', () => {
  it('highlights every named person, the one who only entrusted included, each filtering by that person', () => {
    expect(new Set(texts('person'))).toEqual(new Set(index.dataset.people.map((p) => p.name.zh)));
    expect(marked(3)).toContainEqual(['丁', 'person', 'person:person-d']);
  });

  it('marks a paragraph in reading order: person, district, street, community, supplies as written', () => {
    // The marks as a table, one a row (as csv.test.ts tables its cases): alike as tables are, not a copy.
    expect(marked(1)).toEqual([
      ['甲', 'person', 'person:person-a'],
      ['东区', 'place', 'district:east'],
      ['一号街道', 'place', 'place:street-one'],
      ['一号社区', 'place', 'place:community-one'],
      ['口罩', 'supply', 'supply:mask'],
      ['酒精', 'supply', 'supply:alcohol'],
    ]);
    // The title paragraph names nothing of a visit.
    expect(spans.get(0)).toBeUndefined();
  });

  it('highlights a supply the way the text writes it: 医用口罩 whole, not the 口罩 inside it', () => {
    expect(new Set(texts('supply'))).toEqual(new Set(['口罩', '医用口罩', '酒精', '手套']));
    expect(marked(2)).toEqual(
      expect.arrayContaining([
        ['医用口罩', 'supply', 'supply:mask'],
        ['手套', 'supply', 'supply:gloves'],
      ]),
    );
    expect(marked(2).filter(([text]) => text === '口罩')).toEqual([]);
  });

  it('highlights the village of a visit whose district is inferred, and the district where the text names it', () => {
    expect(marked(3)).toEqual(
      expect.arrayContaining([
        ['东区', 'place', 'district:east'],
        ['三号村', 'place', 'place:village-three'],
      ]),
    );
    expect(marked(4)).toEqual(
      expect.arrayContaining([
        ['西区', 'place', 'district:west'],
        ['四号社区', 'place', 'place:community-four'],
      ]),
    );
  });

  it('highlights a remark, and no filter on it', () => {
    expect(marked(2)).toContainEqual(['丙要求做好登记', 'remark', '-']);
  });

  it('never lets two highlights overlap', () => {
    for (const list of spans.values()) {
      for (let i = 1; i < list.length; i += 1)
        expect(list[i]!.start).toBeGreaterThanOrEqual(list[i - 1]!.end);
    }
  });

  it('cuts a remark around a name inside it instead of dropping it', () => {
    const out = resolveOverlaps([
      { start: 0, end: 10, kind: 'remark' },
      { start: 3, end: 5, kind: 'person' },
    ]);
    expect(out.map((s) => [s.kind, s.start, s.end])).toEqual([
      ['remark', 0, 3],
      ['person', 3, 5],
      ['remark', 5, 10],
    ]);
  });

  it('splits a paragraph at highlight and focus boundaries, keeping every character', () => {
    const segs = segments('abcdefgh', [{ start: 2, end: 4, kind: 'person' }], { start: 3, end: 6 });
    expect(segs.map((s) => [s.text, s.span?.kind ?? '-', s.focused])).toEqual([
      ['ab', '-', false],
      ['c', 'person', false],
      ['d', 'person', true],
      ['ef', '-', true],
      ['gh', '-', false],
    ]);
    expect(segs.map((s) => s.text).join('')).toBe('abcdefgh');
  });
});
