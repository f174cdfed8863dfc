/**
 * The visits CSV with a name that holds a right-to-left override (U+202E): the name is isolated where the page's
 * words follow it (谭喜华（带队）), so a spreadsheet shows the role and the next participants in order; and a
 * field that begins with invisible marks before a formula sign is still kept as text.
 */
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../data/index-builder';
import { selectView, emptyFilters } from '../../data/select';
import { loadCatalogue, translator } from '../../i18n/i18n';
import { fixture } from '../../testing/fixtures';
import { parseCsv } from '../../testing/csv-reader';
import { csvField } from './csv';
import { makeDataFile } from './data-file';

await loadCatalogue('en');
const [FSI, PDI, RLO] = ['\u2068', '\u2069', '\u202e'];

describe('CSV and bidi', () => {
  it('isolates a name with an override in the participants column, in Chinese and English', async () => {
    const data = fixture('bundled');
    // One who went along (not the lead): the participants column gives each with the role after the name.
    const along = data.bulletins[0]!.visits.flatMap((v) => v.participants).find(
      (p) => p.role === 'accompanying',
    )!;
    const person = data.people.find((p) => p.id === along.personId)!;
    const plain = person.name;
    person.name = { zh: `${plain.zh}${RLO}`, en: `${plain.en}${RLO}` };
    const index = buildIndex(data);
    for (const lang of ['zh', 'en'] as const) {
      const { blob } = makeDataFile({
        format: 'csv',
        index,
        view: selectView(index, emptyFilters),
        filters: emptyFilters,
        lang,
        t: translator(lang),
      });
      const text = (await blob.text()).replace(/^\ufeff/, '');
      const cells = parseCsv(text).flat();
      const name = person.name[lang]!;
      // Cells where the page's words follow the name (a participant's role, the next participant); a cell that
      // is the name alone needs nothing.
      const followed = cells.filter(
        (c) => c.includes(name) && !c.endsWith(name) && !c.endsWith(`${name}${PDI}`),
      );
      expect(followed.length).toBeGreaterThan(0);
      for (const cell of followed) expect(cell).toContain(`${FSI}${name}${PDI}`);
    }
  });

  it('keeps as text a field that starts with invisible marks and then a formula sign', () => {
    for (const f of [`${FSI}=1+1${PDI}`, `${RLO}=SUM(A1)`, '\u200f+1']) expect(csvField(f)).toMatch(/^"?'/);
  });
});
