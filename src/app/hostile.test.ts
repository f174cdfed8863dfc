/**
 * Fuzzed, not only listed (issue 13 §3): datasets full of hostile text — markup, bidi controls, control
 * characters XML forbids, words of 10,000+ characters, formulas for spreadsheets — and hostile structure — ids
 * that are Object's own keys, deep place chains, cycles — either validate or fail with a path and a reason; when
 * valid, they index and select (an id such as "constructor" is counted like any other), export to well-formed SVG
 * that runs nothing, and to a CSV whose every field a spreadsheet shows as text.
 */
import fc from 'fast-check';
// The fuzz test follows hostile data from the file to the exports, across the layers: it lives with the app.
import { csvField, toCsv, visitsTable } from '../features/export/csv';
import {
  cloneChartSvg,
  composeExportSvg,
  lightTheme,
  serializeSvg,
  type Caption,
} from '../features/export/svg-serialize';
import { translator } from '../i18n/i18n';
import { estimateWidth } from '../lib/text-metrics';
import { parseCsv } from '../testing/csv-reader';
import { fixture } from '../testing/fixtures';
import { DatasetLoadError } from '../data/load-error';
import { validateDataset } from '../data/parse-dataset';
import { MAX_PLACE_DEPTH, type Dataset } from '../data/schema';
import { facetKeys, selectView, type FacetKey, type Filters } from '../data/select';
import { buildIndex } from '../data/index-builder';
import { viewCaption } from '../data/view-words';

const nasty = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  ']]><!-- & &amp; <![CDATA[',
  '"\'><svg onload=alert(1)>',
  '\u202E',
  'abc\u202Edef',
  '\u2066',
  '\u2069\u200F',
  '\u0000',
  '\u0007\u001b[31m',
  '\uFFFE\uFFFF',
  '\uD800',
  '\uDC00x',
  '=1+1',
  ' =HYPERLINK("http://example.com","x")',
  '＝1+1',
  '\u3000＝SUM(A1)',
  '+cmd|/c calc',
  '-2+3',
  '@SUM(A1)',
  '\t=1',
  '\r\n=1',
  '＋1',
  '＠x',
] as const;

/** A hostile text: one or two nasty pieces around anything, or a very long word. */
const hostile: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...nasty),
  fc
    .tuple(fc.constantFrom(...nasty), fc.string({ unit: 'binary', maxLength: 6 }), fc.constantFrom(...nasty))
    .map(([a, b, c]) => a + b + c),
  fc.integer({ min: 10_000, max: 12_000 }).map((n) => 'Ｗ'.repeat(n)),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }),
);

/** Ids that are Object's own keys (and a few others a plain object would trip on); only some are valid slugs. */
const objectKeys = [
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'prototype',
  'then',
  'length',
] as const;

type Tables = 'people' | 'places' | 'supplyTypes' | 'organizations';
const references: Record<Tables, readonly string[]> = {
  people: ['personId'],
  places: ['placeId', 'districtId', 'parentId'],
  supplyTypes: ['supplyTypeId'],
  organizations: ['organizationId'],
};

/** Renames one row of a table and every reference to it. */
function rename(data: Dataset, table: Tables, from: string, to: string): void {
  const keys = new Set(references[table]);
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        if (keys.has(key) && record[key] === from) record[key] = to;
        else walk(record[key]);
      }
    }
  };
  walk(data.bulletins);
  walk(data.places);
  for (const row of data[table] as { id: string }[]) if (row.id === from) row.id = to;
}

type Plan = {
  texts: string[];
  renames: { table: Tables; pick: number; to: string }[];
  chain: number;
  cycle: boolean;
  quote: boolean;
};

const plan: fc.Arbitrary<Plan> = fc.record({
  texts: fc.array(hostile, { minLength: 12, maxLength: 12 }),
  renames: fc.array(
    fc.record({
      table: fc.constantFrom<Tables>('people', 'places', 'supplyTypes', 'organizations'),
      pick: fc.nat(),
      to: fc.constantFrom(...objectKeys),
    }),
    { maxLength: 3 },
  ),
  chain: fc.integer({ min: 0, max: MAX_PLACE_DEPTH + 4 }),
  cycle: fc.boolean(),
  quote: fc.boolean(),
});

