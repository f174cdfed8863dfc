import { translator } from '../../i18n/i18n';
import type { ChartHandle } from '../../lib/chart-handle';
import { realDataset } from '../../testing/fixtures';
import { makeChartImage } from './chart-image';
import { ExportError } from './export-error';

const chart = (svg: SVGSVGElement | null): ChartHandle => ({
  id: 'supplies-by-district',
  title: '各区县收到的物资种类（按走访次数）',
  unit: '走访次数',
  legend: [],
  getSvg: () => svg,
});

describe('makeChartImage', () => {
  const request = {
    format: 'svg' as const,
    scale: 2,
    lang: 'zh' as const,
    t: translator('zh'),
    dataset: realDataset(),
    search: '',
  };

  it('refuses, with a reason, a chart that has not drawn yet', async () => {
    await expect(makeChartImage({ ...request, chart: chart(null) })).rejects.toEqual(
      new ExportError('noChart'),
    );
  });

  it('refuses a chart drawn at zero size (hidden, or not laid out)', async () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    document.body.appendChild(svg);
    await expect(makeChartImage({ ...request, chart: chart(svg) })).rejects.toEqual(
      new ExportError('noChart'),
    );
  });
});
