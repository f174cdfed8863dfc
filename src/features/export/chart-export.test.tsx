import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { emptyFilters, selectView } from '../../data/select';
import { buildIndex } from '../../data/index-builder';
import { viewCaption } from '../../data/view-words';
import { translator } from '../../i18n/i18n';
import type { ChartHandle } from '../../lib/chart-handle';
import { fixture, small } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import ChartExport from './chart-export';
import { makeChartImage, type ChartImageRequest } from './chart-image';
import { ExportError } from './export-error';
import { captureDownloads } from '../../testing/downloads';

vi.mock('./chart-image', () => ({ makeChartImage: vi.fn() }));
const make = vi.mocked(makeChartImage);

const index = buildIndex(fixture('small'));
const chart: ChartHandle = {
  id: 'supply-variants',
  title: '物资原文写法',
  finding: `口罩${small.variants.口罩}次、医用口罩${small.variants.医用口罩}次`,
  unit: '走访次数',
  legend: [{ label: '口罩', color: '#009E73' }],
  caption: viewCaption(index, selectView(index, emptyFilters).rows, emptyFilters, 'zh', translator('zh')),
  getSvg: () => null,
  texts: ['口罩', '医用口罩'],
};

/**
 * The whole request for an image in `format` when the user changes nothing (2×, light, a slide, the page in zh),
 * with what the test changed: the handle is all it needs, no dataset, no link.
 */
const asked = (
  format: ChartImageRequest['format'],
  changed: Partial<ChartImageRequest> = {},
): ChartImageRequest => ({
  chart,
  format,
  scale: 2,
  lang: 'zh',
  dark: false,
  preset: 'slide',
  ...changed,
});

function setup(lang: 'zh' | 'en' = 'zh') {
  return renderWithProviders(<ChartExport chart={chart} />, { lang });
}

/** Opens the export menu (a disclosure named 导出 / Export). */
async function openMenu(name: string = '导出') {
  const summary = screen.getByText(name, { selector: 'summary' });
  await userEvent.click(summary);
  expect(summary.closest('details')).toHaveAttribute('open');
}

