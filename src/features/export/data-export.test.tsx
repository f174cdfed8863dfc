import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildIndex, emptyFilters, selectView, type Filters } from '../../data/select';
import { datasetSchema } from '../../data/schema';
import { realDataset } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import { BOM } from './csv';
import DataExport from './data-export';
import { captureDownloads } from '../../testing/downloads';

const index = buildIndex(realDataset());

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
    expect(screen.getByRole('group', { name: 'Export the data in view (6 visits)' })).toBeInTheDocument();
  });

  it('writes the visits in view as CSV with a BOM, one row each', async () => {
    const view = setup({ ...emptyFilters, district: ['ziyang'] });
    await userEvent.click(screen.getByRole('button', { name: '导出 CSV' }));
    await screen.findByText(/^已导出 yiyang-npc-2020-02-08_visits_district-ziyang_\d{4}-\d\d-\d\d\.csv$/);
    const [file] = saved;
    const bytes = new Uint8Array(await file!.blob.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith(`${BOM}日期,`)).toBe(true);
    expect(text.trimEnd().split('\r\n')).toHaveLength(view.rows.length + 1);
  });

  it('writes the view as a dataset that validates', async () => {
    const view = setup({ ...emptyFilters, supply: ['disinfectant'] });
    await userEvent.click(screen.getByRole('button', { name: '导出 JSON' }));
    await screen.findByText(/已导出 .*_visits_supply-disinfectant_.*\.json$/);
    const data: unknown = JSON.parse(await saved[0]!.blob.text());
    const parsed = datasetSchema.safeParse(data);
    expect(parsed.success).toBe(true);
    if (parsed.success) expect(parsed.data.bulletins.flatMap((b) => b.visits)).toHaveLength(view.rows.length);
  });

  it('says there is nothing to export when no visit is in view, and writes no file', async () => {
    setup({ ...emptyFilters, district: ['ziyang'], person: ['tan-xihua'] });
    await userEvent.click(screen.getByRole('button', { name: '导出 JSON' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('当前筛选下没有走访');
    expect(saved).toEqual([]);
  });
});