/** The small fixture with hostile text everywhere a name or a phrase stands, hostile ids, a chain of places. */
function hostileDataset(p: Plan): Dataset {
  const data = fixture('small');
  let k = 0;
  const next = () => p.texts[k++ % p.texts.length] as string;
  const text = () => ({ zh: next(), en: next() });
  const b = data.bulletins[0]!;
  b.title = text();
  b.publisher = text();
  data.people.forEach((person) => {
    person.name = text();
    person.titles = [text()];
  });
  data.places.forEach((place) => (place.name = text()));
  data.supplyTypes.forEach((s) => (s.name = text()));
  data.organizations.forEach((o) => (o.name = text()));
  b.visits.forEach((v) => {
    v.headline = text();
    v.notes = [text()];
    v.supplies.forEach((s) => (s.text = next()));
    v.remarks.forEach((r) => (r.text = text()));
  });
  if (p.quote) {
    // Hostile text in the bulletin itself, quoted as evidence.
    const piece = next();
    b.paragraphs[0] += piece;
    b.visits[0]!.evidence = { paragraph: 0, quote: piece };
  }
  for (const r of p.renames) {
    const rows = data[r.table] as { id: string }[];
    if (rows.length === 0 || rows.some((row) => row.id === r.to)) continue;
    rename(data, r.table, (rows[r.pick % rows.length] as { id: string }).id, r.to);
  }
  // A chain of places under the first visit's place, the visit moved to its deepest; maybe closed into a cycle.
  const visit = b.visits[0]!;
  let parent = visit.placeId;
  for (let i = 0; i < p.chain; i += 1) {
    const id = `chain-${i}`;
    data.places.push({ id, name: { zh: next() }, kind: 'site', parentId: parent });
    parent = id;
  }
  if (p.chain > 0) {
    visit.placeId = parent;
    if (p.cycle) data.places.find((place) => place.id === 'chain-0')!.parentId = parent;
  }
  return data;
}

const filtersOf = (index: ReturnType<typeof buildIndex>, picks: number[]): Filters => {
  const filters = {} as Record<FacetKey, string[]>;
  facetKeys.forEach((key, i) => {
    const values = index.facetValues[key];
    const pick = picks[i] ?? 0;
    filters[key] = values.length > 0 && pick % 3 === 0 ? [values[pick % values.length] as string] : [];
  });
  return filters;
};

/** The live chart: its labels are names from the data, with the chrome an export must drop. */
function liveChart(labels: readonly string[]): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('width', '400');
  svg.setAttribute('height', '200');
  svg.setAttribute('onload', 'alert(1)');
  const script = document.createElementNS(ns, 'script');
  script.textContent = 'alert(1)';
  svg.appendChild(script);
  labels.forEach((label, i) => {
    const text = document.createElementNS(ns, 'text');
    text.setAttribute('x', '10');
    text.setAttribute('y', String(20 + 12 * i));
    text.setAttribute('onclick', 'alert(1)');
    text.textContent = label;
    svg.appendChild(text);
  });
  document.body.appendChild(svg);
  return svg;
}

const FORMULA = /^[\s\u3000]*[=+\-@＝＋－＠]|^[\t\r]/;

