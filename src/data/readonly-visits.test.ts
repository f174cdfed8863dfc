/**
 * Visits are read-only by type where the page reads them: a large file keeps a bulletin's visits as bytes, parsed
 * again when read (lazy-visits.ts), so a write to one would be lost. The lines marked @ts-expect-error are checked
 * by `tsc -p tsconfig.test.json` (npm test runs it): were a visit writable, they would compile and the check fail.
 * Run, they show why: the write is gone once the bulletin's visits are parsed again.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { buildIndex } from './index-builder';
import { keepAsBytes, RECENT_BULLETINS } from './lazy-visits';
import { writableCopy, type Bulletin, type Dataset, type ReadonlyVisit, type Visit } from './schema';
import type { VisitRow } from './select';
import { fixture } from '../testing/fixtures';

const encoder = new TextEncoder();

/** The small fixture as the page holds a large file: its bulletin's visits kept as the file's bytes. */
function shown(): Dataset {
  const data: Dataset = fixture('small');
  const bulletin = data.bulletins[0]!;
  keepAsBytes(bulletin, encoder.encode(JSON.stringify(bulletin.visits)));
  return data;
}

/** Reads enough other bulletins that `data`'s visits leave the recently parsed ones. */
function pushOut() {
  for (let i = 0; i < RECENT_BULLETINS; i += 1) {
    const other = { visits: [] } as unknown as Bulletin;
    keepAsBytes(other, encoder.encode('[]'));
    void other.visits;
  }
}

describe('a visit the page reads', () => {
  it('is read-only all the way down, in a bulletin and in a row of the index', () => {
    expectTypeOf<Bulletin['visits']>().toEqualTypeOf<readonly ReadonlyVisit[]>();
    expectTypeOf<Dataset['bulletins'][number]['visits'][number]>().toEqualTypeOf<ReadonlyVisit>();
    expectTypeOf<VisitRow['visit']>().toEqualTypeOf<ReadonlyVisit>();
    expectTypeOf<ReadonlyVisit['participants']>().toEqualTypeOf<
      readonly {
        readonly personId?: string | undefined;
        readonly organizationId?: string | undefined;
        readonly role: 'lead' | 'entrusted-by' | 'accompanying' | 'delegation';
        readonly inferred?: boolean | undefined;
        readonly note?: { readonly zh: string; readonly en?: string | undefined } | undefined;
        readonly evidence: {
          readonly paragraph: number;
          readonly quote: string;
          readonly offset?: number | undefined;
        };
        readonly drafted?: boolean | undefined;
      }[]
    >();
  });

  it('does not compile a write, which would be lost', () => {
    const data = shown();
    const bulletin = data.bulletins[0]!;
    const date = bulletin.visits[0]!.date;
    const index = buildIndex(data);

    // @ts-expect-error: a visit's field
    bulletin.visits[0]!.date = '1999-01-01';
    // @ts-expect-error: the list of a bulletin's visits
    bulletin.visits.push(bulletin.visits[0]!);
    // @ts-expect-error: the people of a visit
    bulletin.visits[0]!.participants[0]!.role = 'delegation';
    // @ts-expect-error: the supplies of a visit
    bulletin.visits[0]!.supplies.splice(0, 1);
    // @ts-expect-error: a place inspected
    bulletin.visits[1]!.inspected.push({ placeId: 'nowhere', evidence: { paragraph: 0, quote: '测' } });
    // @ts-expect-error: a visit read through a row of the index
    index.rows[0]!.visit.placeId = null;

    // While recent, the parsed visits held the writes; parsed again, they are the file's.
    pushOut();
    const again = data.bulletins[0]!.visits;
    expect(again[0]!.date).toBe(date);
    expect(again[0]!.participants[0]!.role).toBe(
      fixture('small').bulletins[0]!.visits[0]!.participants[0]!.role,
    );
    expect(again).toHaveLength(fixture('small').bulletins[0]!.visits.length);
    expect(again[1]!.inspected).toEqual(fixture('small').bulletins[0]!.visits[1]!.inspected);

    // Nor is the list replaced in the dataset the page shows (the loader does so on a bulletin it builds).
    // @ts-expect-error: a bulletin's visits
    bulletin.visits = [];
  });

  it('is changed in a new value: a copy to write into, the one shown left as it was', () => {
    const data = shown();
    const copy = writableCopy(data);
    expectTypeOf(copy.bulletins[0]!.visits[0]!).toEqualTypeOf<Visit>();
    copy.bulletins[0]!.visits[0]!.date = '2020-02-09';
    copy.bulletins[0]!.visits.push({ ...copy.bulletins[0]!.visits[0]!, id: 'a-new-visit' });
    pushOut();
    expect(copy.bulletins[0]!.visits[0]!.date).toBe('2020-02-09');
    expect(copy.bulletins[0]!.visits.at(-1)!.id).toBe('a-new-visit');
    expect(data.bulletins[0]!.visits[0]!.date).toBe(fixture('small').bulletins[0]!.visits[0]!.date);
  });
});
