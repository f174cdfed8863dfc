/**
 * One colour per id everywhere: a supply type the design tokens do not name (手套, gloves, from the small
 * fixture) has the same colour on its card chip as on its bar in the chart and in the chart's legend.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { tokens } from '../../tailwind.config';
import { validateDataset } from '../data/parse-dataset';
import { emptyFilters, selectView } from '../data/select';
import { buildIndex } from '../data/index-builder';
import ChartsSection from '../features/charts/charts-section';
import { Timeline } from '../features/timeline/timeline';

import { PageActionsProvider } from '../lib/page-actions';
import { fixture } from '../testing/fixtures';
import { renderWithProviders } from '../testing/render';

describe('colours', () => {
  it('agree between a card and a bar for a supply id that is not in the palette', () => {
    const index = buildIndex(validateDataset(fixture('small')));
    const view = selectView(index, emptyFilters);
    renderWithProviders(
      <PageActionsProvider value={{ filterBy: vi.fn(), showEvidence: vi.fn() }}>
        <Timeline index={index} rows={view.rows} />
        <ChartsSection index={index} view={view} filters={emptyFilters} />
      </PageActionsProvider>,
      { lang: 'zh' },
    );
    expect(Object.keys(tokens.colors.supply)).not.toContain('gloves');
    const card = screen.getByRole('article', { name: '丙到二号社区' });
    const chip = within(card).getByRole('button', { name: '手套' });
    const chipColor = chip?.getAttribute('data-supply-color');
    expect(chipColor).toMatch(/^#[0-9a-f]{6}$/i);

    const variants = screen.getByRole('figure', { name: /^物资原文写法/ });
    const legendSwatch = within(within(variants).getByRole('list', { name: /图例/ }))
      .getByRole('button', { name: '手套' })
      .querySelector('span[aria-hidden]') as HTMLElement;
    expect(legendSwatch.style.background.toLowerCase()).toBe(hexToRgb(chipColor!));
    // The bar of 手套 (the fourth row of the variants chart) is drawn in the same colour.
    const fills = [...within(variants).getByRole('img').querySelectorAll('.recharts-bar-rectangle path')].map(
      (p) => p.getAttribute('fill')?.toLowerCase(),
    );
    expect(fills).toContain(chipColor!.toLowerCase());
  });
});

function hexToRgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}
