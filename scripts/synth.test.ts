// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../src/data/parse-dataset';
import { emptyFilters, selectView } from '../src/data/select';
import { buildIndex } from '../src/data/index-builder';
import { synthDataset, type Division } from './synth-lib';

const divisions = JSON.parse(
  readFileSync(resolve(process.cwd(), 'data/divisions/yiyang.json'), 'utf8'),
) as Division[];

describe('synthetic dataset generator', () => {
  const data = synthDataset({ visits: 1500, seed: 7, divisions });

  it('writes a dataset that passes the full validation, evidence and references included', () => {
    expect(() => validateDataset(data)).not.toThrow();
  });

  it('has the visits asked for, over many bulletins, a year of dates, every county of Yiyang and recurring people', () => {
    const index = buildIndex(data);
    expect(selectView(index, emptyFilters).total).toBe(1500);
    expect(data.bulletins.length).toBeGreaterThan(150);
    const months = new Set(index.rows.map((r) => (r.visit.date ?? '').slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(12);
    const counties = divisions.filter((d) => d.level === 'county').map((d) => d.code);
    const used = new Set(data.places.filter((p) => p.kind === 'district').map((p) => p.divisionCode));
    expect([...used].sort()).toEqual([...counties].sort());
    const leads = index.rows.map((r) => r.leadIds[0]);
    expect(new Set(leads).size).toBeLessThan(leads.length / 10);
  });

  it('invents no quantities', () => {
    expect(data.bulletins.flatMap((b) => b.visits.flatMap((v) => v.supplies.map((s) => s.quantity)))).toEqual(
      expect.arrayContaining([null]),
    );
    expect(
      data.bulletins.some((b) => b.visits.some((v) => v.supplies.some((s) => s.quantity !== null))),
    ).toBe(false);
  });

  it("writes bulletins of a fixed size with a full source text when asked (the bench's large library), still valid", () => {
    const library = synthDataset({ visits: 100, seed: 7, divisions, perBulletin: 6, textChars: 3150 });
    expect(() => validateDataset(library)).not.toThrow();
    expect(library.bulletins.map((b) => b.visits.length)).toEqual([...Array<number>(16).fill(6), 4]);
    for (const b of library.bulletins.slice(0, 16))
      expect(b.paragraphs.join('').length).toBeGreaterThan(3150 + 6 * 60);
  });

  it('is the same for the same seed', () => {
    expect(JSON.stringify(synthDataset({ visits: 50, seed: 3, divisions }))).toBe(
      JSON.stringify(synthDataset({ visits: 50, seed: 3, divisions })),
    );
  });
});
