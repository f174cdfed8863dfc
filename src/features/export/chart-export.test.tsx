import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { datasetQueryOptions } from '../../data/dataset-query';
import type { ChartHandle } from '../../lib/chart-handle';
import { realDataset } from '../../testing/fixtures';
import { renderWithProviders, testQueryClient } from '../../testing/render';
import ChartExport from './chart-export';
import { makeChartImage } from './chart-image';
import { ExportError } from './export-error';
import { captureDownloads } from '../../testing/downloads';

vi.mock('./chart-image', () => ({ makeChartImage: vi.fn() }));
const make = vi.mocked(makeChartImage);

const chart: ChartHandle = {
  id: 'supplies-by-district',
  title: '各区县收到的物资种类（按走访次数）',
  unit: '走访次数',
  legend: [{ label: '口罩', color: '#009E73' }],
  getSvg: () => null,
};

function setup(lang: 'zh' | 'en' = 'zh') {
  const client = testQueryClient();
  client.setQueryData(datasetQueryOptions().queryKey, realDataset());
  return renderWithProviders(<ChartExport chart={chart} />, { client, lang });
}

const saved = captureDownloads();
beforeEach(() => make.mockReset());
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('ChartExport', () => {
  it('offers PNG (2× by default, 3×, 4×) and SVG, named in Chinese', () => {
    setup();
    expect(screen.getByRole('button', { name: '下载 PNG' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '下载 SVG' })).toBeInTheDocument();
    const scale = screen.getByRole('combobox', { name: 'PNG 倍率' });
    expect(scale).toHaveValue('2');
    expect([...(scale as HTMLSelectElement).options].map((o) => o.textContent)).toEqual(['2×', '3×', '4×']);
    // No group named after the chart: it would answer to the filter groups' names (人员, 物资…) too.
    expect(screen.queryByRole('group')).toBeNull();
  });

  it('is named in English on an English page', () => {
    setup('en');
    expect(screen.getByRole('button', { name: 'Download PNG' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download SVG' })).toBeInTheDocument();
  });

  it('offers copying only where the browser can write images to the clipboard', () => {
    vi.stubGlobal('ClipboardItem', undefined);
    const { unmount } = setup();
    expect(screen.queryByRole('button', { name: '复制图片' })).toBeNull();
    unmount();
    vi.stubGlobal('ClipboardItem', class {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { write: vi.fn() } });
    setup('en');
    expect(screen.getByRole('button', { name: 'Copy image' })).toBeInTheDocument();
  });

  it('downloads the image at the chosen scale and says which file it wrote', async () => {
    const blob = new Blob(['png'], { type: 'image/png' });
    make.mockResolvedValue({ blob, fileName: 'yiyang_supplies-by-district_all_2026-11-28.png' });
    setup();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'PNG 倍率' }), '4');
    await userEvent.click(screen.getByRole('button', { name: '下载 PNG' }));
    await screen.findByText('已导出 yiyang_supplies-by-district_all_2026-11-28.png');
    expect(make).toHaveBeenCalledWith(
      expect.objectContaining({ format: 'png', scale: 4, lang: 'zh', chart }),
    );
    expect(saved).toEqual([{ name: 'yiyang_supplies-by-district_all_2026-11-28.png', blob }]);
  });

  it('says why when no image can be made, and writes no file', async () => {
    make
      .mockRejectedValueOnce(new ExportError('noChart'))
      .mockRejectedValueOnce(new ExportError('tooLarge', '1×1'));
    setup();
    await userEvent.click(screen.getByRole('button', { name: '下载 SVG' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('图表尚未画出');
    await userEvent.click(screen.getByRole('button', { name: '下载 PNG' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('请选较小的倍率'));
    expect(saved).toEqual([]);
  });

  it('says so when the font cannot be loaded', async () => {
    make.mockRejectedValueOnce(new ExportError('font', 'Failed to fetch'));
    setup('en');
    await userEvent.click(screen.getByRole('button', { name: 'Download SVG' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The font for the image could not be loaded (Failed to fetch); no file was made.',
    );
  });

  it('says so when the clipboard refuses the image', async () => {
    make.mockResolvedValue({ blob: new Blob(['png'], { type: 'image/png' }), fileName: 'x.png' });
    const write = vi.fn(async (items: unknown[]) => {
      // The browser resolves the image before refusing, as Chrome does without permission.
      await (items[0] as { parts: Record<string, Promise<Blob>> }).parts['image/png'];
      throw new DOMException('Write permission denied.', 'NotAllowedError');
    });
    vi.stubGlobal(
      'ClipboardItem',
      class {
        constructor(readonly parts: Record<string, Promise<Blob>>) {}
      },
    );
    vi.stubGlobal('navigator', { ...navigator, clipboard: { write } });
    setup();
    await userEvent.click(screen.getByRole('button', { name: '复制图片' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('浏览器拒绝写入剪贴板，请改用“下载 PNG”。');
    expect(write).toHaveBeenCalledTimes(1);
  });
});
