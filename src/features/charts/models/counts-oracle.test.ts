// @vitest-environment node
/**
 * The chart models count on the index's columns (select.ts). Here they must agree with a straightforward count of
 * the visits themselves, for generated datasets with the awkward cases mixed in (a supply written twice in one
 * visit, a person and a unit with one id, a visit with no place or no district, an id such as "constructor", a
 * stated amount) and for any filters: the numbers in every table, row by row.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../data/index-builder';
import type { Dataset } from '../../../data/schema';
import { emptyFilters, presentRoles, selectView, type Filters, type VisitRow } from '../../../data/select';
import { translator } from '../../../i18n/i18n';
import { anySynth, synthYiyang } from '../../../testing/synth';
import { peoplePlacesModel, placeModel, quantityModel, supplyModel, variantModel } from './models';
import { tableLimit, valueKey, type ChartModel } from './rows';

const t = translator('zh');

/** A synthetic dataset with the awkward cases: `at` picks the visits they touch. */
function awkward(visits: number, seed: number): Dataset {
  const data = synthYiyang(visits, seed);
  const person = data.people[0]!;
  data.organizations.push({ id: person.id, name: { zh: '同名单位', en: 'A unit named alike' } });
  data.supplyTypes.push({ id: 'constructor', name: { zh: '构造', en: 'Constructor' } });
  data.bulletins.forEach((bulletin) =>
    bulletin.visits.forEach((visit, i) => {
      const s = visit.supplies[0];
      if (i % 3 === 0 && s) visit.supplies.push({ ...s });
      if (i % 4 === 1) visit.placeId = null;
      if (i % 5 === 2) visit.districtId = null;
      if (i % 6 === 3 && s) visit.supplies.push({ ...s, supplyTypeId: 'constructor', text: '构造' });
      if (i % 7 === 4)
        visit.participants.push({ organizationId: person.id, role: 'delegation', evidence: visit.evidence });
      if (i % 8 === 5 && s) s.quantity = { value: i, unit: i % 16 === 5 ? '箱' : '个' };
    }),
  );
  return data;
}

const byRow = (model: ChartModel | null) =>
  Object.fromEntries(
    (model?.rows ?? []).map((r) => [r.id, model!.series.map((s, i) => r[valueKey(i)] ?? 0)]),
  );
const bump = (map: Map<string, number>, key: string, by = 1) => map.set(key, (map.get(key) ?? 0) + by);

function expectedPlaces(rows: readonly VisitRow[]) {
  const counts = new Map<string, number>();
  for (const row of rows) for (const id of new Set(row.placePath)) bump(counts, id);
  return Object.fromEntries([...counts].map(([id, n]) => [id, [n]]));
}

/** Per key, a value per series of the model (its districts): counted in a Map ("constructor" is a key too). */
function perDistrict(
  model: ChartModel | null,
  add: (put: (key: string, row: VisitRow, by: number) => void) => void,
) {
  const out = new Map<string, number[]>();
  add((key, row, by) => {
    const values = out.get(key) ?? model?.series.map(() => 0) ?? [];
    const i = model?.series.findIndex((s) => s.id === (row.districtId ?? 'unknown')) ?? -1;
    values[i] = (values[i] ?? 0) + by;
    out.set(key, values);
  });
  return Object.fromEntries(out);
}

function expectedSupplies(rows: readonly VisitRow[], model: ChartModel) {
  return perDistrict(model, (put) => {
    for (const row of rows)
      for (const id of new Set(row.visit.supplies.map((s) => s.supplyTypeId))) put(id, row, 1);
  });
}

function expectedVariants(rows: readonly VisitRow[]) {
  const counts = new Map<string, number>();
  for (const row of rows)
    for (const key of new Set(row.visit.supplies.map((s) => `${s.supplyTypeId}\u0000${s.text}`)))
      bump(counts, key);
  return Object.fromEntries([...counts].map(([id, n]) => [id, [n]]));
}

function expectedPeople(rows: readonly VisitRow[]) {
  const places = new Map<string, { lead: Set<string>; along: Set<string>; units: Set<string> }>();
  for (const row of rows) {
    const key = row.visit.placeId ?? `visit:${row.visit.id}`;
    const place = places.get(key) ?? { lead: new Set(), along: new Set(), units: new Set() };
    places.set(key, place);
    for (const p of row.visit.participants) {
      if (!presentRoles.has(p.role)) continue;
      if (p.personId) (p.role === 'lead' ? place.lead : place.along).add(p.personId);
      else place.units.add(p.organizationId ?? '');
    }
  }
  return Object.fromEntries([...places].map(([key, p]) => [key, [p.lead.size, p.along.size, p.units.size]]));
}

/** Per place, how many names its cell lists: each person once (whatever their roles), each unit once. */
function expectedNameCounts(rows: readonly VisitRow[]) {
  const places = new Map<string, Set<string>>();
  for (const row of rows) {
    const key = row.visit.placeId ?? `visit:${row.visit.id}`;
    const names = places.get(key) ?? new Set<string>();
    places.set(key, names);
    for (const p of row.visit.participants)
      if (presentRoles.has(p.role))
        names.add(p.personId ? `person:${p.personId}` : `unit:${p.organizationId}`);
  }
  return Object.fromEntries([...places].map(([key, names]) => [key, names.size]));
}

function expectedAmounts(rows: readonly VisitRow[], model: ChartModel | null) {
  return perDistrict(model, (put) => {
    for (const row of rows)
      for (const s of row.visit.supplies)
        if (s.quantity) put(`${s.supplyTypeId}\u0000${s.quantity.unit}`, row, s.quantity.value);
  });
}

describe('the charts count what the visits say', () => {
  it('for generated datasets with the awkward cases, under any filters', () => {
    fc.assert(
      fc.property(anySynth({ min: 20, max: 160 }), fc.nat(), ({ seed, visits }, pick) => {
        const index = buildIndex(awkward(visits, seed));
        const values = index.facetValues;
        const take = (ids: string[], n: number) => ids.filter((_, i) => (n >> i) % 2 === 1);
        const filters: Filters = {
          ...emptyFilters,
          district: take(values.district, pick % 8),
          supply: take(values.supply, (pick >> 3) % 4),
        };
        const rows = selectView(index, filters).rows;
        const input = { index, rows, lang: 'zh' as const, t };
        const places = placeModel(input);
        const supplies = supplyModel(input);
        const amounts = quantityModel(input);
        const charts = [places, supplies, variantModel(input), peoplePlacesModel(input), amounts];
        if (charts.some((m) => m && m.totalRows > tableLimit)) return; // a table lists its first rows only
        expect(byRow(places)).toEqual(expectedPlaces(rows));
        expect(byRow(supplies)).toEqual(expectedSupplies(rows, supplies));
        expect(byRow(charts[2]!)).toEqual(expectedVariants(rows));
        expect(byRow(charts[3]!)).toEqual(expectedPeople(rows));
        expect(Object.fromEntries(charts[3]!.rows.map((r) => [r.id, r.detailItems?.length]))).toEqual(
          expectedNameCounts(rows),
        );
        expect(byRow(amounts)).toEqual(expectedAmounts(rows, amounts));
      }),
      { numRuns: 40 },
    );
  });
});
