/**
 * The development set (data/dev-bulletins and its held-out part): look-alike bulletins of the genre with the facts
 * a careful reader counts. Every draft holds the properties any draft must; the scores per field (the terms of
 * `npm run draft:score`) must not fall below what they reached when this test was last raised.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { datasetSchema } from '../data/schema';
import { draftBulletin, type DraftResult } from './index';
import { normalise } from './normalise';
import { loadChunkFromDisk } from '../../scripts/gazetteer-disk';
import { readCases, scoreDraft, scoreSet, type Field, type SetScore } from '../../scripts/draft-score-lib';

const root = join(process.cwd(), 'data/dev-bulletins');
const dev = readCases(root);
const heldOut = readCases(join(root, 'held-out'));

/** Each text's draft, made once (by its text): its checks below and the scores of its set read the same draft. */
const drafts = new Map<string, DraftResult>();

describe.each([...dev, ...heldOut])('$name', ({ text }) => {
  let a: DraftResult;
  beforeAll(async () => {
    a = await draftBulletin(text, { loadChunk: loadChunkFromDisk });
    drafts.set(text, a);
  });

  it('is valid, quotes verbatim, and states no quantity the quote does not hold', () => {
    const { dataset } = a;
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
      expect(b.paragraphs[v.evidence.paragraph]).toContain(v.evidence.quote);
    }
  });
});

/**
 * Drafting is deterministic: the same text gives the same dataset, ids and all. Checked on every eighth text of both
 * sets (204 of 1,625 on 2026-12-07), not on all: a second draft of each took this file from about 16 s to 25 s for
 * no more proof. The second draft comes after every other text was drafted, so state leaking between texts shows.
 */
describe.each([...dev, ...heldOut].filter((_, i) => i % 8 === 0))('$name', ({ text }) => {
  it('is stable: the same text gives the same ids', async () => {
    const first = drafts.get(text) ?? (await draftBulletin(text, { loadChunk: loadChunkFromDisk }));
    const again = await draftBulletin(text, { loadChunk: loadChunkFromDisk });
    expect(JSON.stringify(again.dataset)).toBe(JSON.stringify(first.dataset));
  });
});

/** Expected facts found, per field, as reached; raise them when the drafting gets better, never lower them. */
const FLOORS: Record<
  'dev' | 'heldOut',
  Record<Field, number> & {
    falseVisits: number;
    invented: number;
    wrongParticipants: number;
    emptyWithVisits: number;
  }
> = {
  dev: {
    visits: 1167,
    leads: 693,
    places: 2118,
    dates: 859,
    supplies: 1848,
    quantities: 491,
    falseVisits: 136,
    invented: 178,
    wrongParticipants: 17,
    emptyWithVisits: 8,
  },
  heldOut: {
    visits: 778,
    leads: 433,
    places: 1314,
    dates: 564,
    supplies: 1041,
    quantities: 311,
    falseVisits: 162,
    invented: 203,
    wrongParticipants: 10,
    emptyWithVisits: 10,
  },
};

describe.each([
  ['development set', 'dev', dev],
  ['held-out set', 'heldOut', heldOut],
] as const)('the %s', (_, key, cases) => {
  let score: SetScore;
  beforeAll(async () => {
    // A text whose own tests were left out of this run (vitest -t) is drafted here.
    score = await scoreSet(cases, async (c) => {
      const draft = drafts.get(c.text) ?? (await draftBulletin(c.text, { loadChunk: loadChunkFromDisk }));
      return scoreDraft(c, draft.dataset);
    });
    // (Drafting some 230 texts takes a few seconds; a busy machine may take many more.)
  }, 120_000);
  it('keeps what the drafts find, per field, from falling', () => {
    const floor = FLOORS[key];
    const found = Object.fromEntries(Object.entries(score.fields).map(([f, t]) => [f, t.found]));
    for (const [f, t] of Object.entries(score.fields))
      expect(t.found, `${f}: ${t.found}/${t.expected}`).toBeGreaterThanOrEqual(floor[f as Field]);
    expect(found.visits).toBeGreaterThan(0);
  });
  it('keeps false visits and quantities the text does not hold from growing', () => {
    expect(score.falseVisits).toBeLessThanOrEqual(FLOORS[key].falseVisits);
    expect(score.inventedQuantities).toBeLessThanOrEqual(FLOORS[key].invented);
  });
  it('keeps people who did not go, and visits drafted from texts that tell of none, from growing', () => {
    expect(score.wrongParticipants).toBeLessThanOrEqual(FLOORS[key].wrongParticipants);
    expect(score.emptyTexts - score.emptyDraftedEmpty).toBeLessThanOrEqual(FLOORS[key].emptyWithVisits);
  });
});
