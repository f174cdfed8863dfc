/**
 * The time figure's drawing on the small fixture (2月3日 ×2 in 东区, 2月5日 ×1 in 西区, one visit with no date):
 * a column per period and district, as tall as its count, that follows a new view, sets the date range on a
 * click, and says its numbers under the pointer.
 */
import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { buildIndex } from '../../data/index-builder';
import { validateDataset } from '../../data/parse-dataset';
import { dateRangeOf, emptyFilters, selectView, type Filters } from '../../data/select';
import { loadCatalogue, translator } from '../../i18n/i18n';
import { estimateWidth } from '../../lib/text-metrics';
import { fixture } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import { ColumnChart } from './column-chart';
import { timeModel } from './models/time';

await loadCatalogue('zh');
const index = buildIndex(validateDataset(fixture('small')));
const model = (filters: Partial<Filters> = {}) => {
  const all = { ...emptyFilters, ...filters };
  return timeModel(
    { index, rows: selectView(index, all).rows, lang: 'zh', t: translator('zh') },
    dateRangeOf(all),
  );
};

/** Each drawn column: its district and its box (x, top, width, height) read back from its path. */
function columns() {
  return [...document.querySelectorAll('svg[role="img"] .recharts-bar-rectangle path')].map((path) => {
    const [x, y, w, h] = (path.getAttribute('d')?.match(/-?[\d.]+/g) ?? []).map(Number);
    return { name: path.getAttribute('name'), x, y, w, h };
  });
}

describe('ColumnChart', () => {
  it('draws a column per period and district, as tall as its count, and follows a new view', () => {
    const all = model();
    const props = { width: 400, title: all.finding, desc: 'desc', onRow: vi.fn(), measure: estimateWidth };
    const { rerender } = renderWithProviders(<ColumnChart model={all} {...props} />, { lang: 'zh' });
    const drawn = columns();
    expect(drawn.map((c) => c.name)).toEqual(['东区', '西区']);
    const [east, west] = drawn;
    if (!east || !west) throw new Error('no columns');
    // 2 visits against 1: twice as tall, on the same baseline, the first and the last of three periods.
    expect(east.h).toBeCloseTo(2 * (west.h ?? 0), 6);
    expect((east.y ?? 0) + (east.h ?? 0)).toBeCloseTo((west.y ?? 0) + (west.h ?? 0), 6);
    expect(west.x).toBeGreaterThan(east.x ?? 0);
    const svg = screen.getByRole('img', { name: 'desc' });
    expect([...svg.querySelectorAll('.recharts-xAxis-tick-labels text')].map((t) => t.textContent)).toEqual([
      '2月3日',
      '2月4日',
      '2月5日',
    ]);
    expect(svg.querySelector('title')?.textContent).toBe(all.finding);
    // A date range: the drawing follows it.
    const fifth = model({ from: '2020-02-05', to: '2020-02-05' });
    rerender(<ColumnChart model={fifth} {...props} />);
    expect(columns().map((c) => c.name)).toEqual(['西区']);
    expect([...svg.querySelectorAll('.recharts-xAxis-tick-labels text')].map((t) => t.textContent)).toEqual([
      '2月5日',
    ]);
  });

  it('sets the date range to a column’s period on a click, and says its numbers under the pointer', async () => {
    const onRow = vi.fn();
    const all = model();
    renderWithProviders(
      <ColumnChart model={all} width={400} title="t" desc="d" onRow={onRow} measure={estimateWidth} />,
      { lang: 'zh' },
    );
    const svg = screen.getByRole('img', { name: 'd' });
    const paths = svg.querySelectorAll('.recharts-bar-rectangle path');
    await userEvent.setup().click(paths[1] as Element);
    expect(onRow).toHaveBeenCalledWith(
      expect.objectContaining({ period: { from: '2020-02-05', to: '2020-02-05' } }),
    );
    // jsdom lays nothing out: the drawing is where its own size says.
    vi.spyOn(svg, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 0, 400, 240));
    const x = Number(paths[1]?.getAttribute('d')?.match(/[\d.]+/)?.[0]) + 2;
    fireEvent.mouseMove(svg, { clientX: x, clientY: 200 });
    expect(document.querySelector('.recharts-tooltip-wrapper')).toHaveTextContent('2020年2月5日');
    expect(document.querySelector('.recharts-tooltip-wrapper')).toHaveTextContent('西区：1');
    expect(svg.querySelectorAll('.recharts-tooltip-cursor')).toHaveLength(1);
    fireEvent.mouseLeave(svg.parentElement as Element);
    expect(document.querySelector('.recharts-tooltip-wrapper')).toBeNull();
  });
});