describe('hostile datasets', () => {
  it('validate or fail with a path; index, select, export to well-formed SVG and a safe CSV', () => {
    // Both outcomes come up (about one run in six is valid); the seed is fixed (src/testing/fast-check-seed.ts), so
    // every run of the suite judges the same datasets, and a failure prints the seed that found it.
    fc.assert(
      fc.property(
        plan,
        fc.array(fc.nat(), { minLength: 5, maxLength: 5 }),
        fc.constantFrom('zh', 'en') as fc.Arbitrary<'zh' | 'en'>,
        (p, picks, lang) => {
          const raw = hostileDataset(p);
          let data: Dataset;
          try {
            data = validateDataset(structuredClone(raw));
          } catch (error) {
            // Not valid: a DatasetLoadError that names where and why.
            expect(error).toBeInstanceOf(DatasetLoadError);
            const problem = (error as DatasetLoadError).problem;
            expect(problem.kind).toBe('schema');
            if (problem.kind !== 'schema') return;
            expect(problem.count).toBeGreaterThan(0);
            for (const issue of problem.issues) {
              expect(issue.path).toMatch(/^(bulletins|people|places|supplyTypes|organizations)\b/);
              expect(issue.message.length).toBeGreaterThan(0);
            }
            return;
          }

          // Index and view: every facet value, Object's own keys included, counts what a filter on it shows.
          const index = buildIndex(data);
          const filters = filtersOf(index, picks);
          const view = selectView(index, filters);
          for (const key of facetKeys)
            for (const id of index.facetValues[key]) {
              const alone = selectView(index, { ...filters, [key]: [id] });
              expect(view.facetCounts[key].get(id), `${key} ${id}`).toBe(alone.rows.length);
            }

          // SVG: well-formed, nothing that runs.
          const t = translator(lang);
          const words = viewCaption(index, view.rows, filters, lang, t);
          const names = [...index.supplyTypes.values()].map((s) => s.name[lang] ?? s.name.zh);
          const caption: Caption = {
            title: data.bulletins[0]!.title[lang] ?? data.bulletins[0]!.title.zh,
            subtitle: [...index.people.values()].map((x) => x.name.zh).join('、'),
            unit: t('export.col.supplies'),
            filters: words.filters,
            source: words.source,
            legend: names.map((label) => ({ label, color: '#009E73' })),
          };
          const live = liveChart([...index.places.values()].map((x) => x.name.zh));
          const chart = cloneChartSvg(live, {
            getStyle: () => ({ getPropertyValue: () => '' }),
            normalizeColor: (c) => c,
            width: 400,
            height: 200,
          });
          live.remove();
          const svg = composeExportSvg({
            doc: document,
            chart,
            chartWidth: 400,
            chartHeight: 200,
            caption,
            theme: lightTheme,
            fontFamily: 'sans-serif',
            fontCss: '',
            measure: estimateWidth,
            lang,
            size: { width: 1280, height: 720 },
          });
          const xml = serializeSvg(svg);
          const parsed = new DOMParser().parseFromString(xml, 'image/svg+xml');
          expect(parsed.querySelector('parsererror')).toBeNull();
          expect(parsed.querySelector('script, foreignObject')).toBeNull();
          for (const el of parsed.querySelectorAll('*'))
            for (const attr of el.attributes) expect(attr.name).not.toMatch(/^on/i);

          // CSV: reads back as one row per visit; no field a spreadsheet would run.
          const csv = toCsv(visitsTable(index, view.rows, lang, t));
          const table = parseCsv(csv.slice(1));
          expect(table).toHaveLength(view.rows.length + 1);
          for (const row of table)
            for (const field of row) if (FORMULA.test(field)) expect(field.startsWith("'"), field).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  }, 120_000);

  it('Object keys as ids: "constructor" is a slug like any other and counts; the others fail with a path', () => {
    const data = fixture('small');
    const supply = data.supplyTypes[0]!.id;
    rename(data, 'supplyTypes', supply, 'constructor');
    const index = buildIndex(validateDataset(data));
    const view = selectView(index, { ...filtersOf(index, []), supply: [] });
    expect(index.facetValues.supply).toContain('constructor');
    expect(view.facetCounts.supply.get('constructor')).toBeGreaterThan(0);
    for (const id of ['__proto__', 'toString', 'hasOwnProperty']) {
      const bad = fixture('small');
      rename(bad, 'people', bad.people[0]!.id, id);
      try {
        validateDataset(bad);
        expect.unreachable(`${id} was accepted`);
      } catch (error) {
        const problem = (error as DatasetLoadError).problem;
        expect(problem).toMatchObject({ kind: 'schema' });
        if (problem.kind === 'schema') expect(problem.issues.map((x) => x.path)).toContain('people[0].id');
      }
    }
  });

  it('a spreadsheet formula is neutralised after leading spaces and in full-width forms', () => {
    for (const f of ['=1', ' =1', '\u3000=1', '＝1', ' ＋1', '－1', '＠A1', '\t1', '\r1', '\n=1'])
      expect(csvField(f).replace(/^"/, '')).toMatch(/^'/);
    for (const f of ['1=1', 'a + b', '口罩', ' 口罩', '医用口罩（N95）']) expect(csvField(f)).toBe(f);
  });
});
