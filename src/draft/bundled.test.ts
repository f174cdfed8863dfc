/**
 * Measured (issue 9 §4): the draft of the bundled bulletin's text (data/source/bulletin.txt) against the
 * hand-coded public/data/dataset.json.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { datasetSchema, type Dataset } from '../data/schema';
import { draftBulletin, type DraftResult } from './index';
import { loadChunkFromDisk } from '../../scripts/gazetteer-disk';

const text = readFileSync(`${process.cwd()}/data/source/bulletin.txt`, 'utf8');
const truth = JSON.parse(readFileSync(`${process.cwd()}/public/data/dataset.json`, 'utf8')) as Dataset;

let result: DraftResult;
beforeAll(async () => {
  result = await draftBulletin(text, { loadChunk: loadChunkFromDisk });
});

const nameOf = (d: Dataset, kind: 'people' | 'places', id: string | null | undefined) =>
  id ? (d[kind] as { id: string; name: { zh: string } }[]).find((x) => x.id === id)?.name.zh : undefined;

describe('the bundled bulletin', () => {
  it('drafts a valid dataset with the text verbatim', () => {
    const parsed = datasetSchema.safeParse(result.dataset);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(result.dataset.bulletins[0]!.paragraphs).toEqual(truth.bulletins[0]!.paragraphs);
    expect(result.meta.publishedAt).toBe('2020-02-08T14:07:00+08:00');
  });

  it('finds all six visits, each with its place and district', () => {
    const drafted = result.dataset.bulletins[0]!.visits;
    const expected = truth.bulletins[0]!.visits;
    expect(drafted).toHaveLength(expected.length);
    expected.forEach((want, i) => {
      const got = drafted[i]!;
      expect(nameOf(result.dataset, 'places', got.placeId)).toBe(nameOf(truth, 'places', want.placeId));
      expect(nameOf(result.dataset, 'places', got.districtId)).toBe(nameOf(truth, 'places', want.districtId));
      expect(got.districtInferred).toBe(want.districtInferred);
    });
  });

  it('finds every named person with the right role, and never invents the lead whose name the sentence lacks', () => {
    const drafted = result.dataset.bulletins[0]!.visits;
    truth.bulletins[0]!.visits.forEach((want, i) => {
      const people = (v: typeof want, d: Dataset) =>
        v.participants
          .filter((p) => p.personId)
          .map((p) => `${nameOf(d, 'people', p.personId)}:${p.role}`)
          .sort();
      expect(people(drafted[i]!, result.dataset)).toEqual(people(want, truth));
      for (const p of drafted[i]!.participants) {
        if (p.role !== 'lead' || !p.personId) continue;
        const name = nameOf(result.dataset, 'people', p.personId)!;
        const sentence = result.dataset.bulletins[0]!.paragraphs[drafted[i]!.evidence.paragraph]!;
        // A lead not named in the visit's sentence must be flagged as inferred.
        if (!sentence.includes(name)) expect(p.inferred).toBe(true);
      }
    });
    const names = new Set(result.dataset.people.map((p) => p.name.zh));
    for (const p of truth.people) expect(names).toContain(p.name.zh);
    expect(result.dataset.people).toHaveLength(truth.people.length);
  });

  it('finds the three supplies of each visit, with no quantity', () => {
    const drafted = result.dataset.bulletins[0]!.visits;
    truth.bulletins[0]!.visits.forEach((want, i) => {
      expect(drafted[i]!.supplies.map((s) => s.text).sort()).toEqual(want.supplies.map((s) => s.text).sort());
      expect(drafted[i]!.supplies.map((s) => s.supplyTypeId).sort()).toEqual(
        want.supplies.map((s) => s.supplyTypeId).sort(),
      );
      for (const s of drafted[i]!.supplies) expect(s.quantity).toBeNull();
    });
  });

  it('does not guess the date that lacks a month', () => {
    const v = result.dataset.bulletins[0]!.visits[4]!;
    expect(v.dateText).toBe('27日上午');
    expect(v.date).toBeNull();
    expect(v.dateCertain).toBe(false);
    expect(result.warnings.map((w) => w.code)).toContain('date-unreadable');
  });

  it('gives the places the division codes of the hand-coded dataset', () => {
    for (const want of truth.places.filter((p) => p.divisionCode)) {
      const got = result.dataset.places.find((p) => p.name.zh === want.name.zh);
      expect(got?.divisionCode, want.name.zh).toBe(want.divisionCode);
    }
  });
});
