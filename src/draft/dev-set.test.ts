/**
 * The development set (data/dev-bulletins): look-alike bulletins of the genre with the facts a correct draft holds,
 * and properties that hold for every draft.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../data/schema';
import { draftBulletin } from './index';
import { normalise } from './normalise';
import { loadChunkFromDisk } from '../../scripts/gazetteer-disk';

interface Expected {
  visits: {
    place: string;
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
  }[];
  warning?: string;
  notParticipants?: string[];
}

const dir = `${process.cwd()}/data/dev-bulletins/`;
const cases = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({
    name: f,
    text: readFileSync(dir + f, 'utf8'),
    expected: JSON.parse(readFileSync(dir + f.replace(/\.txt$/, '.expected.json'), 'utf8')) as Expected,
  }));

describe.each(cases)('$name', ({ text, expected }) => {
  it('holds the expected facts', async () => {
    const { dataset, warnings } = await draftBulletin(text, { loadChunk: loadChunkFromDisk });
    const visits = dataset.bulletins[0]!.visits;
    const person = (id?: string) => dataset.people.find((p) => p.id === id)?.name.zh;
    const place = (id?: string | null) => dataset.places.find((p) => p.id === id);
    expect(visits.map((v) => place(v.placeId)?.name.zh)).toEqual(expected.visits.map((v) => v.place));
    expected.visits.forEach((want, i) => {
      const v = visits[i]!;
      if (want.kind) expect(place(v.placeId)?.kind).toBe(want.kind);
      if (want.district) expect(place(v.districtId)?.name.zh).toBe(want.district);
      if (want.districtInferred !== undefined) expect(v.districtInferred).toBe(want.districtInferred);
      if (want.date !== undefined) expect(v.date).toBe(want.date);
      if (want.dateCertain !== undefined) expect(v.dateCertain).toBe(want.dateCertain);
      if (want.timeOfDay !== undefined) expect(v.timeOfDay).toBe(want.timeOfDay);
      const people = Object.fromEntries(
        v.participants.filter((p) => p.personId).map((p) => [person(p.personId), p.role]),
      );
      expect(people).toEqual(want.people);
      if (want.inferredLead) {
        const lead = v.participants.find((p) => p.role === 'lead');
        expect(person(lead?.personId)).toBe(want.inferredLead);
        expect(lead?.inferred).toBe(true);
      }
      if (want.orgs) {
        const orgs = v.participants
          .filter((p) => p.organizationId)
          .map((p) => dataset.organizations.find((o) => o.id === p.organizationId)?.name.zh);
        expect(orgs).toEqual(want.orgs);
      }
      if (want.supplies)
        expect(v.supplies.map((s) => [s.text, s.quantity?.value ?? null, s.quantity?.unit ?? null])).toEqual(
          want.supplies,
        );
    });
    if (expected.warning) expect(warnings.map((w) => w.code)).toContain(expected.warning);
    for (const name of expected.notParticipants ?? []) {
      const id = dataset.people.find((p) => p.name.zh === name)?.id;
      for (const v of visits) expect(v.participants.some((p) => id && p.personId === id)).toBe(false);
    }
  });

  it('is valid, quotes verbatim, and states no quantity the quote does not hold', async () => {
    const { dataset } = await draftBulletin(text, { loadChunk: loadChunkFromDisk });
    expect(datasetSchema.safeParse(dataset).error?.issues ?? []).toEqual([]);
    const b = dataset.bulletins[0]!;
    expect(b.paragraphs.join('')).toBe(
      text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .join(''),
    );
    for (const v of b.visits) {
      for (const s of v.supplies) {
        expect(b.paragraphs[s.evidence.paragraph]!.startsWith(s.evidence.quote, s.evidence.offset)).toBe(
          true,
        );
        expect(s.evidence.quote).toContain(s.text);
        if (s.quantity) {
          // The quote holds the quantity beyond the item as written, so "N95", "84" or "250ml" cannot be one.
          const rest = normalise(s.evidence.quote.replace(s.text, '')).text;
          expect(rest).toMatch(/\d|[一二两三四五六七八九十百千万]/);
        }
      }
      for (const p of v.participants) expect(b.paragraphs[p.evidence.paragraph]).toContain(p.evidence.quote);
    }
  });

  it('is stable: the same text gives the same ids', async () => {
    const a = await draftBulletin(text, { loadChunk: loadChunkFromDisk });
    const c = await draftBulletin(text, { loadChunk: loadChunkFromDisk });
    expect(JSON.stringify(c.dataset)).toBe(JSON.stringify(a.dataset));
  });
});
