import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../data/select';
import { realDataset } from '../../testing/fixtures';
import { bulletinHighlights, resolveOverlaps, segments, type Span } from './highlights';

const index = buildIndex(realDataset());
const bulletin = index.dataset.bulletins[0]!;
const spans = bulletinHighlights(index, bulletin);
const texts = (kind: Span['kind']) =>
  [...spans].flatMap(([p, list]) =>
    list.filter((s) => s.kind === kind).map((s) => bulletin.paragraphs[p]!.slice(s.start, s.end)),
  );

describe('source highlights', () => {
  it('highlights every named person, each filtering by that person', () => {
    const names = new Set(texts('person'));
    for (const person of index.dataset.people) expect(names).toContain(person.name.zh);
    const liu = [...spans.values()].flat().find((s) => s.kind === 'person' && s.filter?.id === 'liu-songtao');
    expect(liu?.filter).toEqual({ key: 'person', id: 'liu-songtao' });
  });

  it('highlights supplies as written and places', () => {
    expect(new Set(texts('supply'))).toEqual(new Set(['口罩', '医用口罩', '酒精', '消毒液', '84消毒液']));
    expect(texts('place')).toEqual(expect.arrayContaining(['资阳区', '汽车路街道', '城门外社区', '颐园巷']));
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
  });
});