const saved = captureDownloads();
beforeEach(() => make.mockReset());
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('ChartExport', () => {
  it('keeps PNG (2× by default, 3×, 4×), SVG and the image theme in a menu named 导出', async () => {
    setup();
    const png = screen.getByRole('button', { name: '下载 PNG' });
    expect(png).not.toBeVisible();
    await openMenu();
    expect(png).toBeVisible();
    expect(screen.getByRole('button', { name: '下载 SVG' })).toBeVisible();
    const scale = screen.getByRole('combobox', { name: 'PNG 倍率' });
    expect(scale).toHaveValue('2');
    expect([...(scale as HTMLSelectElement).options].map((o) => o.textContent)).toEqual(['2×', '3×', '4×']);
    // Light by default, whatever the page: reports are printed on white.
    expect(screen.getByRole('checkbox', { name: '深色图片' })).not.toBeChecked();
    // No group named after the chart or a facet: it would answer to the filter groups' names (人员, 物资…) too.
    for (const group of screen.queryAllByRole('group'))
      expect(group).not.toHaveAccessibleName(/人员|物资|区县|地点/);
  });

  it('is named in English on an English page', async () => {
    setup('en');
    await openMenu('Export');
    expect(screen.getByRole('button', { name: 'Download PNG' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Download SVG' })).toBeVisible();
    expect(screen.getByRole('checkbox', { name: 'Dark image' })).toBeVisible();
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

  it('makes the image from the chart it was given, at the chosen scale, and says which file it wrote', async () => {
    const blob = new Blob(['png'], { type: 'image/png' });
    make.mockResolvedValue({ blob, fileName: 'small-bulletin_supply-variants_all_2026-11-28.png' });
    setup();
    await openMenu();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'PNG 倍率' }), '4');
    await userEvent.click(screen.getByRole('button', { name: '下载 PNG' }));
    await screen.findByText('已导出 small-bulletin_supply-variants_all_2026-11-28.png');
    expect(make).toHaveBeenCalledExactlyOnceWith(asked('png', { scale: 4 }));
    expect(saved).toEqual([{ name: 'small-bulletin_supply-variants_all_2026-11-28.png', blob }]);
  });

  it('asks for a dark image when the user ticks it', async () => {
    make.mockResolvedValue({ blob: new Blob(['<svg/>']), fileName: 'x.svg' });
    setup('en');
    await openMenu('Export');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Dark image' }));
    await userEvent.click(screen.getByRole('button', { name: 'Download SVG' }));
    await screen.findByText('Exported x.svg');
    expect(make).toHaveBeenCalledExactlyOnceWith(asked('svg', { lang: 'en', dark: true }));
  });

  it('makes the image at the size the user picks: 16:9 slide by default, 4:3 report or square', async () => {
    make.mockResolvedValue({ blob: new Blob(['<svg/>']), fileName: 'x.svg' });
    setup();
    await openMenu();
    const size = screen.getByRole('combobox', { name: '图片尺寸' });
    expect([...(size as HTMLSelectElement).options].map((o) => o.textContent)).toEqual([
      '16:9 幻灯片',
      '4:3 报告',
      '1:1 方图',
    ]);
    expect(size).toHaveDisplayValue('16:9 幻灯片');
    await userEvent.selectOptions(size, '4:3 报告');
    await userEvent.click(screen.getByRole('button', { name: '下载 SVG' }));
    await screen.findByText('已导出 x.svg');
    expect(make).toHaveBeenCalledWith(expect.objectContaining({ format: 'svg', preset: 'report' }));
  });

  it('closes its menu on Escape, with the focus back on 导出', async () => {
    setup();
    await openMenu();
    const svg = screen.getByRole('button', { name: '下载 SVG' });
    svg.focus();
    await userEvent.keyboard('{Escape}');
    expect(svg).not.toBeVisible();
    expect(screen.getByText('导出', { selector: 'summary' })).toHaveFocus();
  });

  it('closes its menu on a click outside it, and stays open on a click inside', async () => {
    renderWithProviders(
      <>
        <ChartExport chart={chart} />
        <p>页面别处</p>
      </>,
      { lang: 'zh' },
    );
    await openMenu();
    await userEvent.click(screen.getByRole('combobox', { name: '图片尺寸' }));
    expect(screen.getByRole('button', { name: '下载 SVG' })).toBeVisible();
    await userEvent.click(screen.getByText('页面别处'));
    expect(screen.getByRole('button', { name: '下载 SVG' })).not.toBeVisible();
  });

  it('closes its menu once the file is downloaded, with the focus back on 导出; keeps it open on a failure', async () => {
    make
      .mockRejectedValueOnce(new ExportError('noChart'))
      .mockResolvedValue({ blob: new Blob(['<svg/>']), fileName: 'x.svg' });
    setup();
    await openMenu();
    const svg = screen.getByRole('button', { name: '下载 SVG' });
    await userEvent.click(svg);
    expect(await screen.findByRole('alert')).toHaveTextContent('图表尚未画出');
    expect(svg).toBeVisible();
    await userEvent.click(svg);
    await screen.findByText('已导出 x.svg');
    expect(svg).not.toBeVisible();
    expect(screen.getByText('导出', { selector: 'summary' })).toHaveFocus();
    expect(saved.map((f) => f.name)).toEqual(['x.svg']);
  });

  it('puts the image size above the download buttons', async () => {
    setup();
    await openMenu();
    const size = screen.getByRole('combobox', { name: '图片尺寸' });
    const png = screen.getByRole('button', { name: '下载 PNG' });
    expect(size.compareDocumentPosition(png) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('says why when no image can be made, and writes no file', async () => {
    make
      .mockRejectedValueOnce(new ExportError('noChart'))
      .mockRejectedValueOnce(new ExportError('tooLarge', '1×1'));
    setup();
    await openMenu();
    await userEvent.click(screen.getByRole('button', { name: '下载 SVG' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('图表尚未画出');
    await userEvent.click(screen.getByRole('button', { name: '下载 PNG' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('请选较小的倍率'));
    expect(saved).toEqual([]);
  });

  it('says so when the font cannot be loaded', async () => {
    make.mockRejectedValueOnce(new ExportError('font', 'Failed to fetch'));
    setup('en');
    await openMenu('Export');
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
    await openMenu();
    await userEvent.click(screen.getByRole('button', { name: '复制图片' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('浏览器拒绝写入剪贴板，请改用“下载 PNG”。');
    expect(write).toHaveBeenCalledTimes(1);
  });
});
