import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { emptyFilters, selectView, type Filters } from '../../data/select';
import { buildIndex } from '../../data/index-builder';
import { datasetSchema } from '../../data/schema';
import { fixture, small } from '../../testing/fixtures';
import { parseCsv } from '../../testing/csv-reader';
import { renderWithProviders } from '../../testing/render';
import { BOM } from './csv';
import DataExport from './data-export';
import { captureDownloads } from '../../testing/downloads';

/** The small fixture (src/testing/fixtures.ts): 东区 ×3, 西区 ×1. */
const index = buildIndex(fixture('small'));

function setup(filters: Filters, lang: 'zh' | 'en' = 'zh') {
  const view = selectView(index, filters);
  renderWithProviders(<DataExport index={index} view={view} filters={filters} />, { lang });
  return view;
}

const saved = captureDownloads();
afterEach(() => vi.restoreAllMocks());

describe('DataExport', () => {
  it('names its buttons in the page language', () => {
    setup(emptyFilters, 'en');
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export JSON' })).toBeInTheDocument();
    expect(
      screen.getByRole('group', { name: `Export the data in view (${small.visits} visits)` }),
    ).toBeInTheDocument();
  });

  it('writes the visits in view as CSV with a BOM, one row each', async () => {
    const view = setup({ ...emptyFilters, district: ['east'] });
    await userEvent.click(screen.getByRole('button', { name: '导出 CSV' }));
    await screen.findByText(/^已导出 small-bulletin_visits_district-east_\d{4}-\d\d-\d\d\.csv$/);
    const [file] = saved;
    const bytes = new Uint8Array(await file!.blob.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith(`${BOM}公告编号,公告标题,发布时间,走访编号,日期,`)).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows).toHaveLength(small.districts.east + 1);
    expect(rows.slice(1).map((r) => r[3])).toEqual(view.rows.map((r) => r.visit.id));
    expect(rows.slice(1).every((r) => r[0] === 'small-bulletin' && r[7] === '东区')).toBe(true);
  });

  it('writes the supplies of the visits in view as a CSV of their own, one row each', async () => {
    setup({ ...emptyFilters, district: ['east'] });
    await userEvent.click(screen.getByRole('button', { name: '导出物资 CSV' }));
    await screen.findByText(/^已导出 small-bulletin_supplies_district-east_\d{4}-\d\d-\d\d\.csv$/);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
      new Uint8Array(await saved[0]!.blob.arrayBuffer()),
    );
    const rows = parseCsv(text.slice(1));
    expect(rows[0]!.slice(-3)).toEqual(['数量', '单位', '原文']);
    // 东区: 口罩800个 and 酒精 (visit-a), 医用口罩 and 手套 (visit-c), 口罩 (visit-e).
    expect(rows.slice(1).map((r) => [r[1], r[4], r[7], r[8]])).toEqual([
      ['visit-a', '口罩', '800', '个'],
      ['visit-a', '酒精', '', ''],
      ['visit-c', '医用口罩', '', ''],
      ['visit-c', '手套', '', ''],
      ['visit-e', '口罩', '', ''],
    ]);
  });

  it('writes the view as a dataset that validates', async () => {
    setup({ ...emptyFilters, supply: ['gloves'] }, 'en');
    await userEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    await screen.findByText(/^Exported small-bulletin_visits_supply-gloves_\d{4}-\d\d-\d\d\.json$/);
    const data: unknown = JSON.parse(await saved[0]!.blob.text());
    const parsed = datasetSchema.safeParse(data);
    expect(parsed.success).toBe(true);
    if (parsed.success) {
      expect(parsed.data.bulletins.flatMap((b) => b.visits).map((v) => v.id)).toEqual(['visit-c']);
      expect(parsed.data.supplyTypes.map((s) => s.id)).toEqual(['mask', 'gloves']);
    }
  });

  it('says there is nothing to export when no visit is in view, and writes no file', async () => {
    setup({ ...emptyFilters, district: ['west'], person: ['person-a'] });
    expect(screen.getByRole('group', { name: '导出当前视图的数据（0 次走访）' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '导出 JSON' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('当前筛选下没有走访');
    expect(saved).toEqual([]);
  });
});
