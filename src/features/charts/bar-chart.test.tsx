/**
 * The bars as a reader meets them, on the small fixture's supplies by district (口罩 in 东区 twice, …): a bar per
 * row and district, as long as its count, its number at its end, a row's label and bar one click from its
 * filter, and its numbers under the pointer.
 */
import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { buildIndex } from '../../data/index-builder';
import { validateDataset } from '../../data/parse-dataset';
import { emptyFilters, selectView } from '../../data/select';
import { loadCatalogue, translator } from '../../i18n/i18n';
import { estimateWidth } from '../../lib/text-metrics';
import { fixture } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import { HorizontalBarChart } from './bar-chart';
import { supplyModel } from './models/models';

await loadCatalogue('zh');
const index = buildIndex(validateDataset(fixture('small')));
const model = supplyModel({
  index,
  rows: selectView(index, emptyFilters).rows,
  lang: 'zh',
  t: translator('zh'),
});

function setup() {
  const onRow = vi.fn();
  renderWithProviders(
    <HorizontalBarChart model={model} width={480} title="t" desc="d" onRow={onRow} measure={estimateWidth} />,
    { lang: 'zh' },
  );
  return { onRow, svg: screen.getByRole('img', { name: 'd' }), user: userEvent.setup() };
}

/** A path's box: x, y, width, height. */
const box = (path: Element) => (path.getAttribute('d')?.match(/-?[\d.]+/g) ?? []).map(Number);

describe('HorizontalBarChart', () => {
  it('draws a bar per row and district as long as its count, with the count at its end', () => {
    const { svg } = setup();
    const counts = model.chartRows.flatMap((row) => model.series.map((s) => row[s.key] ?? 0));
    // A bar for every count above 0, in the series' order, each as long as its count (on one scale).
    const bars = [...svg.querySelectorAll('.recharts-bar-rectangle path')];
    expect(bars).toHaveLength(counts.filter((c) => c > 0).length);
    const perUnit = model.series.flatMap((s) =>
      model.chartRows.filter((row) => (row[s.key] ?? 0) > 0).map((row) => row[s.key] ?? 0),
    );
    const lengths = bars.map((b) => box(b)[2] ?? 0);
    lengths.forEach((length, i) =>
      expect(length / (perUnit[i] ?? 1)).toBeCloseTo((lengths[0] ?? 0) / (perUnit[0] ?? 1), 3),
    );
    // Every count is said, 0 included, at the end of its bar.
    const values = [...svg.querySelectorAll('.recharts-label-list text')];
    expect(values.map((v) => Number(v.textContent)).sort()).toEqual([...counts].sort());
    const [x, , width] = box(bars[0] as Element);
    expect(values.some((v) => Number(v.getAttribute('x')) === (x ?? 0) + (width ?? 0) + 5)).toBe(true);
    // The rows' names on the axis.
    expect([...svg.querySelectorAll('.recharts-yAxis-tick-labels text')].map((t) => t.textContent)).toEqual(
      model.chartRows.map((r) => r.label),
    );
  });

  it('filters by a row from its label or its bar, and says its numbers under the pointer', async () => {
    const { svg, onRow, user } = setup();
    const first = model.chartRows[0];
    await user.click(screen.getByText(first?.label ?? ''));
    expect(onRow).toHaveBeenLastCalledWith(first);
    await user.click(svg.querySelector('.recharts-bar-rectangle path') as Element);
    expect(onRow).toHaveBeenCalledTimes(2);
    // jsdom lays nothing out: the drawing is where its own size says.
    const height = Number(svg.getAttribute('height'));
    vi.spyOn(svg, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 0, 480, height));
    const [, y] = box(svg.querySelector('.recharts-bar-rectangle path') as Element);
    fireEvent.mouseMove(svg, { clientX: 300, clientY: (y ?? 0) + 2 });
    const tooltip = document.querySelector('.recharts-tooltip-wrapper');
    expect(tooltip).toHaveTextContent(first?.fullLabel ?? '');
    expect(svg.querySelectorAll('.recharts-tooltip-cursor')).toHaveLength(1);
    fireEvent.mouseLeave(svg.parentElement as Element);
    expect(document.querySelector('.recharts-tooltip-wrapper')).toBeNull();
  });
});
